package clustersim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    private static final CSVFormat RUN_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** Numbers of every kind the model writes: missing, whole, negative, tiny, huge, in scientific notation. */
    private static double[] numbers(long seed, int n) {
        Random r = new Random(seed);
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, -0.0, 1, -1, 1e15, -1e15, 1e16,
            0.1, -2.5E-7, 3.0E21, Double.MIN_VALUE, Double.MAX_VALUE, 123456789.125};
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            switch (r.nextInt(4)) {
                case 0 -> v[k] = special[r.nextInt(special.length)];
                case 1 -> v[k] = r.nextInt(2000) - 1000;
                case 2 -> v[k] = r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                default -> v[k] = Double.longBitsToDouble(r.nextLong());
            }
        }
        return v;
    }

    private static String viaPrinter(CSVFormat format, String[] prefix, double[] v) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            for (int row = 0; row < 3; row++) {
                for (String s : prefix) p.print(s);
                for (double x : v) p.print(CsvFormat.number(x));
                p.println();
            }
        }
        return w.toString();
    }

    private static String viaPrintNumbers(CSVFormat format, String[] prefix, double[] v) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            for (int row = 0; row < 3; row++) {
                for (String s : prefix) p.print(s);
                CsvFormat.printNumbers(p, format, v, 0, v.length, prefix.length > 0);
                p.println();
            }
        }
        return w.toString();
    }

    @Test
    void printNumbersWritesTheBytesThePrinterWouldWrite() throws IOException {
        for (long seed = 1; seed <= 50; seed++) {
            double[] v = numbers(seed, 1 + (int) (seed % 40));
            // a record that starts with a number, missing or not, and one that starts with a text field
            if (seed % 5 == 0) v[0] = Double.NaN;
            for (String[] prefix : new String[][] {{}, {"7"}, {""}}) {
                assertEquals(viaPrinter(RUN_FORMAT, prefix, v), viaPrintNumbers(RUN_FORMAT, prefix, v), "seed " + seed);
            }
        }
    }

    @Test
    void printNumbersLeavesOtherQuotingToThePrinter() throws IOException {
        CSVFormat all = RUN_FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();
        CSVFormat pipes = RUN_FORMAT.builder().setDelimiter('|').get();
        double[] v = numbers(99, 30);
        v[0] = Double.NaN;
        assertEquals(viaPrinter(all, new String[0], v), viaPrintNumbers(all, new String[0], v));
        assertEquals(viaPrinter(pipes, new String[0], v), viaPrintNumbers(pipes, new String[0], v));
    }
}
