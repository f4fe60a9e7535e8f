package clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For a sweep run with {@code --timeseries}: the outcome's monthly path at each design point, the runs'
 * mean with its 95% band ({@link PathBands#fromSweep}), so a reader sees when the outcome settles and how
 * far the points' paths differ, not only the window mean the other figures show.
 */
final class TimePathSection implements SweepDocument.OutcomeSection {
    static final TimePathSection INSTANCE = new TimePathSection();

    private TimePathSection() {
    }

    @Override
    public void write(Path dir, String outcome, SweepDocument.Blocks out) throws IOException {
        if (!Files.isDirectory(dir.resolve("timeseries"))) return;
        if (clustersim.metrics.Metric.byColumn(outcome) == null && !outcome.matches("(dol|specialists)_s\\d+")) return; // a reporter, not a series
        List<Path> written = PathBands.fromSweep(dir, List.of(outcome), dir.resolve(SweepDocument.REPORT_FIGURES));
        Path png = written.stream().filter(p -> p.getFileName().toString().endsWith(".png")).findFirst().orElse(null);
        if (png == null) return;
        out.heading("Time paths per design point");
        out.figure(SweepDocument.REPORT_FIGURES + "/" + png.getFileName(),
                "Monthly " + FigureLabels.metric(outcome) + ": mean of the runs at each design point with its 95% band "
                        + "(from timeseries/run-<run_id>.csv.gz).");
    }
}
