package clustersim.io;

import java.util.Locale;

/**
 * How numbers are written to CSV: whole numbers without a decimal point, others in Java's shortest
 * round-trip form (so a value read back is bit-identical), missing values as an empty field (read as
 * missing by R, pandas and Stata alike). Deterministic, so equal runs give equal bytes.
 */
public final class CsvFormat {
    private CsvFormat() {
    }

    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v).toUpperCase(Locale.ROOT);
    }
}
