package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Probe (skipped unless -Dprobe=true): how talent mobility moves leaders and followers over the fact test's seeds (16), months 301-400. */
class ProbeTalentGapTest {
    static final String[] NAMES = {"rung gap", "capability gap", "top rung", "rest rung", "top cap", "rest cap", "spills/month",
        "copies/month", "moves/month", "own-design share", "imitations/month", "innovations/month"};

    static double[] measure(ClusterModel m) {
        double[] s = new double[NAMES.length];
        int steps = Integer.getInteger("probe.steps", 400), n = 0;
        while (m.stepsDone() < steps) {
            m.schedule.step(m);
            if (m.stepsDone() <= steps - 100) continue;
            StepCounters c = m.counters;
            int own = 0, prod = 0;
            for (Firm x : m.firms) if (x.producer && x.alive) {
                prod++;
                if (x.ownDesign) own++;
            }
            double[] rung = KnowledgeInstitutionsFactsTest.topTenthAndRest(m, false), cap = KnowledgeInstitutionsFactsTest.topTenthAndRest(m, true);
            double[] v = {rung[0] - rung[1], cap[0] - cap[1], rung[0], rung[1], cap[0], cap[1],
                c.knowhowSpills, c.talentCopies, c.talentMoves, (double) own / prod, c.imitations, c.innovations};
            for (int k = 0; k < s.length; k++) s[k] += v[k];
            n++;
        }
        for (int k = 0; k < s.length; k++) s[k] /= n;
        return s;
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void talentGap() {
        double mob = Double.parseDouble(System.getProperty("probe.mobility", "0.02"));
        double[][] base = Runs.overSeedsMany(KnowledgeInstitutionsFactsTest.with(), KnowledgeInstitutionsFactsTest.SEEDS, ProbeTalentGapTest::measure);
        double[][] mobile = Runs.overSeedsMany(KnowledgeInstitutionsFactsTest.with(Param.TALENT_MOBILITY, mob), KnowledgeInstitutionsFactsTest.SEEDS, ProbeTalentGapTest::measure);
        for (int k = 0; k < NAMES.length; k++) {
            System.out.println("PROBE talent " + NAMES[k] + ": base " + Runs.Estimate.of(base[k]) + ", mobility " + mob + " " + Runs.Estimate.of(mobile[k])
                    + ", difference " + Runs.Estimate.difference(mobile[k], base[k]));
        }
    }
}
