package clustersim.experiment;

import clustersim.io.CsvFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep command end to end on a 12-run sweep of small clusters. */
class SweepRunTest {
    @TempDir
    Path tmp;

    @Test
    void oneRowPerRunAndTheSameBytesWhateverTheThreadCount() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        Cli one = Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("t1").toString(), "--threads", "1", "--no-figures");
        Cli two = Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("t2").toString(), "--threads", "2", "--no-figures");
        assertEquals(0, one.status, one.toString());
        assertEquals(0, two.status, two.toString());

        List<String> rows = Files.readAllLines(tmp.resolve("t1/runs.csv"));
        assertEquals("run_id,point_id,replication,seed,creditEnvironment,ipProtection,division_of_labor,va_to_sales,value_added_per_firm",
                rows.get(0));
        assertEquals(1 + 6 * 2, rows.size(), "a header and points x replications rows");
        Set<String> seeds = new HashSet<>();
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            assertEquals(9, f.length);
            assertFalse(f[6].isEmpty() || f[7].isEmpty() || f[8].isEmpty(), "outcomes present: " + r);
            seeds.add(f[3]);
        }
        assertEquals(12, seeds.size(), "every run its own seed");
        assertEquals(SweepFiles.sortedLines(tmp.resolve("t1/runs.csv")), SweepFiles.sortedLines(tmp.resolve("t2/runs.csv")));
        assertEquals(Files.readString(tmp.resolve("t1/runs.csv")), Files.readString(tmp.resolve("t2/runs.csv")), "finished files are sorted: same bytes");
        assertEquals(Files.readString(tmp.resolve("t1/summary.csv")), Files.readString(tmp.resolve("t2/summary.csv")));
        assertEquals(1 + 6, Files.readAllLines(tmp.resolve("t1/summary.csv")).size());
        assertTrue(Files.readString(tmp.resolve("t1/sweep.json")).contains("\"status\": \"finished\""));
    }

    @Test
    void aRunCanBeReproducedAloneFromItsRow() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("s").toString(), "--no-figures").status);
        String[] row = Files.readAllLines(tmp.resolve("s/runs.csv")).get(8).split(",");
        Cli run = Cli.run("run", SweepFiles.prd().toString(), "--seed", row[3], "--steps", "60", "--set", "initialFirms=40",
                "--set", "marketSize=400", "--set", "creditEnvironment=" + row[4], "--set", "ipProtection=" + row[5],
                "--out", tmp.resolve("single").toString(), "--quiet");
        assertEquals(0, run.status, run.toString());
        List<String> ts = Files.readAllLines(tmp.resolve("single/timeseries.csv"));
        List<String> cols = List.of(ts.get(0).split(","));
        int dol = cols.indexOf("division_of_labor");
        double sum = 0;
        for (String l : ts.subList(ts.size() - 20, ts.size())) sum += Double.parseDouble(l.split(",")[dol]);
        assertEquals(Double.parseDouble(row[6]), sum / 20, 1e-12, "the sweep's outcome is the window mean of the single run");
    }

    @Test
    void theOutcomeEntryPointGivesTheRowsValuesToTheBit() throws Exception {
        Path file = SweepFiles.tinyGrid(tmp);
        assertEquals(0, Cli.run("sweep", file.toString(), "--out", tmp.resolve("s").toString(), "--no-figures").status);
        Sweep sweep = SweepLoader.load(file);
        RunPlan plan = RunPlan.of(sweep, Shard.WHOLE);
        for (String line : Files.readAllLines(tmp.resolve("s/runs.csv")).subList(1, 4)) {
            String[] f = line.split(",");
            int id = Integer.parseInt(f[0]);
            double[] y = OutcomeRun.run(sweep.configAt(plan.pointId(id)), plan.seed(id), sweep.steps(), sweep.outcomes());
            for (int k = 0; k < y.length; k++) assertEquals(f[6 + k], CsvFormat.number(y[k]), line);
        }
        assertEquals(12, new SweepRunner(plan, 2).runDiscardingRows(null).ok());
    }

    @Test
    void aResumedSweepSkipsFinishedRunsAndCutsAPartialLastLine() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        Path whole = tmp.resolve("whole"), cut = tmp.resolve("cut");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", whole.toString(), "--no-figures").status);
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", cut.toString(), "--no-figures").status);
        // as a kill would leave it: 5 complete rows, then half a row
        List<String> lines = Files.readAllLines(cut.resolve("runs.csv"));
        String kept = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, 10);
        Files.writeString(cut.resolve("runs.csv"), kept);
        Cli again = Cli.run("sweep", sweep.toString(), "--out", cut.toString(), "--resume", "--threads", "2", "--no-figures");
        assertEquals(0, again.status, again.toString());
        assertTrue(again.err.contains("5 of 12 runs already done"), again.err);
        assertTrue(again.err.contains("partial last line"), again.err);
        assertTrue(again.out.contains("7 runs in"), again.out);
        assertEquals(Files.readString(whole.resolve("runs.csv")), Files.readString(cut.resolve("runs.csv")));
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(cut.resolve("summary.csv")));
        String json = Files.readString(cut.resolve("sweep.json"));
        assertEquals(2, json.split("\"host\"").length - 1, "two sessions recorded");

        Cli nothing = Cli.run("sweep", sweep.toString(), "--out", cut.toString(), "--no-figures");
        assertEquals(0, nothing.status);
        assertTrue(nothing.out.contains("0 runs in"), nothing.out);
    }

    @Test
    void shardsTogetherAreTheWholeSweep() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("whole").toString(), "--no-figures").status);
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            Cli c = Cli.run("sweep", sweep.toString(), "--shard", i + "/3", "--out", tmp.resolve("shard-" + i).toString(), "--no-figures");
            assertEquals(0, c.status, c.toString());
            List<String> rows = Files.readAllLines(tmp.resolve("shard-" + i + "/runs.csv"));
            total += rows.size() - 1;
            for (String r : rows.subList(1, rows.size())) assertEquals(i - 1, (Integer.parseInt(r.split(",")[0]) - 1) % 3, "interleaved: " + r);
        }
        assertEquals(12, total);
        Cli m = Cli.run("merge", tmp.resolve("shard-1").toString(), tmp.resolve("shard-2").toString(), tmp.resolve("shard-3").toString(),
                "--out", tmp.resolve("merged").toString(), "--no-figures");
        assertEquals(0, m.status, m.toString());
        assertEquals(Files.readString(tmp.resolve("whole/runs.csv")), Files.readString(tmp.resolve("merged/runs.csv")));
        assertEquals(Files.readString(tmp.resolve("whole/summary.csv")), Files.readString(tmp.resolve("merged/summary.csv")));
        assertTrue(Files.readString(tmp.resolve("merged/sweep.json")).contains("\"status\": \"merged\""));

        // a shard cannot be resumed as the whole sweep, nor as another shard
        Cli wrong = Cli.run("sweep", sweep.toString(), "--shard", "2/3", "--out", tmp.resolve("shard-1").toString());
        assertEquals(2, wrong.status, wrong.toString());
        assertTrue(wrong.err.contains("holds shard 1/3"), wrong.err);
    }

    @Test
    void mergeRefusesFoldersOfDifferentSweeps() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "1/2", "--out", tmp.resolve("a").toString(), "--no-figures").status);
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "2/2", "--set", "socialTrust=0.8", "--out", tmp.resolve("b").toString(),
                "--no-figures").status);
        Cli m = Cli.run("merge", tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, m.status, m.toString());
        assertTrue(m.err.contains("different sweeps"), m.err);
        assertFalse(Files.exists(tmp.resolve("m")), "nothing written");
    }

    @Test
    void aFolderOfAnotherSweepIsNotTouched() throws Exception {
        Path sweep = SweepFiles.tinyGrid(tmp);
        Path dir = tmp.resolve("o");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", dir.toString(), "--no-figures").status);
        String before = Files.readString(dir.resolve("runs.csv"));
        Cli c = Cli.run("sweep", sweep.toString(), "--out", dir.toString(), "--replications", "3");
        assertEquals(2, c.status, c.toString());
        assertTrue(c.err.contains("holds results of another sweep"), c.err);
        assertEquals(before, Files.readString(dir.resolve("runs.csv")));
    }

    @Test
    void badSweepFileExitsWithStatusTwoNamingFileLineAndFieldAndWritesNothing() throws Exception {
        Path f = SweepFiles.write(tmp, "bad.yaml", "name: bad\nscenario: " + SweepFiles.prd() + "\nfactors:\n  ipProtection: [0.1, 0.5]\n"
                + "  creditEnvironment: {from: 0, to: 2, step: 0.5}\noutcomes: {window: 10, metrics: [va_to_sales]}\n");
        Path out = tmp.resolve("never");
        Cli c = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertEquals(2, c.status, c.toString());
        assertTrue(c.err.contains(f + ":5: field 'factors.creditEnvironment'"), c.err);
        assertTrue(c.err.contains("a number in [0, 1]"), c.err);
        assertFalse(Files.exists(out));

        assertEquals(2, Cli.run("sweep", SweepFiles.tinyGrid(tmp).toString(), "--shard", "4/3", "--out", out.toString()).status);
        assertEquals(2, Cli.run("sweep", SweepFiles.tinyGrid(tmp).toString(), "--set", "initialFirm=3", "--out", out.toString()).status);
        assertFalse(Files.exists(out));
    }

    @Test
    void dryRunDescribesTheDesignAndWritesNothing() throws Exception {
        Path out = tmp.resolve("dry");
        Cli c = Cli.run("sweep", SweepFiles.tinyGrid(tmp).toString(), "--out", out.toString(), "--dry-run", "--shard", "1/2");
        assertEquals(0, c.status, c.toString());
        assertTrue(c.out.contains("6 points"), c.out);
        assertTrue(c.out.contains("12 runs; 12 distinct seeds"), c.out);
        assertTrue(c.out.contains("shard 1/2: 6 of the 12 runs"), c.out);
        assertTrue(c.out.contains("estimated time"), c.out);
        assertFalse(Files.exists(out));
    }

    @Test
    void timeseriesOptionWritesOneGzipCsvPerRun() throws Exception {
        Path out = tmp.resolve("ts");
        Cli c = Cli.run("sweep", SweepFiles.tinyGrid(tmp).toString(), "--out", out.toString(), "--timeseries", "--shard", "1/4", "--no-figures");
        assertEquals(0, c.status, c.toString());
        List<Path> files;
        try (var s = Files.list(out.resolve("timeseries"))) {
            files = s.sorted().toList();
        }
        assertEquals(List.of("run-01.csv.gz", "run-05.csv.gz", "run-09.csv.gz"), files.stream().map(p -> p.getFileName().toString()).toList());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(files.get(1))), StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            assertTrue(lines.get(0).startsWith("run_id,step,firms,"), lines.get(0));
            assertEquals(1 + 60, lines.size());
            assertTrue(lines.get(60).startsWith("5,60,"), lines.get(60));
        }
    }
}
