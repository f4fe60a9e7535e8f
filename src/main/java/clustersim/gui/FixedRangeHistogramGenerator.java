package clustersim.gui;

import org.jfree.data.statistics.HistogramDataset;
import sim.util.media.chart.HistogramGenerator;
import sim.util.media.chart.HistogramSeriesAttributes;
import sim.util.media.chart.SeriesAttributes;

/**
 * MASON's histogram with bins over a fixed range. MASON bins between the data's own minimum and maximum,
 * so the bars of a share would slide and stretch from step to step; shares belong on [0, 1].
 */
final class FixedRangeHistogramGenerator extends HistogramGenerator {
    private static final long serialVersionUID = 1L;
    private final double min;
    private final double max;

    FixedRangeHistogramGenerator(double min, double max) {
        this.min = min;
        this.max = max;
        setXAxisRange(min, max);
    }

    @Override
    protected void update() {
        SeriesAttributes[] sa = getSeriesAttributes();
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(getHistogramType());
        for (SeriesAttributes a : sa) {
            HistogramSeriesAttributes h = (HistogramSeriesAttributes) a;
            double[] values = h.getValues();
            if (values == null || values.length == 0) values = new double[0];
            // with the range given, JFreeChart takes an empty series too (a row of empty bins)
            dataset.addSeries(new UniqueString(h.getSeriesName()), values, h.getNumBins(), min, max);
        }
        setSeriesDataset(dataset);
    }
}
