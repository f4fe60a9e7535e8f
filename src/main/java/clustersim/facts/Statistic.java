package clustersim.facts;

import clustersim.analysis.Bootstrap;
import clustersim.analysis.SampleSummary;
import clustersim.analysis.WelchDifference;
import clustersim.metrics.MetricRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The kinds of statistic a fact can rest on, each computed once here. Seeds are the replications: seed k
 * of every condition is one draw, and intervals come from the spread over seeds.
 */
public sealed interface Statistic {
    /** The (condition, quantity) pairs the statistic reads, so the runs can be planned before any is done. */
    List<Term> terms();

    Measurement measure(Evidence e, int seeds) throws NotMeasurable;

    /** "mean over seeds of ..." in words, for the report. */
    String describe();

    /**
     * The mean over seeds of a weighted sum of quantities of the same seed: a level (one term), a
     * difference between two conditions (+1, -1), a difference of differences. Terms of one condition are
     * paired by seed (Student-t interval over seeds; a single unweighted level of a bounded metric keeps its
     * interval in the metric's range); terms under two conditions are compared with Welch's interval.
     */
    record Contrast(List<Term> terms) implements Statistic {
        public static Contrast level(Condition c, Quantity q) {
            return new Contrast(List.of(Term.of(c, q)));
        }

        public static Contrast difference(Condition a, Condition b, Quantity q) {
            return new Contrast(List.of(Term.of(a, q), Term.of(b, q).times(-1)));
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            List<String> conditions = new ArrayList<>();
            for (Term t : terms) if (!conditions.contains(t.condition().label())) conditions.add(t.condition().label());
            if (conditions.size() == 2) {
                // two conditions are independent histories (seed k of each shares only its first draws): Welch's
                // interval of the difference between each condition's seed-by-seed sum, as StylisedFactsTest had it
                List<Term> first = new ArrayList<>(), second = new ArrayList<>();
                for (Term t : terms) (t.condition().label().equals(conditions.get(0)) ? first : second).add(t);
                double[] a = combine(e, first, seeds), b = combine(e, second, seeds);
                int undefined = 0;
                for (int s = 0; s < seeds; s++) {
                    if (Double.isNaN(a[s]) || Double.isNaN(b[s])) undefined++;
                    b[s] = -b[s];
                }
                if (undefined > 0) throw new NotMeasurable("undefined in " + undefined + " of " + seeds + " seeds");
                WelchDifference d = WelchDifference.of(a, b);
                return new Measurement(d.estimate(), d.low(), d.high(), 2 * seeds, "Welch t between the two conditions' runs");
            }
            double[] sum = combine(e, terms, seeds);
            boolean level = terms.size() == 1 && terms.get(0).weight() == 1 && terms.get(0).quantity() instanceof Quantity.Window;
            MetricRange r = level ? MetricRange.of(terms.get(0).quantity().metric()) : MetricRange.UNBOUNDED;
            SampleSummary s = SampleSummary.of(sum, r.lower(), r.upper());
            if (s.n < sum.length) throw new NotMeasurable("undefined in " + (sum.length - s.n) + " of " + sum.length + " seeds");
            return new Measurement(s.mean, s.ciLow, s.ciHigh, s.n,
                    r.isBounded() ? "Student t on the logit/log scale (kept in range)" : "Student t over seeds");
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder("mean over seeds of ");
            for (int k = 0; k < terms.size(); k++) {
                Term t = terms.get(k);
                String w = t.weight() == 1 ? "" : t.weight() == -1 ? "" : Threshold.fmt(Math.abs(t.weight())) + " \u00d7 ";
                b.append(k == 0 ? (t.weight() < 0 ? "\u2212" : "") : t.weight() < 0 ? " \u2212 " : " + ");
                b.append(w).append('[').append(Quantity.describe(t.quantity())).append(" | ").append(t.condition().label()).append(']');
            }
            return b.toString();
        }
    }

    /** mean(numerator) / mean(denominator); percentile bootstrap over seeds. */
    record Ratio(Term numerator, Term denominator) implements Statistic {
        @Override
        public List<Term> terms() {
            return List.of(numerator, denominator);
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            return ratioOver(e, seeds, numerator, denominator, Statistic::mean);
        }

        @Override
        public String describe() {
            return "ratio of means over seeds: [" + Quantity.describe(numerator.quantity()) + " | " + numerator.condition().label() + "] / ["
                    + Quantity.describe(denominator.quantity()) + " | " + denominator.condition().label() + "]";
        }
    }

    /** The range (max - min) over seeds of one quantity: how much history matters. Bootstrap interval. */
    record Spread(Term term) implements Statistic {
        @Override
        public List<Term> terms() {
            return List.of(term);
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            double[] a = defined(e.values(term.condition(), term.quantity(), seeds));
            double[] ci = Bootstrap.interval(seeds, idx -> range(a, idx));
            return new Measurement(range(a, null), ci[0], ci[1], seeds, "percentile bootstrap over seeds");
        }

        @Override
        public String describe() {
            return "range over seeds of [" + Quantity.describe(term.quantity()) + " | " + term.condition().label() + "]";
        }
    }

    /** range over seeds under one condition / range under another. Bootstrap interval. */
    record SpreadRatio(Term numerator, Term denominator) implements Statistic {
        @Override
        public List<Term> terms() {
            return List.of(numerator, denominator);
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            return ratioOver(e, seeds, numerator, denominator, Statistic::range);
        }

        @Override
        public String describe() {
            return "range over seeds of [" + Quantity.describe(numerator.quantity()) + " | " + numerator.condition().label()
                    + "] / range under [" + denominator.condition().label() + "]";
        }
    }

    /**
     * How abrupt a rise over a factor is: the largest share of the total rise (last level minus first,
     * of the means over seeds) that happens between two levels {@code band} apart. A linear response puts
     * band / (last - first) of it there. Bootstrap interval.
     */
    record Jump(Condition base, String factor, double[] levels, Quantity quantity, double band) implements Statistic {
        @Override
        public List<Term> terms() {
            List<Term> out = new ArrayList<>();
            for (double v : levels) out.add(Term.of(at(base, factor, v), quantity));
            return out;
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            double[][] y = new double[levels.length][];
            for (int k = 0; k < levels.length; k++) y[k] = defined(e.values(at(base, factor, levels[k]), quantity, seeds));
            double[] ci = Bootstrap.interval(seeds, idx -> share(y, idx));
            return new Measurement(share(y, null), ci[0], ci[1], seeds * levels.length, "percentile bootstrap over seeds");
        }

        private double share(double[][] y, int[] idx) {
            double[] m = new double[levels.length];
            for (int k = 0; k < m.length; k++) m[k] = mean(y[k], idx);
            double best = 0;
            for (int i = 0; i < m.length; i++) {
                for (int j = i + 1; j < m.length && levels[j] - levels[i] <= band + 1e-9; j++) best = Math.max(best, m[j] - m[i]);
            }
            double total = m[m.length - 1] - m[0];
            return total > 0 ? best / total : Double.NaN;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "largest share of the rise of the mean of [%s | %s] from %s = %s to %s that happens within %s of %s",
                    Quantity.describe(quantity), base.label(), factor, Threshold.fmt(levels[0]), Threshold.fmt(levels[levels.length - 1]),
                    Threshold.fmt(band), factor);
        }
    }

    /**
     * The least-squares slope of y on x over all runs of a one-factor sweep; x is the factor's level, or
     * another quantity of the same run. Interval from the slope's standard error (Student t, n - 2).
     */
    record Slope(Condition base, String factor, double[] levels, Quantity y, Quantity x) implements Statistic {
        @Override
        public List<Term> terms() {
            List<Term> out = new ArrayList<>();
            for (double v : levels) {
                out.add(Term.of(at(base, factor, v), y));
                if (x != null) out.add(Term.of(at(base, factor, v), x));
            }
            return out;
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            SimpleRegression r = new SimpleRegression();
            for (double v : levels) {
                Condition c = at(base, factor, v);
                double[] ys = e.values(c, y, seeds), xs = x == null ? null : e.values(c, x, seeds);
                for (int s = 0; s < ys.length; s++) {
                    double xv = xs == null ? v : xs[s];
                    if (!Double.isNaN(ys[s]) && !Double.isNaN(xv)) r.addData(xv, ys[s]);
                }
            }
            if (r.getN() < 3) throw new NotMeasurable("fewer than 3 runs with a value");
            double b = r.getSlope(), half = r.getSlopeConfidenceInterval(0.05);
            if (Double.isNaN(half)) half = 0; // a perfect fit
            return new Measurement(b, b - half, b + half, (int) r.getN(), "OLS slope, Student t (n \u2212 2)");
        }

        @Override
        public String describe() {
            String xs = x == null ? factor : Quantity.describe(x);
            return "least-squares slope of [" + Quantity.describe(y) + "] on " + xs + " over the runs at " + factor + " = "
                    + Threshold.fmt(levels[0]) + " \u2026 " + Threshold.fmt(levels[levels.length - 1]) + " (" + base.label() + ")";
        }
    }

    /** The share of seeds in which the quantity is below (or above) a value; Wilson interval. */
    record SeedShare(Term term, boolean below, double value) implements Statistic {
        @Override
        public List<Term> terms() {
            return List.of(term);
        }

        @Override
        public Measurement measure(Evidence e, int seeds) throws NotMeasurable {
            double[] a = e.values(term.condition(), term.quantity(), seeds);
            int yes = 0;
            for (double v : a) {
                if (Double.isNaN(v)) throw new NotMeasurable("the quantity is undefined in some seed");
                if (below ? v < value : v > value) yes++;
            }
            double[] ci = Bootstrap.wilson(yes, a.length);
            return new Measurement((double) yes / a.length, ci[0], ci[1], a.length, "Wilson score interval");
        }

        @Override
        public String describe() {
            return "share of seeds in which [" + Quantity.describe(term.quantity()) + " | " + term.condition().label() + "] is "
                    + (below ? "below " : "above ") + Threshold.fmt(value);
        }
    }

    /** The condition with the factor set to a level. */
    static Condition at(Condition base, String factor, double level) {
        return base.with(factor + "=" + Threshold.fmt(level));
    }

    private static double[] combine(Evidence e, List<Term> terms, int seeds) throws NotMeasurable {
        double[] sum = new double[seeds];
        for (Term t : terms) {
            double[] v = e.values(t.condition(), t.quantity(), seeds);
            for (int s = 0; s < seeds; s++) sum[s] += t.weight() * v[s];
        }
        return sum;
    }

    /** A summary over seeds (mean, range) of one term over the same summary of another; bootstrap interval. */
    private static Measurement ratioOver(Evidence e, int seeds, Term numerator, Term denominator,
                                         java.util.function.ToDoubleBiFunction<double[], int[]> summary) throws NotMeasurable {
        double[] a = defined(e.values(numerator.condition(), numerator.quantity(), seeds));
        double[] b = defined(e.values(denominator.condition(), denominator.quantity(), seeds));
        double[] ci = Bootstrap.interval(seeds, idx -> summary.applyAsDouble(a, idx) / summary.applyAsDouble(b, idx));
        return new Measurement(summary.applyAsDouble(a, null) / summary.applyAsDouble(b, null), ci[0], ci[1], seeds,
                "percentile bootstrap over seeds");
    }

    private static double[] defined(double[] v) throws NotMeasurable {
        for (double x : v) if (Double.isNaN(x)) throw new NotMeasurable("the quantity is undefined in some seed");
        return v;
    }

    private static double mean(double[] v, int[] idx) {
        double s = 0;
        int n = idx == null ? v.length : idx.length;
        for (int i = 0; i < n; i++) s += v[idx == null ? i : idx[i]];
        return s / n;
    }

    private static double range(double[] v, int[] idx) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int n = idx == null ? v.length : idx.length;
        for (int i = 0; i < n; i++) {
            double x = v[idx == null ? i : idx[i]];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }
}
