package clustersim.experiment;

import clustersim.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins the output folders of shards (or of any partial runs of one sweep) into one folder: runs.csv
 * and failures.csv with every run once, in run_id order, design.csv and a sweep.json saying where the
 * rows came from. Refuses folders of different sweeps (their fingerprints differ) and runs whose rows
 * disagree. An output folder that already holds this sweep is merged too, so nothing in it is lost.
 * Summary and figures are recomputed afterwards by the report.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /**
     * What a merge found.
     *
     * @param written whether the merged folder was written (not when runs are missing and that was not allowed)
     */
    public record Result(long designRuns, int ok, int failed, List<String> warnings, boolean written) {
        /** Runs of the design with no row in runs.csv nor in failures.csv. */
        public long missing() {
            return designRuns - ok - failed;
        }

        /** Whether some run of the design has no row in runs.csv (missing or failed). */
        public boolean incomplete() {
            return ok < designRuns;
        }
    }

    /** As {@link #merge(List, Path, boolean)}, writing an incomplete merge too. */
    public static Result merge(List<Path> inputs, Path out) throws IOException, SweepStateException {
        return merge(inputs, out, true);
    }

    /**
     * Reads and checks every folder first; writes only if all of it is sound: every row a row of this
     * sweep (run_id, point, replication, seed and factor values as the design has them; outcomes numbers),
     * no run with two different rows, all folders of one sweep with one design.
     *
     * @param allowIncomplete write the merge even if some runs of the design have no row (missing or failed);
     *                        otherwise such a merge writes nothing and says so ({@link Result#written()} false)
     * @throws SweepStateException for bad input; nothing is written then
     */
    public static Result merge(List<Path> inputs, Path out, boolean allowIncomplete) throws IOException, SweepStateException {
        if (inputs.isEmpty()) throw new SweepStateException("nothing to merge: name at least one sweep folder");
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path p : inputs) dirs.add(p.toAbsolutePath().normalize());
        Path outAbs = out.toAbsolutePath().normalize();
        if (Files.isRegularFile(outAbs.resolve(SweepManifest.NAME))) dirs.add(outAbs);

        List<SweepManifest> manifests = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) throw new SweepStateException(d + ": no such folder");
            SweepManifest m = SweepManifest.read(d);
            if (m == null) throw new SweepStateException(d + ": not a sweep folder (no " + SweepManifest.NAME + ")");
            manifests.add(m);
        }
        SweepManifest first = manifests.get(0);
        List<Path> dirList = new ArrayList<>(dirs);
        for (int k = 1; k < manifests.size(); k++) {
            if (!Objects.equals(first.fingerprint(), manifests.get(k).fingerprint())) {
                throw new SweepStateException("these folders hold different sweeps and cannot be merged:\n  " + dirList.get(0) + ": '"
                        + first.name() + "' fingerprint " + SweepJob.abbreviate(first.fingerprint()) + "\n  " + dirList.get(k) + ": '"
                        + manifests.get(k).name() + "' fingerprint " + SweepJob.abbreviate(manifests.get(k).fingerprint()));
            }
        }

        TreeMap<Integer, String> runs = new TreeMap<>(), failures = new TreeMap<>();
        Map<Integer, Path> runSource = new HashMap<>(); // looked up only
        String runsHeader = null, failuresHeader = null;
        byte[] design = null;
        Path designFrom = null;
        List<String> warnings = new ArrayList<>();
        List<Object> from = new ArrayList<>();
        Set<String> commits = new LinkedHashSet<>();
        for (int k = 0; k < dirList.size(); k++) {
            Path d = dirList.get(k);
            SweepManifest m = manifests.get(k);
            RunsCheck check = RunsCheck.of(m, d);
            byte[] here = Files.readAllBytes(d.resolve(SweepJob.DESIGN));
            if (design == null) {
                design = here;
                designFrom = d;
            } else if (!Arrays.equals(design, here)) {
                throw new SweepStateException(d.resolve(SweepJob.DESIGN) + " differs from " + designFrom.resolve(SweepJob.DESIGN)
                        + " though both folders hold one sweep: one of them was edited");
            }
            commits.add(String.valueOf(m.gitCommit()));
            int before = runs.size();
            Path rf = d.resolve(SweepJob.RUNS);
            if (Files.isRegularFile(rf)) {
                runsHeader = check.header();
                RunsCheck.Rows rows = check.read(rf);
                warnings.addAll(rows.warnings);
                for (var e : rows.byId.entrySet()) {
                    int id = e.getKey();
                    String old = runs.putIfAbsent(id, e.getValue());
                    if (old != null && !old.equals(e.getValue())) {
                        throw new SweepStateException("run " + id + " has different rows in " + runSource.get(id) + " and " + d
                                + ": one sweep run twice should give the same row; was the program changed in between?");
                    }
                    runSource.putIfAbsent(id, d);
                }
            }
            Path ff = d.resolve(SweepJob.FAILURES);
            if (Files.isRegularFile(ff)) {
                List<String> lines = completeLines(ff);
                if (!lines.isEmpty()) {
                    String expected = failuresHeader(check);
                    if (!lines.get(0).equals(expected)) {
                        throw new SweepStateException(ff + ":1: its header is not this sweep's (expected '" + expected + "')");
                    }
                    failuresHeader = expected;
                    for (int n = 1; n < lines.size(); n++) {
                        String l = lines.get(n);
                        int id = failureRunId(l, first.designRuns());
                        if (id < 0) {
                            throw new SweepStateException(ff + ":" + (n + 1) + ": not a failure of a run of this sweep ('"
                                    + (l.length() > 80 ? l.substring(0, 77) + "..." : l) + "')");
                        }
                        failures.putIfAbsent(id, l);
                    }
                }
            }
            Map<String, Object> src = new LinkedHashMap<>();
            src.put("folder", d.toString());
            src.put("shard", m.shard());
            src.put("status", m.status());
            src.put("git_commit", m.gitCommit());
            src.put("runs", runs.size() - before);
            from.add(src);
        }
        failures.keySet().removeAll(runs.keySet()); // a run that failed once and succeeded later is a success
        if (runsHeader == null) throw new SweepStateException("none of the folders has a runs.csv");

        if (commits.size() > 1) {
            warnings.add("the folders were written by different git commits " + commits + ": if the model changed in between, the merged runs mix model versions");
        }
        Result r = new Result(first.designRuns(), runs.size(), failures.size(), warnings, true);
        if (r.incomplete() && !allowIncomplete) return new Result(r.designRuns(), r.ok(), r.failed(), warnings, false);

        Files.createDirectories(outAbs);
        writeLines(outAbs.resolve(SweepJob.RUNS), runsHeader, runs);
        if (failuresHeader != null) writeLines(outAbs.resolve(SweepJob.FAILURES), failuresHeader, failures);
        if (!designFrom.equals(outAbs)) {
            final byte[] designBytes = design;
            AtomicFiles.write(outAbs.resolve(SweepJob.DESIGN), o -> o.write(designBytes));
        }

        SweepManifest merged = SweepManifest.read(dirList.get(0));
        merged.put("status", r.missing() == 0 ? "merged" : "merged-incomplete");
        merged.put("shard", null);
        merged.put("merged", Instant.now().toString());
        merged.put("merged_by", Map.of("version", Provenance.version(), "git_commit", String.valueOf(Provenance.gitCommit())));
        merged.put("merged_from", from);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("design", r.designRuns());
        counts.put("planned", r.designRuns());
        counts.put("ok", r.ok());
        counts.put("failed", r.failed());
        counts.put("missing", r.missing());
        merged.put("runs", counts);
        List<Object> sessions = new ArrayList<>();
        for (SweepManifest m : manifests) sessions.addAll(m.sessions());
        merged.put("sessions", sessions);
        merged.write(outAbs);
        return r;
    }

    private static String failuresHeader(RunsCheck check) {
        return check.failuresHeader();
    }

    /** The run_id of a failures.csv row, or -1 if it is not a run of the design. */
    private static int failureRunId(String line, long designRuns) {
        int comma = line.indexOf(',');
        try {
            long id = Long.parseLong(comma < 0 ? line : line.substring(0, comma));
            return id >= 1 && id <= designRuns ? (int) id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Header and complete lines (a partial last line of a killed shard is left out). */
    private static List<String> completeLines(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) return List.of();
        List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\n", -1)));
        return lines;
    }

    private static void writeLines(Path f, String header, TreeMap<Integer, String> rows) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (String l : rows.values()) b.append(l).append('\n');
        AtomicFiles.writeString(f, b);
    }
}
