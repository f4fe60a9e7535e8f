package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.io.FolderLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sweep says about its folder: busy, changed, finished (and that it leaves no lock behind). */
class SweepFolderTest {
    @TempDir
    static Path shared;
    static Path sweep, done;

    @BeforeAll
    static void aFinishedSweep() throws Exception {
        sweep = SweepFiles.tinyGrid(shared);
        done = shared.resolve("done");
        Cli c = Cli.run("sweep", sweep.toString(), "--out", done.toString(), "--no-figures");
        assertEquals(0, c.status, c.toString());
    }

    @Test
    void aFinishedSweepLeavesNoLockBehind() {
        assertFalse(Files.exists(done.resolve(".sweep.lock")));
    }

    @Test
    void aSweepIntoAFolderAnotherProcessWritesIsRefusedBeforeItAnnouncesAResume() throws Exception {
        try (FolderLock other = FolderLock.take(done, ".sweep.lock")) {
            Cli c = Cli.run("sweep", sweep.toString(), "--out", done.toString(), "--no-figures");
            assertEquals(1, c.status, c.toString());
            assertEquals(1, c.err.lines().count(), "one line: " + c.err);
            assertFalse(c.err.contains("resuming"), c.err);
            assertTrue(c.err.contains(done + " is being written by another clustersim process"), c.err);
        }
    }

    @Test
    void aChangedSweepIsRefusedSayingWhatChanged() throws Exception {
        String before = Files.readString(done.resolve("runs.csv"));
        Cli reps = Cli.run("sweep", sweep.toString(), "--out", done.toString(), "--replications", "3");
        assertEquals(2, reps.status, reps.toString());
        assertTrue(reps.err.contains("changed: replications 2 → 3."), reps.err);

        Cli set = Cli.run("sweep", sweep.toString(), "--out", done.toString(), "--set", "socialTrust=0.8");
        assertEquals(2, set.status, set.toString());
        assertTrue(set.err.contains("scenario parameter socialTrust 0.25 → 0.8"), set.err);

        Path levels = SweepFiles.write(shared, "levels.yaml", Files.readString(sweep).replace("[0.1, 0.9]", "[0.1, 0.5, 0.9]"));
        Cli factor = Cli.run("sweep", levels.toString(), "--out", done.toString());
        assertEquals(2, factor.status, factor.toString());
        assertTrue(factor.err.contains("factor creditEnvironment levels [0.1, 0.9] → [0.1, 0.5, 0.9]"), factor.err);
        assertEquals(before, Files.readString(done.resolve("runs.csv")), "the folder is not touched");
    }

    @Test
    void theDryRunListsSeedsAndListRunsPrintsThemAll() throws Exception {
        Cli dry = Cli.run("sweep", sweep.toString(), "--out", shared.resolve("never").toString(), "--dry-run");
        assertEquals(0, dry.status, dry.toString());
        String[] run1 = Files.readAllLines(done.resolve("runs.csv")).get(1).split(",");
        assertTrue(dry.out.contains("seeds: run 1: " + run1[3] + ", run 2: "), dry.out);
        assertTrue(dry.out.contains("add --list-runs"), dry.out);

        Cli all = Cli.run("sweep", sweep.toString(), "--list-runs");
        assertEquals(0, all.status, all.toString());
        var lines = all.out.lines().toList();
        assertEquals("run_id,point_id,replication,seed,creditEnvironment,ipProtection", lines.get(0));
        assertEquals(13, lines.size());
        assertEquals(String.join(",", run1[0], run1[1], run1[2], run1[3], run1[4], run1[5]), lines.get(1));
        assertFalse(Files.exists(shared.resolve("never")));
    }

    @Test
    void wroteNamesEveryFileAndCountsFiguresInTheRightNumber() throws Exception {
        Path one = SweepFiles.write(shared, "one.yaml", String.join("\n", "name: one", "scenario: " + SweepFiles.prd(), "steps: 30", "seed: 3",
                "replications: 2", "design: lhs", "samples: 4", "factors:", "  creditEnvironment: {min: 0.1, max: 0.9}",
                "set: {initialFirms: 30, marketSize: 300}", "outcomes: {window: 10, metrics: [va_to_sales]}", ""));
        Path out = shared.resolve("one");
        Cli c = Cli.run("sweep", one.toString(), "--out", out.toString(), "--timeseries");
        assertEquals(0, c.status, c.toString());
        assertTrue(c.out.contains("sensitivity.csv"), c.out);
        assertTrue(c.out.contains("timeseries/"), c.out);
        assertFalse(c.out.contains(" 1 figures"), c.out);
    }
}
