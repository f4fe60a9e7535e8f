package clustersim.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Where the benchmark says what it is doing (stderr), with the seconds since it began. */
public final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    static Progress silent() {
        return new Progress(null);
    }

    void note(String format, Object... args) {
        if (out == null) return;
        double t = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "[bench %6.1f s] %s%n", t, String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
