package clustersim.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * runs.csv read back, rows in run_id order: what summaries, figures and merges work from. Empty fields
 * (missing values) read as NaN.
 */
public final class RunsTable {
    public final List<String> factors;
    public final List<String> outcomes;
    private final List<Row> rows;

    /** One run. */
    public static final class Row {
        public final int runId;
        public final int pointId;
        public final int replication;
        public final long seed;
        public final double[] factors;
        public final double[] outcomes;

        Row(int runId, int pointId, int replication, long seed, double[] factors, double[] outcomes) {
            this.runId = runId;
            this.pointId = pointId;
            this.replication = replication;
            this.seed = seed;
            this.factors = factors;
            this.outcomes = outcomes;
        }
    }

    private RunsTable(List<String> factors, List<String> outcomes, List<Row> rows) {
        this.factors = Collections.unmodifiableList(factors);
        this.outcomes = Collections.unmodifiableList(outcomes);
        this.rows = Collections.unmodifiableList(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * @param factorCount how many columns after run_id, point_id, replication, seed are factors (the rest
     *                    are outcomes); from sweep.json
     */
    public static RunsTable read(Path file, int factorCount) throws IOException, SweepStateException {
        return read(file, factorCount, 0);
    }

    /**
     * @param labelCount how many columns after the factors are a design file's labels (text, skipped here)
     */
    public static RunsTable read(Path file, int factorCount, int labelCount) throws IOException, SweepStateException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) throw new SweepStateException(file + ": empty (no header)");
            List<String> cols = Arrays.asList(header.split(",", -1));
            if (cols.size() < 4 + factorCount + labelCount || !cols.subList(0, 4).equals(List.of("run_id", "point_id", "replication", "seed"))) {
                throw new SweepStateException(file + ": not a runs.csv of a sweep (header: " + header + ")");
            }
            List<String> factors = new ArrayList<>(cols.subList(4, 4 + factorCount));
            List<String> outcomes = new ArrayList<>(cols.subList(4 + factorCount + labelCount, cols.size()));
            List<Row> rows = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length != cols.size()) throw new SweepStateException(file + ":" + lineNo + ": " + f.length + " fields, the header has " + cols.size());
                try {
                    double[] x = new double[factors.size()], y = new double[outcomes.size()];
                    for (int j = 0; j < x.length; j++) x[j] = number(f[4 + j]);
                    for (int j = 0; j < y.length; j++) y[j] = number(f[4 + x.length + labelCount + j]);
                    rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]), x, y));
                } catch (NumberFormatException e) {
                    throw new SweepStateException(file + ":" + lineNo + ": not a number (" + e.getMessage() + ")");
                }
            }
            rows.sort((a, b) -> Integer.compare(a.runId, b.runId));
            return new RunsTable(factors, outcomes, rows);
        }
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
