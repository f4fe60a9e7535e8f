package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import clustersim.experiment.SweepFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    static final String METRICS = "division_of_labor,va_to_sales,mean_trust,producers";

    Path scenario(String name, String extra) throws Exception {
        return SweepFiles.write(tmp, name + ".yaml", "name: " + name + "\ninitialFirms: 30\nmarketSize: 300\ncreditEnvironment: 0.6\n" + extra);
    }

    @Test
    void compareRowsAreTheRowsOfRunForTheSameSeedsWhateverTheThreads() throws Exception {
        Path a = scenario("calm", ""), b = scenario("reform", "events:\n  - {step: 20, set: {ipProtection: 0.9}, label: IP reform}\n");
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        Cli c = Cli.run("compare", a.toString(), b.toString(), "--seeds", "3", "--steps", "40", "--metrics", METRICS, "--threads", "1", "--out", one.toString());
        assertEquals(0, c.status, c.toString());
        c = Cli.run("compare", a.toString(), b.toString(), "--seeds", "3", "--steps", "40", "--metrics", METRICS, "--threads", "2", "--out", two.toString());
        assertEquals(0, c.status, c.toString());
        assertEquals(Files.readString(one.resolve("paths.csv")), Files.readString(two.resolve("paths.csv")), "the same bytes on 1 and 2 threads");
        assertEquals(Files.readString(one.resolve("bands.csv")), Files.readString(two.resolve("bands.csv")));

        List<String> paths = Files.readAllLines(one.resolve("paths.csv"));
        assertEquals("scenario,seed,step," + METRICS, paths.get(0));
        assertEquals(1 + 2 * 3 * 40, paths.size());
        for (String sc : List.of("calm", "reform")) {
            Path file = sc.equals("calm") ? a : b;
            for (int seed : new int[] {1, 3}) {
                Path dir = tmp.resolve("run-" + sc + seed);
                Cli r = Cli.run("run", file.toString(), "--seed", Integer.toString(seed), "--steps", "40", "--quiet", "--out", dir.toString());
                assertEquals(0, r.status, r.toString());
                List<String> ts = Files.readAllLines(dir.resolve("timeseries.csv"));
                List<String> header = Arrays.asList(ts.get(0).split(",", -1));
                List<String> expected = new ArrayList<>();
                for (String row : ts.subList(1, ts.size())) {
                    String[] f = row.split(",", -1);
                    StringBuilder e = new StringBuilder(sc + "," + seed + "," + f[header.indexOf("step")]);
                    for (String m : METRICS.split(",")) e.append(',').append(f[header.indexOf(m)]);
                    expected.add(e.toString());
                }
                List<String> got = paths.stream().filter(l -> l.startsWith(sc + "," + seed + ",")).toList();
                assertEquals(expected, got, sc + " seed " + seed + ": compare's rows are run's rows");
            }
        }
        List<String> bands = Files.readAllLines(one.resolve("bands.csv"));
        assertTrue(bands.get(0).startsWith("scenario,step,division_of_labor_mean,division_of_labor_ci_low,division_of_labor_ci_high"), bands.get(0));
        assertEquals(1 + 2 * 40, bands.size());
        for (String m : METRICS.split(",")) assertTrue(Files.exists(one.resolve("figures/" + m + ".png")) && Files.exists(one.resolve("figures/" + m + ".svg")));
        String svg = Files.readString(one.resolve("figures/division_of_labor.svg"));
        assertTrue(svg.contains("reform: IP reform"), "the policy event is marked and labelled");
    }

    @Test
    void anUnknownMetricIsBadInputAndWritesNothing() throws Exception {
        Path a = scenario("calm", "");
        Path out = tmp.resolve("none");
        Cli c = Cli.run("compare", a.toString(), "--seeds", "2", "--steps", "10", "--metrics", "division_of_labour", "--out", out.toString());
        assertEquals(2, c.status, c.toString());
        assertTrue(c.err.contains("division_of_labour") && c.err.lines().count() == 1, c.err);
        assertFalse(Files.exists(out));
    }
}
