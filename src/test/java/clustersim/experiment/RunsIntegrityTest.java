package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runs.csv as a user might leave it (a duplicated row, a corrupt one, a row of another design): resume and
 * merge agree on what they keep, drop and refuse, and refuse with one line naming file and line.
 */
class RunsIntegrityTest {
    @TempDir
    static Path shared;
    static Path sweep, whole;

    @TempDir
    Path tmp;

    @BeforeAll
    static void aFinishedSweep() throws Exception {
        sweep = SweepFiles.tinyGrid(shared);
        whole = shared.resolve("whole");
        Cli c = Cli.run("sweep", sweep.toString(), "--out", whole.toString(), "--no-figures");
        assertEquals(0, c.status, c.toString());
    }

    /** A copy of the finished sweep with its runs.csv changed. */
    private Path copyWith(String name, UnaryOperator<List<String>> edit) throws IOException {
        Path d = tmp.resolve(name);
        Files.createDirectories(d);
        try (Stream<Path> s = Files.list(whole)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, d.resolve(p.getFileName()));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(d.resolve("runs.csv")));
        Files.writeString(d.resolve("runs.csv"), String.join("\n", edit.apply(lines)) + "\n", StandardCharsets.UTF_8);
        return d;
    }

    private static List<String> withLine(List<String> lines, int index, String line) {
        lines.add(index, line);
        return lines;
    }

    private Cli resume(Path dir) {
        return Cli.run("sweep", sweep.toString(), "--out", dir.toString(), "--no-figures");
    }

    private Cli merge(Path dir, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("merge", dir.toString(), "--out", out.toString(), "--no-figures"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    private static void assertOneLineNaming(Cli c, String where) {
        assertEquals(2, c.status, c.toString());
        assertEquals(1, c.err.lines().count(), "one line: " + c.err);
        assertTrue(c.err.contains(where), c.err);
        assertFalse(c.err.contains("\tat ") || c.err.contains("Exception"), "no stack trace: " + c.err);
    }

    @Test
    void anExactlyDuplicatedRowIsDroppedWithAWarningByResumeAndMergeAlike() throws Exception {
        Path dup = copyWith("dup", l -> withLine(l, 5, l.get(4))); // line 6 repeats line 5 (sed -i '5p')
        Path dup2 = copyWith("dup2", l -> withLine(l, 5, l.get(4)));
        Cli resumed = resume(dup);
        assertEquals(0, resumed.status, resumed.toString());
        assertTrue(resumed.err.contains("runs.csv:6: a second copy of run 4's row (line 5): the copy is dropped"), resumed.err);
        assertEquals(Files.readString(whole.resolve("runs.csv")), Files.readString(dup.resolve("runs.csv")));
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(dup.resolve("summary.csv")), "n and means as without the copy");

        Cli merged = merge(dup2, tmp.resolve("m"));
        assertEquals(0, merged.status, merged.toString());
        assertTrue(merged.err.contains("a second copy of run 4's row"), merged.err);
        assertEquals(Files.readString(dup.resolve("runs.csv")), Files.readString(tmp.resolve("m/runs.csv")), "resume and merge agree");
        assertEquals(Files.readString(dup.resolve("summary.csv")), Files.readString(tmp.resolve("m/summary.csv")));
    }

    @Test
    void twoDifferentRowsOfOneRunAreRefusedByResumeAndMergeAlike() throws Exception {
        Path d = copyWith("conflict", l -> withLine(l, 5, l.get(4).replaceFirst(",[^,]*$", ",12345")));
        String before = Files.readString(d.resolve("runs.csv"));
        assertOneLineNaming(resume(d), d.resolve("runs.csv") + ":6: run 4 has a second, different row (the first is line 5)");
        assertEquals(before, Files.readString(d.resolve("runs.csv")), "the file is left as it was");
        assertOneLineNaming(merge(d, tmp.resolve("m")), d.resolve("runs.csv") + ":6: run 4 has a second, different row");
        assertFalse(Files.exists(tmp.resolve("m")), "nothing written");
    }

    @Test
    void aCorruptMiddleRowIsRefusedNamingFileAndLineWithoutAStackTrace() throws Exception {
        Path d = copyWith("corrupt", l -> {
            l.set(5, l.get(5).replaceFirst(",[^,]*$", ",notanumber"));
            return l;
        });
        assertOneLineNaming(resume(d), d.resolve("runs.csv") + ":6: value_added_per_firm 'notanumber' is not a number");
        assertOneLineNaming(merge(d, tmp.resolve("m")), d.resolve("runs.csv") + ":6: value_added_per_firm 'notanumber' is not a number");
        assertFalse(Files.exists(tmp.resolve("m")), "merge wrote nothing");
        Cli dry = Cli.run("sweep", sweep.toString(), "--out", d.toString(), "--dry-run");
        assertEquals(2, dry.status, "the dry run looks at the rows too: " + dry);
    }

    @Test
    void mergeRefusesRowsThatAreNotOfTheDesignAndWritesNothing() throws Exception {
        String[] row = Files.readAllLines(whole.resolve("runs.csv")).get(3).split(",", -1); // run 3
        String[][] cases = {
            {"999", "run_id 999 is not a run of this sweep (1..12)"},
            {"seed", "seed '42' is not run 3's seed"},
            {"factor", "creditEnvironment '0.5' is not point 2's value 0.1"},
        };
        for (String[] c : cases) {
            String[] f = row.clone();
            switch (c[0]) {
                case "999" -> f[0] = "999";
                case "seed" -> f[3] = "42";
                default -> f[4] = "0.5";
            }
            Path d = copyWith("bad-" + c[0], l -> {
                l.set(3, String.join(",", f));
                return l;
            });
            Path out = tmp.resolve("out-" + c[0]);
            Cli m = merge(d, out);
            assertOneLineNaming(m, d.resolve("runs.csv") + ":4: " + c[1]);
            assertFalse(Files.exists(out), "nothing written for " + c[0]);
            assertOneLineNaming(resume(d), d.resolve("runs.csv") + ":4: " + c[1]);
        }
    }

    @Test
    void anIncompleteMergeExitsOneAndWritesNothingUnlessAllowed() throws Exception {
        Path shard = tmp.resolve("shard-1");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "1/3", "--out", shard.toString(), "--no-figures").status);
        Path out = tmp.resolve("merged");
        Cli m = merge(shard, out);
        assertEquals(1, m.status, m.toString());
        assertTrue(m.err.contains("the sweep is incomplete (4 of 12 runs have rows, 0 failed, 8 missing); nothing written"), m.err);
        assertFalse(Files.exists(out));

        Cli allowed = merge(shard, out, "--allow-incomplete");
        assertEquals(0, allowed.status, allowed.toString());
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"status\": \"merged-incomplete\""));
        assertFalse(allowed.out.contains("figures"), "--no-figures: no figures claimed: " + allowed.out);
    }
}
