package clustersim.gui;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Carries what the live charts need from the model's thread to Swing's. After every step it copies the
 * charted metrics, new parameter changes (policy events, slider moves) and the producers' integration
 * into buffers; the charts take them in batches a few times a second ({@link #drain}). Copying a few
 * numbers is all a step pays, however many charts are open and however slowly they redraw.
 */
final class ChartFeed implements Steppable {
    private static final long serialVersionUID = 1L;

    /** One batch for the charts: rows of {@link #metrics} values, parameter changes, the latest histogram. */
    static final class Batch {
        final int rows;
        final double[] values;
        final List<ClusterModel.ParameterChange> changes;
        /** Producers' integration at the last step of the batch, or null when no step was taken. */
        final double[] integration;
        /** Institutions' events the charts mark besides parameter changes (a guarantee fund running dry). */
        final List<Notice> notices;

        Batch(int rows, double[] values, List<ClusterModel.ParameterChange> changes, double[] integration,
              List<Notice> notices) {
            this.rows = rows;
            this.values = values;
            this.changes = changes;
            this.integration = integration;
            this.notices = notices;
        }

        double get(int row, int column, int width) {
            return values[row * width + column];
        }
    }

    /** Something that happened to an institution at the end of a month, marked on the charts like an event. */
    record Notice(int step, String text) {
    }

    static final String FUND_DRY = "guarantee fund dry", FUND_REFILLED = "guarantee fund refilled";

    private final Metric[] metrics;
    private final List<Notice> notices = new ArrayList<>();
    /** The guarantee fund, month by month: running dry and being refilled are marked on the charts. */
    private final GuaranteeFundWatch fund = new GuaranteeFundWatch();
    private final int width;
    private final Object lock = new Object();
    private double[] buffer;
    private int rows;
    private final List<ClusterModel.ParameterChange> changes = new ArrayList<>();
    private int changesSeen;
    private double[] integration = new double[64];
    private int integrationCount = -1;
    private long stepsFed;

    /** @param metrics the columns to carry; the first is always {@link Metric#STEP} */
    ChartFeed(Metric[] metrics) {
        this.metrics = metrics.clone();
        this.width = metrics.length;
        this.buffer = new double[64 * width];
    }

    Metric[] metrics() {
        return metrics.clone();
    }

    int width() {
        return width;
    }

    /** Forgets everything buffered (a new run starts). */
    void reset() {
        synchronized (lock) {
            rows = 0;
            changes.clear();
            changesSeen = 0;
            integrationCount = -1;
            stepsFed = 0;
            notices.clear();
            fund.reset();
        }
    }

    /** Steps seen since the run started. */
    long stepsFed() {
        synchronized (lock) {
            return stepsFed;
        }
    }

    @Override
    public void step(SimState state) {
        ClusterModel model = (ClusterModel) state;
        ClusterMetrics m = ClusterMetrics.of(model);
        record(model, m, null);
    }

    /**
     * Records month 0, the state a run starts from, as measured by {@code m}: only the {@code stocks} (what
     * exists at the start: firm counts, who makes what); flows over a month (sales, entries, breaches) are
     * left out (NaN, a gap in the line), since no month has passed.
     */
    void recordStart(ClusterModel model, ClusterMetrics m, java.util.Set<Metric> stocks) {
        record(model, m, stocks);
    }

    private void record(ClusterModel model, ClusterMetrics m, java.util.Set<Metric> startStocks) {
        List<Firm> firms = model.firms();
        List<ClusterModel.ParameterChange> log = model.parameterChanges();
        synchronized (lock) {
            if ((rows + 1) * width > buffer.length) buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            int at = rows * width;
            for (int c = 0; c < width; c++) {
                if (startStocks == null) buffer[at + c] = m.get(metrics[c]);
                else if (metrics[c] == Metric.STEP) buffer[at + c] = 0;
                else buffer[at + c] = startStocks.contains(metrics[c]) ? m.get(metrics[c]) : Double.NaN;
            }
            rows++;
            for (int k = changesSeen, n = log.size(); k < n; k++) changes.add(log.get(k));
            changesSeen = log.size();
            int count = 0;
            if (integration.length < firms.size()) integration = new double[Math.max(firms.size(), 2 * integration.length)];
            for (int k = 0, n = firms.size(); k < n; k++) {
                Firm f = firms.get(k);
                if (f.isProducer()) integration[count++] = f.integration(model.chain());
            }
            integrationCount = count;
            if (startStocks == null) stepsFed++;
            // the fund read from the model, the one source of its state
            String news = fund.update(model);
            if (news != null && startStocks == null) notices.add(new Notice((int) model.stepsDone(), news));
        }
    }

    /** Whether the run's guarantee fund is dry at the last month recorded. */
    boolean fundDry() {
        synchronized (lock) {
            return fund.dry();
        }
    }

    /** Takes everything buffered since the last call (Swing thread). */
    Batch drain() {
        synchronized (lock) {
            double[] values = java.util.Arrays.copyOf(buffer, rows * width);
            int n = rows;
            rows = 0;
            List<ClusterModel.ParameterChange> ch = new ArrayList<>(changes);
            changes.clear();
            double[] hist = integrationCount < 0 ? null : java.util.Arrays.copyOf(integration, integrationCount);
            integrationCount = -1;
            List<Notice> no = new ArrayList<>(notices);
            notices.clear();
            return new Batch(n, values, ch, hist, no);
        }
    }
}
