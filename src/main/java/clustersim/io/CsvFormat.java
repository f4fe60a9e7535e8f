package clustersim.io;

import java.io.IOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

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

    /**
     * Prints {@code values[from..to)} as {@link #number}s, the next fields of the printer's record: the same
     * bytes as {@code printer.print(number(v))} for each, without the printer's check of every character of
     * every field for quoting (a run's outputs hold some 100,000 numbers). Under minimal quoting a number
     * needs no quotes: its text holds no delimiter, quote or line break, begins with a digit or '-' and ends
     * with a digit; only an empty field (a missing value) that begins a record is quoted, so a record's
     * first field still goes through the printer. Any other quoting: every field goes through the printer.
     *
     * @param format the printer's format
     * @param recordStarted whether the record already has a field
     */
    public static void printNumbers(CSVPrinter printer, CSVFormat format, double[] values, int from, int to, boolean recordStarted)
            throws IOException {
        int k = from;
        QuoteMode mode = format.getQuoteMode();
        String delimiter = format.getDelimiterString();
        if ((mode != null && mode != QuoteMode.MINIMAL) || !",".equals(delimiter) && !"\t".equals(delimiter) && !";".equals(delimiter)) {
            for (; k < to; k++) printer.print(number(values[k]));
            return;
        }
        if (!recordStarted && k < to) printer.print(number(values[k++]));
        Appendable out = printer.getOut();
        for (; k < to; k++) {
            out.append(delimiter);
            out.append(number(values[k]));
        }
    }
}
