package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (it asserts nothing and is skipped unless -Dprobe=true): fact 8's producer
 * counts 200 months apart in the six scenarios, with the inputs of facts 5 and 7 over the last 100 months.
 * {@code mvn -B -q -o test -Dtest=ProbeSettleTest -Dprobe=true -Dprobe.seeds=8 -Dprobe.end=600
 * -Dprobe.set=producerEntryRate=0.1,exitProfitRate=0.04 -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE}
 */
class ProbeSettleTest {
    static Function<ClusterModel, double[]> outcome() {
        return model -> {
            ClusterMetrics metrics = ClusterMetrics.of(model);
            double a = 0, b = 0, own = 0, dol = 0;
            final int end = Integer.getInteger("probe.end", 600);
            while (model.stepsDone() < end) {
                model.schedule.step(model);
                long t = model.stepsDone();
                if (t > end - 210 && t <= end - 200) a += metrics.get("producers") / 10;
                if (t > end - 10) b += metrics.get("producers") / 10;
                if (t > end - 100) {
                    own += metrics.get("independent_development_share") / 100;
                    dol += metrics.get("division_of_labor") / 100;
                }
            }
            return new double[] {a, b, own, dol};
        };
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() throws Exception {
        int seeds = Integer.getInteger("probe.seeds", 4);
        int settled = 0, total = 0;
        double[] prdDol = null, zjDol = null;
        for (String file : StylisedFactsV2Test.SCENARIOS) {
            ClusterConfig c = StylisedFactsV2Test.scenario(file);
            String set = System.getProperty("probe.set", "");
            for (String kv : set.split(",")) {
                if (kv.isBlank()) continue;
                String[] p = kv.split("=");
                c = c.with(Param.byName(p[0]), Double.parseDouble(p[1]));
            }
            double[][] r = Runs.overSeedsMany(c, seeds, outcome());
            StringBuilder sb = new StringBuilder(file + ":");
            for (int k = 0; k < seeds; k++) {
                double ch = (r[1][k] - r[0][k]) / Math.max(1, r[0][k]);
                total++;
                if (Math.abs(ch) < 0.10) settled++;
                sb.append(String.format(" %.0f->%.0f(%+.0f%%)", r[0][k], r[1][k], 100 * ch));
            }
            sb.append(" own " + Runs.Estimate.of(r[2]) + " dol " + Runs.Estimate.of(r[3]));
            System.out.println("PROBE " + sb);
            if (file.startsWith("pearl")) prdDol = r[3];
            if (file.startsWith("zhejiang")) zjDol = r[3];
        }
        System.out.println("PROBE settled " + settled + "/" + total + "; fact5 " + Runs.Estimate.difference(zjDol, prdDol));
    }
}
