package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): whether the shipped scenarios are stationary
 * after the shake-out. Means over seeds of 100-month windows ending at months 400, 600, 800, 1000 and 1200 of
 * producers, va_to_sales, division_of_labor and mean_rung. {@code mvn -B -q -o test -Dtest=ProbeLongRunTest
 * -Dprobe=true [-Dprobe.seeds=4] [-Dprobe.set=traditionalDesigns=48] -Dsurefire.failIfNoSpecifiedTests=false | grep LONG}
 */
class ProbeLongRunTest {
    static final String[] COLUMNS = {"producers", "va_to_sales", "division_of_labor", "mean_rung"};
    static final int[] ENDS = {400, 600, 800, 1000, 1200};

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void longRun() throws Exception {
        int seeds = Integer.getInteger("probe.seeds", 4);
        for (String file : StylisedFactsV2Test.SCENARIOS) {
            ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.scenario(file)).with(Param.STEPS, ENDS[ENDS.length - 1]);
            double[][] r = Runs.overSeedsMany(c, seeds, Runs.windowMeansEnding(COLUMNS, ENDS, 100));
            StringBuilder sb = new StringBuilder(String.format("LONG %-26s", file));
            for (int col = 0; col < COLUMNS.length; col++) {
                sb.append(" | ").append(COLUMNS[col]);
                for (int w = 0; w < ENDS.length; w++) sb.append(String.format(" %.3f", Runs.Estimate.of(r[col * ENDS.length + w]).mean));
            }
            System.out.println(sb);
        }
    }
}
