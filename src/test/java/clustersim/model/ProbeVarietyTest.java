package clustersim.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): the variety of designs behind fact 8. Every
 * probe.every months from month 250 of one run: producers, those founded, closed, retreated into a stage
 * and turned producer in those months, an entrant's V against its barrier B, final sales, the designs on
 * sale, the largest crowd on one design, the mean markup and the sellers of each stage.
 * {@code mvn -B -q -o test -Dtest=ProbeVarietyTest -Dprobe=true -Dprobe.scenario=pearl-river-delta.yaml
 * -Dprobe.seed=31 -Dprobe.every=25 -Dprobe.set=entrantLooksAt=1 -Dsurefire.failIfNoSpecifiedTests=false | grep TRACE}
 */
class ProbeVarietyTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() throws Exception {
        ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.scenario(System.getProperty("probe.scenario", "pearl-river-delta.yaml")));
        long seed = Long.parseLong(System.getProperty("probe.seed", "31"));
        int every = Integer.parseInt(System.getProperty("probe.every", "10"));
        ClusterModel m = new ClusterModel(seed, c);
        m.start();
        Set<Firm> before = new HashSet<>();
        int founded = 0, closed = 0, toSpec = 0, toProd = 0;
        double v = 0, b = 0, sales = 0;
        while (m.stepsDone() < 600) {
            m.schedule.step(m);
            Set<Firm> now = new HashSet<>();
            for (Firm x : m.firms) if (x.producer && x.alive) now.add(x);
            for (Firm x : now) if (!before.contains(x)) { if (m.currentStep() - x.birthStep <= 1) founded++; else toProd++; }
            for (Firm x : before) if (!now.contains(x)) { if (x.alive) toSpec++; else closed++; }
            before = now;
            v += m.demography.entrantProfit() / m.finance.discountRate();
            b += m.demography.producerBarrier();
            sales += m.market.totalSales;
            if (m.stepsDone() % every == 0 && m.stepsDone() >= 250) {
                Map<Design, Integer> ds = new HashMap<>();
                int own = 0;
                double mk = 0;
                for (Firm x : now) { ds.merge(x.design, 1, Integer::sum); mk += x.markup; }
                int maxCrowd = 0;
                for (int k : ds.values()) maxCrowd = Math.max(maxCrowd, k);
                StringBuilder sel = new StringBuilder();
                for (int s = 0; s < m.chain.finalStage(); s++) sel.append(m.markets[s].sellerCount()).append(s + 1 < m.chain.finalStage() ? "/" : "");
                System.out.printf("TRACE m %d N %d fo %d cl %d ->sp %d ->pr %d V %.0f B %.0f sales %.0f designs %d crowd %d markup %.3f sellers %s%n",
                        m.stepsDone(), now.size(), founded, closed, toSpec, toProd, v / every, b / every, sales / every, ds.size(), maxCrowd, mk / Math.max(1, now.size()), sel);
                founded = closed = toSpec = toProd = 0;
                v = b = sales = 0;
            } else if (m.stepsDone() % every == 0) { founded = closed = toSpec = toProd = 0; v = b = sales = 0; }
        }
    }
}
