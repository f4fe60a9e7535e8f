package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Probe (skipped unless -Dprobe=true): what the guarantee fund changes for small firms' credit, months 501-600, over the
 * fact test's seeds (MarketInstitutionFactsTest.SEEDS, so its numbers sit beside the test's; -Dprobe.seeds=N for others).
 */
class ProbeGuaranteeTest {
    static final String[] NAMES = {"constrained(all)", "small constrained", "small evaluations share", "not-small constrained",
        "small debt/capital", "small share of producers", "entries", "blocked", "producers"};

    static double[] measure(ClusterModel m) {
        long eval = 0, ref = 0, sEval = 0, sRef = 0;
        double lev = 0, smallShare = 0, entries = 0, blocked = 0, producers = 0;
        int months = 0;
        while (m.stepsDone() < 600) {
            m.schedule.step(m);
            if (m.stepsDone() <= 500) continue;
            StepCounters c = m.counters;
            eval += c.makeEvaluations;
            ref += c.makeRefused;
            sEval += c.smallMakeEvaluations;
            sRef += c.smallMakeRefused;
            entries += c.entries;
            blocked += c.blockedEntries;
            double d = 0, k = 0;
            int small = 0, prod = 0;
            for (Firm x : m.firms) {
                if (!x.producer) continue;
                prod++;
                if (!m.guarantee.small(x, 0)) continue;
                small++;
                d += m.finance.debt(x);
                k += x.capital;
            }
            lev += k > 0 ? d / k : 0;
            smallShare += prod > 0 ? (double) small / prod : 0;
            producers += prod;
            months++;
        }
        return new double[] {(double) ref / eval, (double) sRef / sEval, (double) sEval / eval, (double) (ref - sRef) / (eval - sEval), lev / months,
            smallShare / months, entries / months, blocked / months, producers / months};
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void guaranteeAndSmallFirmsCredit() throws Exception {
        int seeds = Integer.getInteger("probe.seeds", MarketInstitutionFactsTest.SEEDS);
        String alt = System.getProperty("probe.alt", "guarantee-fund.yaml");
        double[][] prd = Runs.overSeedsMany(StylisedFactsV2Test.scenario("pearl-river-delta.yaml"), seeds, ProbeGuaranteeTest::measure);
        double[][] fund = Runs.overSeedsMany(alt.startsWith("/") ? clustersim.scenario.ScenarioLoader.load(java.nio.file.Paths.get(alt)).config()
                : StylisedFactsV2Test.scenario(alt), seeds, ProbeGuaranteeTest::measure);
        for (int k = 0; k < NAMES.length; k++) {
            System.out.println("PROBE guarantee " + NAMES[k] + ": PRD " + Runs.Estimate.of(prd[k]) + ", " + alt + " " + Runs.Estimate.of(fund[k])
                    + ", difference " + Runs.Estimate.difference(fund[k], prd[k]));
        }
    }
}
