package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpRegimeTest {
    static final int DESIGN = 0;

    @Test
    void leakageLowersTheInnovatorsPremium() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm innovator = m.firms.get(0), rival = m.firms.get(1);
        innovator.rung = 3;
        innovator.capability = 3;
        innovator.clone = 0;
        rival.rung = 0;
        m.market.meanRung = 0.5;
        double before = m.market.markup(innovator);
        assertTrue(m.market.qualityPremium(innovator) > 0);
        m.ip.copy(innovator, rival);
        assertEquals(3, rival.rung, "a leaked design closes the rival's quality gap");
        assertEquals(0, rival.capability, "the rival gets the product, not the know-how");
        double after = m.market.markup(innovator);
        assertTrue(after < before, "the innovator now fights a clone on price: " + before + " -> " + after);
        assertEquals(m.params.get(Param.PRICE_WAR_MARKUP), after, 1e-12);
        assertEquals(1, m.counters.imitations);
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
        ClusterConfig weak = ClusterConfig.defaults().with(Param.IP_PROTECTION, 0.1).with(Param.STEPS, 120);
        ClusterConfig strong = ClusterConfig.defaults().with(Param.IP_PROTECTION, 0.9).with(Param.STEPS, 120);
        double[] a = Runs.overSeeds(weak, 3, Runs.windowMean("imitation_rate", 120, 60));
        double[] b = Runs.overSeeds(strong, 3, Runs.windowMean("imitation_rate", 120, 60));
        assertTrue(Runs.Estimate.of(a).mean > 10 * Runs.Estimate.of(b).mean);
    }
}
