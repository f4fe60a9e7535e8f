package clustersim.experiment;

import clustersim.io.AtomicFiles;
import clustersim.io.CsvFormat;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.ToNumberPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sweep --extend}: makes a folder of a sweep hold a larger version of it, more replications or more
 * design points, keeping every run already there. The larger sweep must be the same sweep but for
 * {@code replications} (not fewer) and {@code samples} (its points must begin with the old points, as
 * they do for sobol, saltelli, random and morris designs and appended design-file rows). Run ids depend
 * on the replication count (run_id = (point_id - 1) x replications + replication), so runs.csv and
 * failures.csv are renumbered; a row's seed derives from its point and replication, and is checked to be
 * the one the larger sweep gives it. sweep.json then describes the larger sweep and records the extension.
 */
public final class SweepExtension {
    /** Keys of the resolved sweep an extension may change. */
    private static final List<String> MAY_CHANGE = List.of("sweep_file", "design_file", "replications", "samples", "points", "runs");

    private final Sweep sweep;
    private final Path dir;
    private final SweepManifest old;
    private final int oldReplications;
    private final int oldPoints;

    private SweepExtension(Sweep sweep, Path dir, SweepManifest old, int oldReplications, int oldPoints) {
        this.sweep = sweep;
        this.dir = dir;
        this.old = old;
        this.oldReplications = oldReplications;
        this.oldPoints = oldPoints;
    }

    /**
     * Checks that the folder holds a smaller version of the sweep; writes nothing.
     *
     * @return null when there is nothing to extend (a new folder, or the folder already holds this sweep)
     * @throws SweepStateException when the folder's sweep differs in more than replications and points
     */
    public static SweepExtension check(Sweep sweep, Path dir) throws IOException, SweepStateException {
        SweepManifest m = SweepManifest.read(dir);
        if (m == null || sweep.fingerprint().equals(m.fingerprint())) return null;
        if (m.shard() != null) throw new SweepStateException(dir + " holds shard " + m.shard() + ": extend the merged sweep, not a shard");
        JsonObject before = m.sweep();
        JsonObject now = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).serializeNulls().create()
                .toJsonTree(sweep.resolved()).getAsJsonObject();
        List<String> changed = new ArrayList<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        for (String k : before.keySet()) keys.put(k, true);
        for (String k : now.keySet()) keys.put(k, true);
        for (String k : keys.keySet()) {
            if (MAY_CHANGE.contains(k)) continue;
            JsonElement a = strip(before.get(k)), b = strip(now.get(k));
            if (a == null ? b != null : !a.equals(b)) changed.add(k);
        }
        if (!changed.isEmpty()) {
            throw new SweepStateException(dir + " holds another sweep: --extend adds replications or design points, but "
                    + String.join(", ", changed) + " changed too; use another --out");
        }
        int r0 = before.get("replications").getAsInt(), p0 = before.get("points").getAsInt();
        if (sweep.replications() < r0) {
            throw new SweepStateException("--extend cannot drop replications: " + dir + " has " + r0 + ", the sweep now " + sweep.replications());
        }
        if (sweep.pointCount() < p0) {
            throw new SweepStateException("--extend cannot drop design points: " + dir + " has " + p0 + ", the sweep now " + sweep.pointCount());
        }
        List<String> design = Files.readAllLines(dir.resolve(SweepJob.DESIGN), StandardCharsets.UTF_8);
        for (int p = 1; p <= p0; p++) {
            StringBuilder b = new StringBuilder().append(p);
            for (int j = 0; j < sweep.factors().size(); j++) b.append(',').append(CsvFormat.number(sweep.value(p, j)));
            for (int l = 0; l < sweep.labels().size(); l++) b.append(',').append(sweep.label(p, l));
            if (p >= design.size() || !design.get(p).equals(b.toString())) {
                throw new SweepStateException("--extend: design point " + p + " of " + dir + " (" + (p < design.size() ? design.get(p) : "missing")
                        + ") is not point " + p + " of the larger sweep (" + b + "): this design does not grow by appending points"
                        + " (a grid or a Latin hypercube is redrawn whole); use another --out");
            }
        }
        return new SweepExtension(sweep, dir, m, r0, p0);
    }

    /** Null-safe copy of a JSON value without the outcome codebook (wording, not results). */
    private static JsonElement strip(JsonElement e) {
        if (e == null || !e.isJsonObject()) return e;
        JsonObject o = e.getAsJsonObject().deepCopy();
        o.remove("codebook");
        return o;
    }

    /** In words, for the command line. */
    public String describe() {
        return "extending " + dir + " from " + oldPoints + " points x " + oldReplications + " replications to " + sweep.pointCount() + " x "
                + sweep.replications();
    }

    /**
     * Renumbers runs.csv and failures.csv, checks every kept row's seed, and rewrites sweep.json. The caller
     * holds the folder's lock ({@link SweepJob#lock()}): opening the lock file again here would drop it.
     */
    public void apply() throws IOException, SweepStateException {
        long[] seeds = sweep.seeds();
        Map<Path, String> rewritten = new LinkedHashMap<>();
        rewritten.put(dir.resolve(SweepJob.RUNS), renumber(dir.resolve(SweepJob.RUNS), SweepRunner.runsHeader(sweep), seeds));
        rewritten.put(dir.resolve(SweepJob.FAILURES), renumber(dir.resolve(SweepJob.FAILURES), SweepRunner.failuresHeader(sweep), seeds));
        for (Map.Entry<Path, String> e : rewritten.entrySet()) {
            if (e.getValue() == null) continue;
            AtomicFiles.writeString(e.getKey(), e.getValue());
        }
        SweepManifest m = SweepManifest.start(sweep, Shard.WHOLE);
        m.sessions().addAll(old.sessions());
        m.put("started", old.get("started"));
        m.put("status", "extended");
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("at", Instant.now().toString());
        ext.put("from_fingerprint", old.fingerprint());
        ext.put("from_points", oldPoints);
        ext.put("from_replications", oldReplications);
        ext.put("to_points", sweep.pointCount());
        ext.put("to_replications", sweep.replications());
        List<Object> all = new ArrayList<>();
        Object before = old.get("extensions");
        if (before instanceof List<?> l) all.addAll(l);
        all.add(ext);
        m.put("extensions", all);
        m.write(dir);
    }

    /** The file with run ids of the larger sweep, rows in run_id order; null if there is no such file. */
    private String renumber(Path file, String header, long[] seeds) throws IOException, SweepStateException {
        if (!Files.isRegularFile(file)) return null;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        text = end < 0 ? "" : text.substring(0, end + 1); // a partial last line (a killed run) is dropped, as a resume would
        String[] lines = text.split("\n", -1);
        if (lines.length < 1 || !lines[0].equals(header)) {
            throw new SweepStateException(file + ": header " + (lines.length > 0 ? lines[0] : "(none)") + " is not the sweep's " + header);
        }
        TreeMap<Integer, String> rows = new TreeMap<>();
        for (int k = 1; k < lines.length; k++) {
            String line = lines[k];
            if (line.isEmpty()) continue;
            String[] f = line.split(",", 5);
            try {
                int point = Integer.parseInt(f[1]), rep = Integer.parseInt(f[2]);
                long seed = Long.parseLong(f[3]);
                int id = (point - 1) * sweep.replications() + rep;
                if (seeds[id - 1] != seed) {
                    throw new SweepStateException(file + ":" + (k + 1) + ": point " + point + " replication " + rep + " ran with seed " + seed
                            + ", the larger sweep gives it " + seeds[id - 1] + " (two seeds of the larger sweep collided and one was re-mixed);"
                            + " extend into another --out");
                }
                rows.put(id, id + line.substring(line.indexOf(',')));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new SweepStateException(file + ":" + (k + 1) + ": not a row of this sweep: " + line);
            }
        }
        StringBuilder b = new StringBuilder(header).append('\n');
        for (String r : rows.values()) b.append(r).append('\n');
        return b.toString();
    }
}
