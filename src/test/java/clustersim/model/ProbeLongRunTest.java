package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import java.util.function.Function;
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

    static Function<ClusterModel, double[]> windows() {
        return model -> {
            ClusterMetrics metrics = ClusterMetrics.of(model);
            double[] r = new double[COLUMNS.length * ENDS.length];
            while (model.stepsDone() < ENDS[ENDS.length - 1]) {
                model.schedule.step(model);
                long t = model.stepsDone();
                for (int w = 0; w < ENDS.length; w++) {
                    if (t <= ENDS[w] - 100 || t > ENDS[w]) continue;
                    for (int c = 0; c < COLUMNS.length; c++) r[c * ENDS.length + w] += metrics.get(COLUMNS[c]) / 100;
                }
            }
            return r;
        };
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void longRun() throws Exception {
        int seeds = Integer.getInteger("probe.seeds", 4);
        for (String file : StylisedFactsV2Test.SCENARIOS) {
            ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.scenario(file)).with(Param.STEPS, ENDS[ENDS.length - 1]);
            double[][] r = Runs.overSeedsMany(c, seeds, windows());
            StringBuilder sb = new StringBuilder(String.format("LONG %-26s", file));
            for (int col = 0; col < COLUMNS.length; col++) {
                sb.append(" | ").append(COLUMNS[col]);
                for (int w = 0; w < ENDS.length; w++) sb.append(String.format(" %.3f", Runs.Estimate.of(r[col * ENDS.length + w]).mean));
            }
            System.out.println(sb);
        }
    }
}
