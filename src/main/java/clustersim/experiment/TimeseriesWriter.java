package clustersim.experiment;

import clustersim.io.CsvFormat;
import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.MetricsListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams one row of metrics per step to CSV (timeseries.csv), header first. */
public final class TimeseriesWriter implements MetricsListener, AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private final CSVPrinter printer;
    private boolean headerDone;
    private final String[] prefixColumns;
    private final String[] prefixValues;

    /**
     * @param out where to write (closed by {@link #close()})
     * @param prefixColumns extra leading columns with constant values (e.g. run_id), may be empty
     */
    public TimeseriesWriter(OutputStream out, String[] prefixColumns, String[] prefixValues) {
        try {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.prefixColumns = prefixColumns.clone();
        this.prefixValues = prefixValues.clone();
    }

    public TimeseriesWriter(OutputStream out) {
        this(out, new String[0], new String[0]);
    }

    @Override
    public void stepMeasured(ClusterMetrics metrics) {
        try {
            if (!headerDone) {
                for (String c : prefixColumns) printer.print(c);
                for (String c : metrics.columns()) printer.print(c);
                printer.println();
                headerDone = true;
            }
            for (String v : prefixValues) printer.print(v);
            double[] values = metrics.values();
            CsvFormat.printNumbers(printer, FORMAT, values, 0, values.length, prefixValues.length > 0);
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
