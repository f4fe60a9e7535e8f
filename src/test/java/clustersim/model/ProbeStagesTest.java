package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): each stage's bought share and specialists
 * over months 501-600 in the scenarios named by probe.scenarios (default PRD and Zhejiang), with probe.set
 * overrides, over the last 100 of probe.steps months (default 600). {@code mvn -B -q -o test -Dtest=ProbeStagesTest -Dprobe=true -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE}
 */
class ProbeStagesTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() throws Exception {
        int seeds = Integer.getInteger("probe.seeds", 4);
        for (String file : System.getProperty("probe.scenarios", "pearl-river-delta.yaml,zhejiang-trust.yaml").split(",")) {
            ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.scenario(file));
            int fin = c.chain().finalStage();
            String[] cols = new String[2 * fin + 2];
            for (int s = 0; s < fin; s++) {
                cols[s] = ClusterMetrics.stageColumn("dol", s);
                cols[fin + s] = ClusterMetrics.stageColumn("specialists", s);
            }
            cols[2 * fin] = "division_of_labor";
            cols[2 * fin + 1] = "producers";
            double[][] r = Runs.overSeedsMany(c, seeds, Runs.windowMeans(cols, Integer.getInteger("probe.steps", 600), 100));
            StringBuilder sb = new StringBuilder(file + ":");
            for (int k = 0; k < cols.length; k++) sb.append(String.format(" %s %.3f", cols[k], Runs.Estimate.of(r[k]).mean));
            System.out.println("PROBE " + sb);
        }
    }
}
