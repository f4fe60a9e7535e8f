package clustersim.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Where the benchmark says what it is doing (stderr), with the seconds since it began and the load
 * average; it keeps the highest load seen, since one busy minute is enough to spoil a figure.
 */
public final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();
    private double maxLoad = Double.NaN;

    Progress(PrintStream out) {
        this.out = out;
    }

    static Progress silent() {
        return new Progress(null);
    }

    void note(String format, Object... args) {
        double load = Machine.loadAverage();
        synchronized (this) {
            if (!(load <= maxLoad)) maxLoad = Double.isNaN(maxLoad) ? load : Math.max(maxLoad, load);
        }
        if (out == null) return;
        double t = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "[bench %6.1f s, load %s] %s%n", t, Machine.load(load), String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** The highest 1-minute load average seen at any note, NaN if none was known. */
    synchronized double maxLoad() {
        return maxLoad;
    }
}
