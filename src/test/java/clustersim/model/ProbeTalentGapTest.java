package clustersim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Probe (skipped unless -Dprobe=true): how talent mobility moves leaders and followers over the fact test's seeds (16), months 301-400. */
class ProbeTalentGapTest {
    static final String[] NAMES = {"rung gap", "capability gap", "top rung", "rest rung", "top cap", "rest cap", "spills/month",
        "copies/month", "moves/month", "own-design share", "imitations/month", "innovations/month"};

    static double gap(ClusterModel m, boolean cap, int part) {
        List<Integer> v = new ArrayList<>();
        for (Firm x : m.firms) if (x.producer && x.alive) v.add(cap ? x.capability : x.rung);
        if (v.size() < 10) return Double.NaN;
        Collections.sort(v, Collections.reverseOrder());
        int top = v.size() / 10;
        double a = 0, b = 0;
        for (int k = 0; k < v.size(); k++) {
            if (k < top) a += v.get(k);
            else b += v.get(k);
        }
        a /= top;
        b /= v.size() - top;
        return part == 0 ? a - b : part == 1 ? a : b;
    }

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
            double[] v = {gap(m, false, 0), gap(m, true, 0), gap(m, false, 1), gap(m, false, 2), gap(m, true, 1), gap(m, true, 2),
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
