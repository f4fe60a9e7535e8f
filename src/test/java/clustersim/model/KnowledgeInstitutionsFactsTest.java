package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.metrics.ClusterMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md section 5, fact 12, for the knowledge institutions of section 6 (universities, talent
 * mobility; education too, though fact 12 does not name it), each over 16 seeds with 95% confidence
 * intervals (Welch) on the difference from the baseline scenario, changing one institution's parameters
 * only. To spare the shared machine the runs are 400 months (not 600) and judged on their last 100; the
 * baseline's runs are shared by the three tests. Every threshold is one the mechanism's absence would
 * miss: at the defaults the differences are exactly 0 (the institutions are absent and draw nothing).
 */
class KnowledgeInstitutionsFactsTest {
    static final int SEEDS = StylisedFactsV2Test.SEEDS, STEPS = 400, WINDOW = 100;
    /** Outcomes: innovation_rate, independent_development_share, labour_productivity, quality gap, premium duration. */
    static final int INNOVATION = 0, OWN_DESIGN = 1, PRODUCTIVITY = 2, GAP = 3, DURATION = 4, MARKUP = 5, TALENT_MOVES = 6,
            KNOWHOW_GAP = 7, REAL_PRODUCTIVITY = 8;
    private static double[][] baseline;

    static synchronized double[][] baseline() {
        if (baseline == null) baseline = run(ClusterConfig.defaults());
        return baseline;
    }

    static double[][] run(ClusterConfig c) {
        return Runs.overSeedsMany(c, SEEDS, outcomes());
    }

    static ClusterConfig with(Object... pairs) {
        ClusterConfig d = ClusterConfig.defaults();
        Parameters p = d.parameters().copy();
        for (int k = 0; k < pairs.length; k += 2) p.set((Param) pairs[k], (Double) pairs[k + 1]);
        return new ClusterConfig("fact12", p, d.chain(), List.of());
    }

    /**
     * Quality gap between leaders and followers: mean rung of the top tenth of producers (by the rung of
     * the design they sell) less the mean rung of the rest.
     */
    static double qualityGap(ClusterModel m) {
        double[] t = topTenthAndRest(m, false);
        return t[0] - t[1];
    }

    /**
     * The same for know-how: mean capability (the rung a producer knows how to make) of the top tenth of
     * producers by capability less the rest's.
     */
    static double knowhowGap(ClusterModel m) {
        double[] t = topTenthAndRest(m, true);
        return t[0] - t[1];
    }

    /** Mean rung (or capability) of the top tenth of producers by it, and of the rest (NaN under 10 producers). */
    static double[] topTenthAndRest(ClusterModel m, boolean knowhow) {
        List<Integer> rungs = new ArrayList<>();
        for (Firm x : m.firms) if (x.producer && x.alive) rungs.add(knowhow ? x.capability : x.rung);
        if (rungs.size() < 10) return new double[] {Double.NaN, Double.NaN};
        Collections.sort(rungs, Collections.reverseOrder());
        int top = rungs.size() / 10;
        double a = 0, b = 0;
        for (int k = 0; k < rungs.size(); k++) {
            if (k < top) a += rungs.get(k);
            else b += rungs.get(k);
        }
        return new double[] {a / top, b / (rungs.size() - top)};
    }

    /** What an innovator expects to appropriate: mean discounted months of premium over own-design sellers. */
    static double premiumDuration(ClusterModel m) {
        double sum = 0;
        int n = 0;
        for (Firm x : m.firms) {
            if (!x.producer || !x.alive || !x.ownDesign) continue;
            sum += m.ip.premiumDuration(m.ip.erosionHazard(x));
            n++;
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    static Function<ClusterModel, double[]> outcomes() {
        return model -> {
            ClusterMetrics metrics = ClusterMetrics.of(model);
            double[] sum = new double[9];
            int[] n = new int[9];
            while (model.stepsDone() < STEPS) {
                model.schedule.step(model);
                if (model.stepsDone() <= STEPS - WINDOW) continue;
                double[] v = {metrics.get("innovation_rate"), metrics.get("independent_development_share"),
                    metrics.get("labour_productivity"), qualityGap(model), premiumDuration(model), metrics.get("mean_markup"),
                    metrics.get("talent_moves"), knowhowGap(model),
                    metrics.get("value_added") / metrics.get("price_index") / metrics.get("employment")};
                for (int k = 0; k < v.length; k++) {
                    if (Double.isNaN(v[k])) continue;
                    sum[k] += v[k];
                    n[k]++;
                }
            }
            for (int k = 0; k < sum.length; k++) sum[k] = n[k] > 0 ? sum[k] / n[k] : Double.NaN;
            return sum;
        };
    }

    static Runs.Estimate diff(double[][] a, double[][] b, int outcome) {
        return Runs.Estimate.difference(a[outcome], b[outcome]);
    }

    static void print(String label, double[][] r, double[][] base) {
        String[] names = {"innovation_rate", "independent_development_share", "labour_productivity", "quality gap (rungs)",
            "premium duration (months)", "mean_markup", "talent_moves", "know-how gap (rungs)",
            "value-added per worker at quality-adjusted prices (value_added / price_index / employment)"};
        for (int k = 0; k < names.length; k++) {
            System.out.printf("fact 12 %s: %s %s vs baseline %s, difference %s%n", label, names[k], Runs.Estimate.of(r[k]),
                    Runs.Estimate.of(base[k]), diff(r, base, k));
        }
    }

    @Test
    void universitiesRaiseInnovation() {
        double[][] base = baseline();
        double[][] uni = run(with(Param.UNIVERSITY_RESEARCH, 0.3, Param.SPINOFF_RATE, 0.02));
        print("universities (universityResearch 0.3, spinoffRate 0.02)", uni, base);
        Runs.Estimate innovation = diff(uni, base, INNOVATION), own = diff(uni, base, OWN_DESIGN);
        assertTrue(innovation.low > 0.03, "universities raise the innovation rate: " + innovation);
        assertTrue(own.low > 0.05, "universities raise independent development: " + own);
    }

    /**
     * Diffusion of know-how is judged on know-how: the gap between the quality leaders and followers know how
     * to make (capability). The gap between the designs they sell (quality gap: MODEL.md's words) must narrow
     * too, and does, by less than a third as much (commit 78f5930, 16 seeds, 400 months: -0.36 rungs [-0.58, -0.14] against the
     * know-how gap's -1.22 [-1.44, -1.00]; on the model before, not measurably on 8 seeds): a follower sells a
     * better product only through a design (its own R&D, an imitation, or a mover's old employer's design
     * when its know-how reaches that rung), and with mobility the whole cluster climbs (the top tenth's
     * rung 9.3 -> 17.9, ProbeTalentGapTest), so the designs' gap follows the know-how's only in part.
     */
    @Test
    void talentMobilityNarrowsTheKnowHowAndQualityGapsAndLowersWhatAnInnovatorAppropriates() {
        double[][] base = baseline();
        double[][] mobile = run(with(Param.TALENT_MOBILITY, 0.02));
        print("talent mobility (talentMobility 0.02)", mobile, base);
        Runs.Estimate gap = diff(mobile, base, KNOWHOW_GAP), duration = diff(mobile, base, DURATION);
        assertTrue(gap.high < 0, "the gap between the quality leaders and followers know how to make narrows: " + gap);
        Runs.Estimate quality = diff(mobile, base, GAP);
        assertTrue(quality.high < 0, "and the gap between the qualities they sell narrows: " + quality);
        assertTrue(duration.high < -1, "an innovator expects its premium to last over a month less: " + duration);
        Runs.Estimate markup = diff(mobile, base, MARKUP);
        assertTrue(markup.high < 0, "and margins, what producers appropriate, fall: " + markup);
        for (double v : mobile[TALENT_MOVES]) assertTrue(v > 0, "skilled workers move: " + v);
    }

    /**
     * Value per worker at quality-adjusted prices (value_added deflated by price_index, the final product's
     * price per quality unit), as statistical offices deflate with hedonic price indices: an educated
     * cluster sells better products (commit 78f5930, 16 seeds, months 301-400: mean rung 13.9 against 7.6)
     * at a lower price per quality unit (price_index 0.51 against 0.65), so value-added per worker at
     * current prices (labour_productivity, printed) does not rise measurably (+0.0012 [-0.0014, +0.0038])
     * while the workers a quality unit takes fall.
     */
    @Test
    void educationRaisesInnovationAndLabourProductivity() {
        double[][] base = baseline();
        double[][] educated = run(with(Param.EDUCATION_LEVEL, 0.5));
        print("education (educationLevel 0.5)", educated, base);
        Runs.Estimate innovation = diff(educated, base, INNOVATION), productivity = diff(educated, base, REAL_PRODUCTIVITY);
        assertTrue(innovation.low > 0.02, "a skilled workforce innovates more: " + innovation);
        assertTrue(productivity.low > 0, "and adds more value per worker at quality-adjusted prices: " + productivity);
    }

    static String show(double[] x) {
        return Arrays.toString(x);
    }
}
