package clustersim.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HOOK for the time paths of a sweep run with {@code --timeseries}: per design point, each outcome's
 * metric over the months with its 95% band over replications. The band figures are built elsewhere
 * (the compare command's BandPaths); at merge they are drawn here, one figure per outcome. Until then the
 * report says where the series are.
 */
final class TimePathSection implements SweepDocument.OutcomeSection {
    static final TimePathSection INSTANCE = new TimePathSection();

    private TimePathSection() {
    }

    @Override
    public void write(Path dir, String outcome, SweepDocument.Blocks out) {
        if (!Files.isDirectory(dir.resolve("timeseries"))) return;
        out.heading("Time paths per design point");
        out.paragraph("The runs' monthly series are in `timeseries/run-<run_id>.csv.gz`; band figures per design point are not drawn yet.");
    }
}
