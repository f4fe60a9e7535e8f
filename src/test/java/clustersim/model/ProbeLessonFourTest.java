package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Probe (skipped unless -Dprobe=true): the seed-1 numbers lesson 4 quotes
 * (scenarios/lessons/4-large-projects-or-small-firms.md), each move made between months as the window does.
 */
class ProbeLessonFourTest {
    static final String[] COLS = {"va_to_sales", "labour_productivity", "innovation_rate", "firms", "producers", "guaranteed_loans",
        "division_of_labor", "credit_constrained_share", "association_members"};

    /** A parameter set after month {@code month} (0: before the first). */
    record Move(int month, Param p, double v) {
    }

    static void run(String label, String file, Move... moves) throws Exception {
        ClusterConfig c = StylisedFactsV2Test.scenario(file);
        ClusterModel m = new ClusterModel(1, c);
        ClusterMetrics metrics = ClusterMetrics.of(m);
        m.start();
        double[] sum = new double[COLS.length];
        int[] n = new int[COLS.length];
        List<String> notes = new ArrayList<>();
        double largest = 0;
        boolean dry = false;
        for (int t = 0; t < 600; t++) {
            for (Move mv : moves) if (mv.month == t) m.setParameter(mv.p, mv.v, "lesson");
            m.schedule.step(m);
            int done = t + 1;
            double cap = m.guarantee.capital();
            // as the window's GuaranteeFundWatch: no new guarantee and under a tenth of the most it held
            if (!dry && largest > 0 && (cap <= 0 || !m.guaranteeFundOpen() && cap < 0.1 * largest)) {
                dry = true;
                notes.add("fund dry at month " + done);
            }
            largest = Math.max(largest, cap);
            if (done == 300) notes.add("fund capital at 300 " + String.format("%.0f", cap));
            if (done == 250 || done == 300) notes.add("members at " + done + " " + String.format("%.3f", metrics.get("association_members")));
            if (done == 400 || done == 600) {
                int leads = 0;
                for (Firm x : m.firms) if (x.lead && x.alive) leads++;
                notes.add("lead firms alive at " + done + " " + leads);
                notes.add("fund capital at " + done + " " + String.format("%.0f", cap));
            }
            if (done > 500) {
                for (int k = 0; k < COLS.length; k++) {
                    double v = metrics.get(COLS[k]);
                    if (Double.isNaN(v)) continue;
                    sum[k] += v;
                    n[k]++;
                }
            }
        }
        StringBuilder b = new StringBuilder("PROBE lesson4 " + label + ":");
        for (int k = 0; k < COLS.length; k++) b.append(String.format(" %s=%.4f", COLS[k], n[k] > 0 ? sum[k] / n[k] : Double.NaN));
        b.append(" | ").append(String.join("; ", notes));
        System.out.println(b);
        m.finish();
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void lessonFourSeedOne() throws Exception {
        run("A", "large-projects.yaml");
        run("B", "sme-support.yaml");
        run("A no budget", "large-projects.yaml", new Move(0, Param.GOVERNMENT_BUDGET, 0));
        run("A association at 200", "large-projects.yaml", new Move(200, Param.ASSOCIATION_STRENGTH, 0.6));
        run("B association at 200", "sme-support.yaml", new Move(200, Param.ASSOCIATION_STRENGTH, 0.6));
        run("A guarantee 3000 at 400", "large-projects.yaml", new Move(400, Param.GUARANTEE_CAPITAL, 3000));
        run("B guarantee 3000 at 400", "sme-support.yaml", new Move(400, Param.GUARANTEE_CAPITAL, 3000));
        run("A largeProjectShare 0.5 at 300", "large-projects.yaml", new Move(300, Param.LARGE_PROJECT_SHARE, 0.5));
        run("B trainingShare 0 at 300", "sme-support.yaml", new Move(300, Param.TRAINING_SHARE, 0));
        run("B trainingShare 0 from start", "sme-support.yaml", new Move(0, Param.TRAINING_SHARE, 0));
        run("guarantee-fund capital 30", "guarantee-fund.yaml", new Move(0, Param.GUARANTEE_CAPITAL, 30));
    }
}
