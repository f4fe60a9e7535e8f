package clustersim.experiment;

import clustersim.io.CsvFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a row of runs.csv must be for one sweep: a run_id of the design (and of the folder's shard), that
 * run's point, replication and seed, the point's factor values as the design has them, and outcomes
 * written as clustersim writes numbers (or empty: missing). Resume and merge read runs.csv through this
 * one class, so they accept, drop and refuse the same rows: an exact second copy of a row is dropped
 * (with a warning); two different rows of one run, or a row that is not a row of this sweep, are
 * refused with the file and line.
 */
final class RunsCheck {
    private final String header;
    private final long runCount;
    private final int replications;
    private final long[] seeds;
    /**
     * What each point writes after its seed, as written in CSV, indexed by point_id - 1: its factor values,
     * then its design file's labels (text carried into runs.csv, compared as written).
     */
    private final String[][] factorText;
    /** How many of a point's fixed columns are factors (the rest are labels). */
    private final int factorCount;
    private final int outcomes;
    private final Shard shard;
    private final String[] names;

    private RunsCheck(String header, int replications, long[] seeds, String[][] factorText, int factorCount, int outcomes, Shard shard) {
        this.header = header;
        this.factorCount = factorCount;
        this.runCount = seeds.length;
        this.replications = replications;
        this.seeds = seeds;
        this.factorText = factorText;
        this.outcomes = outcomes;
        this.shard = shard;
        this.names = header.split(",", -1);
    }

    /** For a sweep being run or resumed. */
    static RunsCheck of(Sweep sweep, Shard shard) {
        int factors = sweep.factors().size(), labels = sweep.labels().size();
        String[][] text = new String[sweep.pointCount()][factors + labels];
        for (int p = 1; p <= text.length; p++) {
            for (int j = 0; j < factors; j++) text[p - 1][j] = CsvFormat.number(sweep.value(p, j));
            for (int l = 0; l < labels; l++) text[p - 1][factors + l] = sweep.label(p, l);
        }
        // the outcome columns are the window means and the reporters' columns (Outcomes.columns)
        return new RunsCheck(SweepRunner.runsHeader(sweep), sweep.replications(), sweep.seeds(), text, factors,
                sweep.outcomes().columns().size(), shard);
    }

    /**
     * For a folder to merge, which has no sweep file: the design from its sweep.json and design.csv.
     *
     * @throws SweepStateException if design.csv is missing or does not fit sweep.json
     */
    static RunsCheck of(SweepManifest m, Path folder) throws IOException, SweepStateException {
        Path design = folder.resolve(SweepJob.DESIGN);
        if (!Files.isRegularFile(design)) {
            throw new SweepStateException(folder + ": no " + SweepJob.DESIGN + ", so its rows cannot be checked against the design");
        }
        List<String> factors = m.factorNames();
        List<String> labels = m.labelNames();
        List<double[]> levels = m.factorLevels();
        var resolved = m.sweep();
        int points = resolved.get("points").getAsInt();
        int reps = m.replications();
        List<String> lines = Files.readAllLines(design, StandardCharsets.UTF_8);
        List<String> fixed = new ArrayList<>(factors);
        fixed.addAll(labels);
        String expected = "point_id" + (fixed.isEmpty() ? "" : "," + String.join(",", fixed));
        if (lines.isEmpty() || !lines.get(0).equals(expected)) {
            throw new SweepStateException(design + ":1: header '" + (lines.isEmpty() ? "" : lines.get(0)) + "' is not this sweep's ('" + expected + "')");
        }
        if (lines.size() - 1 != points) {
            throw new SweepStateException(design + ": " + (lines.size() - 1) + " points, but " + SweepManifest.NAME + " says " + points);
        }
        String[][] text = new String[points][fixed.size()];
        for (int p = 1; p <= points; p++) {
            String[] f = lines.get(p).split(",", -1);
            if (f.length != fixed.size() + 1 || !f[0].equals(Integer.toString(p))) {
                throw new SweepStateException(design + ":" + (p + 1) + ": not point " + p + " with " + factors.size() + " factor values"
                        + (labels.isEmpty() ? "" : " and " + labels.size() + " labels"));
            }
            for (int l = 0; l < labels.size(); l++) text[p - 1][factors.size() + l] = f[factors.size() + 1 + l];
            for (int j = 0; j < factors.size(); j++) {
                double v = canonical(f[j + 1]);
                if (Double.isNaN(v) || levels.get(j) != null && Arrays.stream(levels.get(j)).noneMatch(l -> l == v)) {
                    throw new SweepStateException(design + ":" + (p + 1) + ": " + factors.get(j) + " '" + f[j + 1] + "' is not a level of the design");
                }
                text[p - 1][j] = f[j + 1];
            }
        }
        long[] seeds = RunSeeds.forDesign(resolved.get("seed").getAsLong(), points, reps,
                RunSeeds.Seeding.valueOf(resolved.get("seeding").getAsString().toUpperCase(Locale.ROOT)));
        List<String> outcomes = m.outcomeColumns();
        String h = "run_id,point_id,replication,seed" + (fixed.isEmpty() ? "" : "," + String.join(",", fixed)) + "," + String.join(",", outcomes);
        return new RunsCheck(h, reps, seeds, text, factors.size(), outcomes.size(), m.shard() == null ? Shard.WHOLE : Shard.parse(m.shard()));
    }

    String header() {
        return header;
    }

    /** failures.csv's header: run_id, point_id, replication, seed, the factors, error. */
    String failuresHeader() {
        int fixed = factorText.length == 0 ? 0 : factorText[0].length;
        return String.join(",", Arrays.asList(names).subList(0, 4 + fixed)) + ",error";
    }

    /** The rows of a runs.csv that passed: one a run, in run_id order, and what was dropped on the way. */
    static final class Rows {
        final TreeMap<Integer, String> byId = new TreeMap<>();
        final List<String> warnings = new ArrayList<>();
    }

    /**
     * Reads and checks the complete lines of a runs.csv (a partial last line, a write cut short, is left
     * for the caller). Exact duplicates are dropped with a warning.
     *
     * @throws SweepStateException naming file and line, for a wrong header, a row that is not this sweep's or
     *                             two different rows of one run
     */
    Rows read(Path file) throws IOException, SweepStateException {
        Rows rows = new Rows();
        Map<Integer, Integer> lineOf = new HashMap<>(); // looked up only, never iterated
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) return rows;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text.substring(0, end)))) {
            String first = r.readLine();
            if (!header.equals(first)) {
                throw new SweepStateException(file + ":1: its header is not this sweep's (found '" + abbreviate(String.valueOf(first))
                        + "', expected '" + abbreviate(header) + "')");
            }
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                String problem = problem(line);
                if (problem != null) {
                    throw new SweepStateException(file + ":" + no + ": " + problem + " ('" + abbreviate(line)
                            + "'); it is not a row this sweep wrote: delete that line (its run is then run again) or move the folder away");
                }
                int id = Integer.parseInt(line.substring(0, line.indexOf(',')));
                String old = rows.byId.putIfAbsent(id, line);
                if (old == null) {
                    lineOf.put(id, no);
                } else if (old.equals(line)) {
                    rows.warnings.add(file + ":" + no + ": a second copy of run " + id + "'s row (line " + lineOf.get(id) + "): the copy is dropped");
                } else {
                    throw new SweepStateException(file + ":" + no + ": run " + id + " has a second, different row (the first is line "
                            + lineOf.get(id) + "): one run gives one row; delete the wrong one (or both, to run it again)");
                }
            }
        }
        return rows;
    }

    /** Null if the line is a row of this sweep, else what is wrong with it. */
    String problem(String line) {
        String[] f = line.split(",", -1);
        int fields = 4 + (factorText.length == 0 ? 0 : factorText[0].length) + outcomes;
        if (f.length != fields) return f.length + " fields, the header has " + fields;
        long id;
        try {
            id = Long.parseLong(f[0]);
        } catch (NumberFormatException e) {
            return "run_id '" + f[0] + "' is not a whole number";
        }
        if (id < 1 || id > runCount || !f[0].equals(Long.toString(id))) return "run_id " + f[0] + " is not a run of this sweep (1.." + runCount + ")";
        if (!shard.includes(id)) return "run " + id + " is not in shard " + shard;
        int point = (int) ((id - 1) / replications + 1), rep = (int) ((id - 1) % replications + 1);
        if (!f[1].equals(Integer.toString(point))) return "point_id '" + f[1] + "' is not run " + id + "'s point " + point;
        if (!f[2].equals(Integer.toString(rep))) return "replication '" + f[2] + "' is not run " + id + "'s replication " + rep;
        if (!f[3].equals(Long.toString(seeds[(int) id - 1]))) return "seed '" + f[3] + "' is not run " + id + "'s seed " + seeds[(int) id - 1];
        String[] x = factorText[point - 1];
        for (int j = 0; j < x.length; j++) {
            if (!f[4 + j].equals(x[j])) {
                return names[4 + j] + " '" + f[4 + j] + "' is not point " + point + "'s " + (j < factorCount ? "value " : "label ") + x[j];
            }
        }
        for (int j = 4 + x.length; j < f.length; j++) {
            if (!f[j].isEmpty() && Double.isNaN(canonical(f[j]))) return names[j] + " '" + f[j] + "' is not a number (or empty, for missing)";
        }
        return null;
    }

    /** The value of a number as clustersim writes it ({@link CsvFormat#number}), else NaN. */
    private static double canonical(String s) {
        try {
            double v = Double.parseDouble(s);
            return CsvFormat.number(v).equals(s) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
