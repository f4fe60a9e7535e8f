package clustersim.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (it asserts nothing and is skipped unless -Dprobe=true): why a scenario's
 * producers drift between months 400 and 600 (fact 8). Every probe.every months (50) of one run per seed: producers,
 * the producers founded, closed, turned specialist (and their mean age then) and turned producer in those
 * months, the producers' mean capital, what a producer
 * entrant expects (V, the value of its profit) against its barrier B, the entry signal max(0, (V - B) / B),
 * and the incumbents' share with a smoothed loss, mean smoothed operating profit rate and mean age; then the
 * variety of designs at that month: designs on sale, the most sellers of one design and the mean markup
 * (round 11: entrants who copied the first producer they met crowded onto a few designs).
 * {@code mvn -B -q -o test -Dtest=ProbeDriftTest -Dprobe=true -Dprobe.scenario=strong-institutions.yaml
 * -Dprobe.seedlist=15,7 -Dprobe.set=entrantShare=1 -Dsurefire.failIfNoSpecifiedTests=false | grep DRIFT}
 */
class ProbeDriftTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() throws Exception {
        ClusterConfig c = new ProbeFactsTest().override(StylisedFactsV2Test.scenario(System.getProperty("probe.scenario", "strong-institutions.yaml")));
        final int every = Integer.getInteger("probe.every", 50);
        for (String s : System.getProperty("probe.seedlist", "15,7").split(",")) {
            ClusterModel m = new ClusterModel(Long.parseLong(s.trim()), c);
            m.start();
            Set<Firm> before = new HashSet<>();
            int founded = 0, closed = 0, toSpecialist = 0, toProducer = 0;
            double retreatAge = 0, capital = 0;
            double signal = 0, value = 0, barrier = 0, lossShare = 0, profitRate = 0, age = 0;
            while (m.stepsDone() < 600) {
                m.schedule.step(m);
                Set<Firm> now = new HashSet<>();
                for (Firm x : m.firms) if (x.producer && x.alive) now.add(x);
                for (Firm x : now) {
                    if (before.contains(x)) continue;
                    if (m.currentStep() - x.birthStep <= 1) founded++;
                    else toProducer++;
                }
                for (Firm x : before) {
                    if (now.contains(x)) continue;
                    if (x.alive) {
                        toSpecialist++;
                        retreatAge += m.currentStep() - x.birthStep;
                    }
                    else closed++;
                }
                before = now;
                double v = m.demography.entrantProfit() / m.finance.discountRate(), b = m.demography.producerBarrier();
                value += v;
                barrier += b;
                signal += Math.max(0, (v - b) / b);
                int losing = 0;
                double rate = 0, years = 0;
                for (Firm x : now) {
                    if (x.profitEma < 0) losing++;
                    rate += x.profitRateEma;
                    years += m.currentStep() - x.birthStep;
                    capital += x.capital / every / Math.max(1, now.size());
                }
                int n = Math.max(1, now.size());
                lossShare += (double) losing / n;
                profitRate += rate / n;
                age += years / n;
                if (m.stepsDone() % every == 0) {
                    Map<Design, Integer> crowds = new HashMap<>();
                    double markup = 0;
                    for (Firm x : now) {
                        crowds.merge(x.design, 1, Integer::sum);
                        markup += x.markup / n;
                    }
                    int crowd = crowds.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                    System.out.printf("DRIFT seed %s month %d producers %d founded %d closed %d toSpecialist %d toProducer %d"
                            + " retreatAge %.0f capital %.1f"
                            + " V %.1f B %.1f signal %.3f lossShare %.3f profitRate %.4f age %.0f designs %d crowd %d markup %.3f%n", s.trim(), m.stepsDone(), now.size(),
                            founded, closed, toSpecialist, toProducer, retreatAge / Math.max(1, toSpecialist), capital, value / every, barrier / every,
                            signal / every, lossShare / every, profitRate / every, age / every, crowds.size(), crowd, markup);
                    founded = closed = toSpecialist = toProducer = 0;
                    retreatAge = capital = 0;
                    signal = value = barrier = lossShare = profitRate = age = 0;
                }
            }
        }
    }
}
