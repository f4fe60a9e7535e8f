package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): every 100 months of the runs named, the
 * producers (N), their mean rung (r) and its standard deviation (sd), the leader's lead over the mean (gap),
 * the largest producer's share of final sales (top) and final sales (S). Round 8 used it to see whether the
 * quality spread widens over a run (it does not). {@code mvn -B -q -o test -Dtest=ProbeSpreadTest -Dprobe=true
 * -Dprobe.file=ip-reform.yaml,baseline.yaml -Dprobe.seed=9,10 [-Dprobe.set=traditionalDesigns=48]
 * -Dsurefire.failIfNoSpecifiedTests=false | grep SPREAD}
 */
class ProbeSpreadTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void spread() throws Exception {
        for (String file : System.getProperty("probe.file", "baseline.yaml").split(",")) {
            for (String sd : System.getProperty("probe.seed", "1").split(",")) {
                ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.scenario(file));
                ClusterModel m = new ClusterModel(Long.parseLong(sd), c);
                m.start();
                StringBuilder sb = new StringBuilder(file + " " + sd + ":");
                while (m.stepsDone() < Integer.getInteger("probe.steps", 600)) {
                    m.schedule.step(m);
                    if (m.stepsDone() % 100 == 0) {
                        double n = 0, s = 0, s2 = 0, max = 0, sales = 0, top = 0;
                        for (Firm x : m.firms()) {
                            if (!x.producer || !x.alive) continue;
                            n++; s += x.rung; s2 += x.rung * x.rung; max = Math.max(max, x.rung);
                            sales += x.finalSales; top = Math.max(top, x.finalSales);
                        }
                        double mean = s / n, sdv = Math.sqrt(Math.max(0, s2 / n - mean * mean));
                        sb.append(String.format(" | %d: N%.0f r%.1f sd%.2f gap%.1f top%.2f S%.0f", m.stepsDone(), n, mean, sdv, max - mean, top / sales, sales));
                    }
                }
                System.out.println("SPREAD " + sb);
            }
        }
    }
}
