package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustTest {
    static final int COMPONENTS = 2;

    @Test
    void trustRisesWithHonouredDeliveriesAndDropsAfterABreach() {
        ClusterModel m = Fixtures.smallModel(1);
        double t = 0.3;
        for (int k = 0; k < 10; k++) {
            double next = m.credit.honoured(t);
            assertTrue(next > t && next < 1);
            t = next;
        }
        double broken = m.credit.breached(t);
        assertEquals(t * (1 - m.params.get(Param.TRUST_LOSS)), broken, 1e-12);
        assertTrue(broken < t);
    }

    /** One delivery-and-payment round on a single relation; returns the buyer's trust afterwards. */
    static double settleOnce(double breachBase, double supplierTrustworthiness, Firm[] out) {
        ClusterModel m = Fixtures.smallModel(2, Param.BREACH_BASE, breachBase);
        m.params.set(Param.CREDIT_ENVIRONMENT, 0);
        Firm buyer = Fixtures.producer(m);
        Firm seller = Fixtures.specialist(m, COMPONENTS, 1000, supplierTrustworthiness);
        Fixtures.buy(m, buyer, COMPONENTS, seller);
        buyer.output = 10;
        buyer.finalSales = 10;
        buyer.setPayable(COMPONENTS, 3);
        m.counters.reset();
        m.tradeCredit.settle();
        out[0] = buyer;
        out[1] = seller;
        return buyer.trustInSupplier(COMPONENTS);
    }

    @Test
    void aBreachByTheSupplierCutsTrustAndEntersTheCreditRecord() {
        Firm[] f = new Firm[2];
        double honest = settleOnce(0.0, 1.0, f);
        assertTrue(honest > 0.5, "an honoured delivery raises trust from 0.5");
        assertEquals(0, f[1].recBreaches, 0);
        assertEquals(1, f[1].recTransactions, 0);

        double cheated = settleOnce(1.0, 0.0, f);
        assertTrue(cheated < 0.5, "a breach cuts trust below 0.5");
        assertEquals(1, f[1].recBreaches, 0, "the breach is on the supplier's record");
    }

    @Test
    void aVisibleRecordRaisesTrustInStrangersWithCleanRecords() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm observer = m.firms.get(0), clean = m.firms.get(1), cheat = m.firms.get(2);
        clean.recTransactions = 100;
        cheat.recTransactions = 100;
        cheat.recBreaches = 20;
        m.params.set(Param.CREDIT_ENVIRONMENT, 0);
        assertEquals(m.credit.trustIn(observer, clean), m.credit.trustIn(observer, cheat), 1e-12,
                "with no credit information strangers all get social trust");
        m.params.set(Param.CREDIT_ENVIRONMENT, 0.9);
        assertTrue(m.credit.trustIn(observer, clean) > m.params.get(Param.SOCIAL_TRUST));
        assertTrue(m.credit.trustIn(observer, cheat) < m.credit.trustIn(observer, clean));
    }
}
