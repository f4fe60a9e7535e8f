package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TradeCreditTest {
    static final int COMPONENTS = 2;

    @Test
    void defaultsPropagateToAnUnpaidSupplierAndOnToItsOtherCustomers() {
        ClusterModel m = Fixtures.smallModel(1, Param.RECOVERY_RATE, 0.0);
        Firm failing = m.firms.get(0), other = m.firms.get(1), bystander = m.firms.get(2);
        Firm supplier = Fixtures.specialist(m, COMPONENTS, 5, 0.9);
        Fixtures.buy(m, failing, COMPONENTS, supplier);
        Fixtures.buy(m, other, COMPONENTS, supplier);
        failing.output = 10;
        failing.setPayable(COMPONENTS, 8);   // the supplier delivered on credit and is owed 8 > its net worth
        failing.netWorth = -1;              // the buyer is insolvent
        other.finalSales = 30;
        other.netWorth = 1;                 // thin: losing its supplier's specific inputs ruins it
        double supplierBefore = supplier.netWorth, bystanderBefore = bystander.netWorth;
        m.counters.reset();

        m.tradeCredit.resolveBankruptcies();

        assertTrue(failing.bankrupt);
        assertTrue(supplier.netWorth < supplierBefore, "the unpaid receivable is lost");
        assertTrue(supplier.bankrupt, "the unpaid supplier goes bankrupt in turn");
        assertTrue(other.bankrupt, "its other customer loses its supply and fails too");
        assertFalse(bystander.bankrupt, "firms outside the chain are untouched");
        assertTrue(bystander.netWorth == bystanderBefore);
        assertTrue(m.counters.bankruptcies == 3 && m.counters.cascadeLosses >= 1);
    }

    @Test
    void anUnpaidBillIsRecoveredWhenEnforcementIsCertain() {
        ClusterModel m = Fixtures.smallModel(1, Param.BREACH_BASE, 1.0);
        m.params.set(Param.CREDIT_ENVIRONMENT, 1.0);
        Firm buyer = Fixtures.producer(m);
        Firm seller = Fixtures.specialist(m, COMPONENTS, 100, 1.0);
        Fixtures.buy(m, buyer, COMPONENTS, seller);
        buyer.output = 10;
        buyer.finalSales = 10;
        buyer.setPayable(COMPONENTS, 3);
        double before = seller.netWorth;
        m.tradeCredit.settle();
        // at creditEnvironment 1 nothing breaches (deterred) and nothing would go uncompensated
        assertTrue(seller.netWorth == before);
    }
}
