package clustersim.model;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): MakeOrBuyTest's outsourcingFallsAsBreachRiskRises
 * (DoL at CE 0.7, breachBase 0.05 against 0.6, months 501-600) per seed, with probe.set overrides.
 */
class ProbeBreachTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() {
        int seeds = Integer.getInteger("probe.seeds", 4);
        ClusterConfig base = new ProbeFactsTest().override(ClusterConfig.defaults()).with(Param.CREDIT_ENVIRONMENT, 0.7).with(Param.STEPS, 600);
        double[] safe = Runs.overSeeds(base.with(Param.BREACH_BASE, 0.05), seeds, Runs.windowMean("division_of_labor", 600, 100));
        double[] risky = Runs.overSeeds(base.with(Param.BREACH_BASE, 0.6), seeds, Runs.windowMean("division_of_labor", 600, 100));
        System.out.println("PROBE set " + System.getProperty("probe.set", "") + " safe " + Arrays.toString(safe) + " risky " + Arrays.toString(risky)
                + " diff " + Runs.Estimate.difference(safe, risky));
    }
}
