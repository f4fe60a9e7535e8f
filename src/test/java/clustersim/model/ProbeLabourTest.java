package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): fact 11's second half (workers per unit of
 * each stage bought against made in-house at CE 0.6) over seeds 1..probe.seeds with probe.set overrides,
 * measured exactly as StylisedFactsV2Test does.
 * {@code mvn -B -q -o test -Dtest=ProbeLabourTest -Dprobe=true -Dprobe.seeds=8 -Dprobe.set=... | grep PROBE}
 */
class ProbeLabourTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() {
        int seeds = Integer.getInteger("probe.seeds", 4);
        ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.baseline()).with(Param.CREDIT_ENVIRONMENT, 0.6);
        double[][] lab = Runs.overSeedsMany(c, seeds, StylisedFactsV2Test.labourPerUnitBoughtAndMade());
        for (int s = 0; 2 * s + 1 < lab.length; s++) {
            double[] bought = StylisedFactsV2Test.finite(lab[2 * s]), made = StylisedFactsV2Test.finite(lab[2 * s + 1]);
            if (bought.length < 3 || made.length < 3) continue;
            Runs.Estimate d = Runs.Estimate.difference(made, bought);
            System.out.printf("PROBE set %s fact11 stage %d bought %s made %s made-bought %s %s%n", System.getProperty("probe.set", ""),
                    s, StylisedFactsV2Test.est(bought), StylisedFactsV2Test.est(made), d, d.low > 0 ? "HOLDS" : "FAILS");
        }
    }
}
