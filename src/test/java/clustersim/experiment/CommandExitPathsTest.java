package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every exit path of run, sweep, merge and slurm is in its --help; the slurm paths are tested here (the
 * others beside their behaviour: RunFolderLockTest, RunsIntegrityTest, SweepFolderTest, SweepInterruptTest,
 * SweepRunTest, RunCommandTest).
 */
class CommandExitPathsTest {
    @TempDir
    Path tmp;

    @Test
    void theHelpOfEveryCommandNamesEveryExitStatus() {
        for (String command : new String[] {"run", "validate", "gui", "sweep", "merge", "slurm", "bench", "facts", "compare", "report"}) {
            Cli help = Cli.run(command, "--help");
            assertEquals(0, help.status, help.toString());
            String text = help.out.replaceAll("\\s+", " ");
            int at = text.indexOf("Exit status: 0 ");
            assertTrue(at >= 0, command + ": " + help.out);
            String exits = text.substring(at);
            // validate reads one file and writes nothing: only 0 and 2 apply to it
            String[] codes = command.equals("validate") ? new String[] {" 2 "} : new String[] {" 1 ", " 2 ", "130 interrupted"};
            for (String code : codes) assertTrue(exits.contains(code), command + " lacks '" + code + "': " + exits);
        }
    }

    @Test
    void theCommandListOfTheTopLevelHelpEndsEveryDescriptionWithASentence() {
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            String[] d = sub.getCommandSpec().usageMessage().description();
            assertTrue(d.length > 0 && d[0].endsWith("."), sub.getCommandName() + ": '" + (d.length > 0 ? d[0] : "") + "'");
        }
        Cli bench = Cli.run("bench", "--help");
        assertFalse(bench.out.contains("issue 5"), bench.out);
    }

    @Test
    void slurmExitsZeroOnADryRunAndTwoOnBadInputWritingNothing() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        Path out = tmp.resolve("cluster");
        Cli dry = Cli.run("slurm", sweep.toString(), "--tasks", "3", "--out", out.toString(), "--dry-run");
        assertEquals(0, dry.status, dry.toString());
        assertTrue(dry.out.contains("merge \"${shards[@]}\" --allow-incomplete --out"), dry.out);
        assertFalse(Files.exists(out));

        Cli tasks = Cli.run("slurm", sweep.toString(), "--tasks", "13", "--out", out.toString());
        assertEquals(2, tasks.status, tasks.toString());
        assertTrue(tasks.err.contains("--tasks: must be in [1, 12]"), tasks.err);
        assertFalse(Files.exists(out));

        Path other = tmp.resolve("other");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "1/6", "--out", other.toString(), "--no-figures").status);
        Cli taken = Cli.run("slurm", sweep.toString(), "--tasks", "3", "--out", other.toString(), "--replications", "3");
        assertEquals(2, taken.status, taken.toString());
        assertTrue(taken.err.contains("changed: replications 2 → 3"), taken.err);
        assertFalse(Files.exists(other.resolve("slurm")));
    }

    @Test
    void slurmExitsOneWhenSlurmCannotBeReached() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        Path out = tmp.resolve("cluster");
        ProcessBuilder pb = new ProcessBuilder(SweepFiles.java(), "-cp", SweepFiles.classpath(), "clustersim.cli.Main", "slurm", sweep.toString(),
                "--tasks", "2", "--out", out.toString()).redirectErrorStream(true);
        pb.environment().put("PATH", tmp.resolve("no-slurm-here").toString());
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), said);
        assertTrue(said.contains("submit them by hand once SLURM answers"), said);
        assertTrue(Files.exists(out.resolve("slurm/sweep-array.sbatch")), "the scripts are kept for a submission by hand");
    }
}
