package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpRegimeTest {
    static final int DESIGN = 0;

    @Test
    void aCopyPutsTheCopierInTheDesignsNestWithoutItsKnowHow() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm innovator = m.firms.get(0), rival = m.firms.get(1);
        innovator.capability = 3;
        innovator.adopt(new Design(3, 0), true);
        Design own = innovator.design;
        m.ip.copy(innovator, rival);
        assertEquals(3, rival.rung, "a leaked design closes the rival's quality gap");
        assertEquals(0, rival.capability, "the rival gets the product, not the know-how");
        assertSame(own, rival.design, "copier and originator now sell one design: one nest of the final market");
        assertEquals(2, own.sellers);
        assertFalse(rival.hasOwnDesign(), "a copied design is not the copier's own");
        assertTrue(innovator.hasOwnDesign(), "the originator still sells its own design");
        assertTrue(m.ip.marginKeptAfterCopy(innovator) < 1, "one more seller of its design costs the originator margin");
        assertEquals(1, m.counters.imitations);
        m.ip.copy(rival, innovator);
        assertEquals(1, m.counters.imitations, "a design one sells already is not copied again");
    }

    @Test
    void leadTimeAndSecrecyAndBrandsLengthenThePremiumAndIpLawDoesMostWhereTheyAreWeak() {
        ClusterModel m = Fixtures.smallModel(1);
        m.params.set(Param.IP_PROTECTION, 0.1);
        m.params.set(Param.IMITATION_LAG, 6);
        double weakIp = m.ip.premiumDuration(m.ip.erosionHazard(Fixtures.producer(m)));
        m.params.set(Param.IMITATION_LAG, 24);
        double longLead = m.ip.premiumDuration(m.ip.erosionHazard(Fixtures.producer(m)));
        m.params.set(Param.IMITATION_LAG, 6);
        m.params.set(Param.BRAND_RETENTION, 0.8);
        double brand = m.ip.premiumDuration(m.ip.erosionHazard(Fixtures.producer(m)));
        m.params.set(Param.BRAND_RETENTION, 0.3);
        m.params.set(Param.IP_PROTECTION, 0.9);
        double strongIp = m.ip.premiumDuration(m.ip.erosionHazard(Fixtures.producer(m)));
        assertTrue(longLead > weakIp && brand > weakIp && strongIp > weakIp,
                "each mechanism lengthens the premium: " + weakIp + " " + longLead + " " + brand + " " + strongIp);
        // secrecy: a producer that buys its knowledge-intensive design stage risks more erosion
        m.params.set(Param.IP_PROTECTION, 0.1);
        Firm x = Fixtures.producer(m);
        double inHouse = m.ip.erosionHazard(x);
        Firm j = Fixtures.specialist(m, DESIGN, 50, 0.7);
        Fixtures.buy(m, x, DESIGN, j);
        assertTrue(m.ip.erosionHazard(x) > inHouse, "outsourcing design exposes it to leaks");
    }

    @Test
    void everyImitatorErodesThePremiumSoStrongProtectionIsWorthMoreWhereDesignsLiveLong() {
        ClusterModel m = Fixtures.smallModel(1);
        double h = 0.25, ρ = m.ip.designDiscountRate();
        m.params.set(Param.REPEATED_EROSION, 0);
        double firstOnly = m.ip.premiumDuration(h);
        m.params.set(Param.REPEATED_EROSION, 1);
        double every = m.ip.premiumDuration(h);
        assertTrue(every < firstOnly, "later imitators take more of the premium: " + every + " vs " + firstOnly);
        assertEquals(m.ip.premiumDuration(0), 1 / ρ, 1e-9, "with no copying the premium lasts the design's discounted life");
        m.params.set(Param.DESIGN_LIFE, 24);
        double shortWeak = m.ip.premiumDuration(h), shortStrong = m.ip.premiumDuration(0.003);
        m.params.set(Param.DESIGN_LIFE, 120);
        double longWeak = m.ip.premiumDuration(h), longStrong = m.ip.premiumDuration(0.003);
        assertTrue(longStrong / longWeak > shortStrong / shortWeak,
                "protection is worth more, against copying, the longer a design lives: " + longStrong / longWeak + " vs " + shortStrong / shortWeak);
    }

    @Test
    void leakageFallsWithIpProtection() {
        ClusterModel m = Fixtures.smallModel(1);
        Stage design = m.chain.get(DESIGN), finishing = m.chain.get(3);
        double prev = Double.POSITIVE_INFINITY;
        for (double ip = 0; ip <= 1.0001; ip += 0.25) {
            m.params.set(Param.IP_PROTECTION, Math.min(1, ip));
            double p = m.ip.leakProbability(design);
            assertTrue(p < prev || (p == 0 && prev == 0), "leak probability must fall as ipProtection rises");
            prev = p;
        }
        assertEquals(0, prev, 0, "full protection: nothing leaks");
        m.params.set(Param.IP_PROTECTION, 0.2);
        assertTrue(m.ip.leakProbability(design) > m.ip.leakProbability(finishing), "knowledge-intensive stages leak more");
    }

    @Test
    void expectedLeakLossMakesWeakIpAReasonToKeepDesignInHouse() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm x = Fixtures.producer(m);
        m.params.set(Param.IP_PROTECTION, 0.1);
        double weak = m.ip.expectedLeakLoss(x, m.chain.get(DESIGN), 1.0, 10);
        m.params.set(Param.IP_PROTECTION, 0.9);
        double strong = m.ip.expectedLeakLoss(x, m.chain.get(DESIGN), 1.0, 10);
        assertTrue(weak > 10 * strong, "weak IP: outsourcing design is expected to cost far more in leaks");
    }

    @Test
    void copyingFeedsOnWeakIp() {
        // entrants' copies count as imitation and obey IP too (entrantCopyIp): in the first years, while designs
        // are younger than the lead time, little is copied either way, so the test looks at months 121-240
        ClusterConfig weak = ClusterConfig.defaults().with(Param.IP_PROTECTION, 0.1).with(Param.STEPS, 240);
        ClusterConfig strong = ClusterConfig.defaults().with(Param.IP_PROTECTION, 0.9).with(Param.STEPS, 240);
        double[] a = Runs.overSeeds(weak, 3, Runs.windowMean("imitation_rate", 240, 120));
        double[] b = Runs.overSeeds(strong, 3, Runs.windowMean("imitation_rate", 240, 120));
        assertTrue(Runs.Estimate.of(a).mean > 10 * Runs.Estimate.of(b).mean, "imitation_rate IP 0.1 " + Runs.Estimate.of(a) + ", IP 0.9 " + Runs.Estimate.of(b));
    }
}
