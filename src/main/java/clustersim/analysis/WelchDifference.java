package clustersim.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The difference of two means, mean(a) - mean(b), with Welch's 95% interval: for samples that are
 * independent draws (runs under two conditions diverge into independent histories), where a paired
 * interval over seed-by-seed differences would treat seed k of both as one draw.
 */
public record WelchDifference(double estimate, double low, double high) {
    public static WelchDifference of(double[] a, double[] b) {
        SummaryStatistics sa = new SummaryStatistics(), sb = new SummaryStatistics();
        for (double v : a) sa.addValue(v);
        for (double v : b) sb.addValue(v);
        double va = sa.getVariance() / a.length, vb = sb.getVariance() / b.length;
        double se = Math.sqrt(va + vb);
        double df = se == 0 ? 1 : (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = new TDistribution(Math.max(1, df)).inverseCumulativeProbability(1 - (1 - SampleSummary.LEVEL) / 2) * se;
        double d = sa.getMean() - sb.getMean();
        return new WelchDifference(d, d - half, d + half);
    }
}
