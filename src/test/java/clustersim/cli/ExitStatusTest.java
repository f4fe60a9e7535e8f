package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import clustersim.experiment.Cli;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Exit status: 0 success, 1 the environment failed (one line: what could not be written and why),
 * 2 bad input (nothing written), 130 interrupted; and every command says so in its --help.
 */
class ExitStatusTest {
    @TempDir
    Path tmp;

    private static final String SMALL_SET = "initialFirms=20";

    /** One line on stderr, no Java stack trace. */
    private static void oneLine(Cli r) {
        String err = r.err.strip();
        assertEquals(1, err.lines().count(), "one line:\n" + r.err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace:\n" + r.err);
    }

    private long partFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void runIntoAFolderThatCannotBeCreatedExits1WithOneLine() throws Exception {
        Path file = tmp.resolve("afile");
        Files.writeString(file, "x");
        Path out = file.resolve("sub");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--steps", "2", "--set", SMALL_SET, "--out", out.toString(), "--quiet");
        assertEquals(1, r.status, r.toString());
        oneLine(r);
        assertTrue(r.err.startsWith("clustersim run: cannot write " + out + ": "), r.err);
        if (Files.isDirectory(Paths.get("/proc/self"))) {
            Cli proc = Cli.run("run", "scenarios/baseline.yaml", "--steps", "2", "--set", SMALL_SET, "--out", "/proc/clustersim-x", "--quiet");
            assertEquals(1, proc.status, proc.toString());
            oneLine(proc);
            assertTrue(proc.err.startsWith("clustersim run: cannot write /proc/clustersim-x: "), proc.err);
        }
    }

    @Test
    void runWhoseFileCannotReplaceWhatIsInTheWayExits1AndLeavesNoPart() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("firms.csv").resolve("in-the-way"));
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--steps", "2", "--set", SMALL_SET, "--out", out.toString(), "--quiet");
        assertEquals(1, r.status, r.toString());
        oneLine(r);
        assertTrue(r.err.contains("cannot write " + out.resolve("firms.csv")), r.err);
        assertEquals(0, partFiles(out), "no .part left behind");
    }

    @Test
    void runWithOutNamingAFileOrNothingIsBadInput() throws Exception {
        Path file = tmp.resolve("afile");
        Files.writeString(file, "x");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--steps", "2", "--set", SMALL_SET, "--out", file.toString(), "--quiet");
        assertEquals(2, r.status, r.toString());
        oneLine(r);
        assertTrue(r.err.contains("is a file, not a folder"), r.err);
        assertEquals("x", Files.readString(file));

        Cli empty = Cli.run("run", "scenarios/baseline.yaml", "--steps", "1", "--set", SMALL_SET, "--out", "", "--quiet");
        assertEquals(2, empty.status, "--out \"\" would write into the working directory: " + empty);
        assertTrue(empty.err.contains("--out: empty"), empty.err);
    }

    @Test
    void guiSnapshotThatCannotBeWrittenExits1BeforeAnyWindowOpens() throws Exception {
        Path file = tmp.resolve("afile");
        Files.writeString(file, "x");
        // a folder in the way of the PNG's temporary, so that even root cannot write it
        Path png = tmp.resolve("shot.png");
        Files.createDirectories(tmp.resolve(".shot.png.part").resolve("in-the-way"));
        Cli r = Cli.run("gui", "--snapshot", png.toString(), "--steps", "1");
        assertEquals(1, r.status, r.toString());
        oneLine(r);
        assertTrue(r.err.startsWith("clustersim gui: cannot write " + png + ": "), r.err);
        if (Files.isDirectory(Paths.get("/proc/self"))) {
            Cli proc = Cli.run("gui", "--snapshot", "/proc/x.png", "--steps", "1");
            assertEquals(1, proc.status, proc.toString());
            assertTrue(proc.err.startsWith("clustersim gui: cannot write /proc/x.png: "), proc.err);
        }
        Cli notPng = Cli.run("gui", "--snapshot", tmp.resolve("shot.jpg").toString());
        assertEquals(2, notPng.status, notPng.toString());
        oneLine(notPng);
        Cli badSet = Cli.run("gui", "--set", "ipProtection=2");
        assertEquals(2, badSet.status, badSet.toString());
        oneLine(badSet);
    }

    @Test
    void guiWithoutADisplaySaysHowToGetOneAndExits1() {
        assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "runs only where there is no display");
        Cli r = Cli.run("gui", "--steps", "1");
        assertEquals(1, r.status, r.toString());
        oneLine(r);
        assertTrue(r.err.contains("xvfb-run"), r.err);
    }

    @Test
    void validateExits0ForAValidScenarioAnd2ForAnUnreadableOne() throws Exception {
        assertEquals(0, Cli.run("validate", "scenarios/baseline.yaml").status);
        Cli r = Cli.run("validate", tmp.toString());
        assertEquals(2, r.status, r.toString());
        oneLine(r);
        assertTrue(r.err.contains("is a folder, not a file"), r.err);
    }

    @Test
    void benchWithBadOptionsIsBadInput() {
        Cli r = Cli.run("bench", "--quick", "--steps", "0");
        assertEquals(2, r.status, r.toString());
        oneLine(r);
    }

    /** A command that throws what it is told to, to check the central handler's mapping. */
    @CommandLine.Command(name = "throw")
    static final class Thrower implements Callable<Integer> {
        static Exception next;

        @Override
        public Integer call() throws Exception {
            throw next;
        }
    }

    private static Cli throwing(Exception e) {
        Thrower.next = e;
        CommandLine cl = Main.commandLine().addSubcommand("throw", new Thrower());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        try (java.io.PrintStream p = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setErr(p);
            int status = cl.execute("throw");
            return Cli.of(status, "", err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void theCentralHandlerTellsBadInputFromAFailingEnvironmentFromAnInterruption() {
        Cli bad = throwing(new ScenarioException("s.yaml", 3, "ipProtection", "value 2 is out of range"));
        assertEquals(2, bad.status);
        assertEquals("clustersim throw: s.yaml:3: field 'ipProtection': value 2 is out of range", bad.err.strip());

        Cli io = throwing(new IOException("No space left on device"));
        assertEquals(1, io.status);
        oneLine(io);
        assertEquals("clustersim throw: I/O error: No space left on device", io.err.strip());

        Cli unchecked = throwing(new UncheckedIOException(new NoSuchFileException("results/x/runs.csv")));
        assertEquals(1, unchecked.status);
        assertEquals("clustersim throw: results/x/runs.csv: no such file or folder", unchecked.err.strip());

        Cli ro = throwing(new java.nio.file.FileSystemException("results/x", null, "Read-only file system"));
        assertEquals(1, ro.status);
        assertEquals("clustersim throw: results/x: Read-only file system", ro.err.strip());

        Cli interrupted = throwing(new InterruptedException());
        assertEquals(130, interrupted.status);
        oneLine(interrupted);

        Cli bug = throwing(new IllegalStateException("a bug"));
        assertEquals(1, bug.status);
        assertTrue(bug.err.contains("internal error") && bug.err.contains("\tat "), "a bug keeps its stack trace, to be reported");
    }

    @Test
    void everyHelpOfTheseCommandsDocumentsItsExitStatuses() {
        for (String[] c : new String[][] {{"--help"}, {"run", "--help"}, {"validate", "--help"}, {"gui", "--help"}, {"bench", "--help"}}) {
            Cli r = Cli.run(c);
            assertEquals(0, r.status, r.toString());
            String help = r.out;
            assertTrue(help.contains("Exit status"), String.join(" ", c) + ":\n" + help);
            assertTrue(help.matches("(?s).*\\n +0 +\\S.*"), "status 0: " + help);
            assertTrue(help.matches("(?s).*\\n +2 +\\S.*"), "status 2: " + help);
            if (!c[0].equals("validate")) {
                assertTrue(help.matches("(?s).*\\n +1 +\\S.*"), "status 1: " + help);
                assertTrue(help.matches("(?s).*\\n +130 +\\S.*"), "status 130: " + help);
            }
        }
    }
}
