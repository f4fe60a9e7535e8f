package clustersim.model;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): what ends buyer-supplier relations over
 * months 401-600 (fact 6's relation length), at probe.ce (default 0.6) with probe.set overrides, seeds
 * 1..probe.seeds. Each ended relation is classed by what happened in the step it ended: the buyer left
 * the final market, the supplier left or stopped selling, the buyer switched to another supplier or to
 * making the stage; and by whether the relation saw a breach in its last 12 months.
 * {@code mvn -B -q -o test -Dtest=ProbeRelationsTest -Dprobe=true -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE}
 */
class ProbeRelationsTest {
    record Rel(Firm buyer, int stage, Firm supplier, int start, int lastBreach, double trust) {
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() {
        int seeds = Integer.getInteger("probe.seeds", 4);
        double ce = Double.parseDouble(System.getProperty("probe.ce", "0.6"));
        ClusterConfig c = new ProbeFactsTest().override(ClusterConfig.defaults()).with(Param.CREDIT_ENVIRONMENT, ce);
        String[] names = {"buyer left", "supplier left", "switched supplier", "to make", "unsourced"};
        for (int seed = 1; seed <= seeds; seed++) {
            ClusterModel m = new ClusterModel(seed, c);
            m.start();
            long[] ends = new long[5], endsBreach = new long[5];
            double[] ageSum = new double[5];
            double relMonths = 0;
            long switchedCheaper = 0;
            while (m.stepsDone() < 600) {
                List<Rel> before = new ArrayList<>();
                boolean watch = m.stepsDone() >= 400;
                if (watch) {
                    for (Firm x : m.firms) {
                        if (!x.producer) continue;
                        for (int s = 0; s < m.chain.finalStage(); s++) {
                            if (!x.makes(s) && x.supplier[s] != null) {
                                before.add(new Rel(x, s, x.supplier[s], x.relationStartOf(s), x.lastBreachOf(s), x.trustInSupplier(s)));
                            }
                        }
                    }
                    relMonths += before.size();
                }
                m.schedule.step(m);
                int now = (int) m.stepsDone();
                for (Rel r : before) {
                    Firm b = r.buyer;
                    int k;
                    if (!b.alive || !b.producer) k = 0;
                    else if (b.supplier[r.stage] == r.supplier && b.relationStartOf(r.stage) == r.start) continue;
                    else if (!r.supplier.alive || !r.supplier.sells(r.stage)) k = 1;
                    else if (b.supplier[r.stage] != null) k = 2;
                    else if (b.makes(r.stage)) k = 3;
                    else k = 4;
                    ends[k]++;
                    ageSum[k] += now - r.start;
                    if (now - r.lastBreach <= 12) endsBreach[k]++;
                }
            }
            long total = 0;
            for (long e : ends) total += e;
            StringBuilder sb = new StringBuilder(String.format("CE %.2f seed %d: relation-months %.0f, ended %d (hazard %.4f/month):", ce, seed, relMonths, total, total / relMonths));
            for (int k = 0; k < 5; k++) {
                sb.append(String.format(" %s %d (breach<=12m %d, mean age %.1f);", names[k], ends[k], endsBreach[k], ends[k] > 0 ? ageSum[k] / ends[k] : 0));
            }
            System.out.println("PROBE " + sb);
        }
    }
}
