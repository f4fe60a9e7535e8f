package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose runs.csv has more than the window means (a reporter's columns) and more than the factors
 * (a design file's label column) resumes after an interruption and merges like any other: the rows it
 * wrote are its own. (Resume once counted only the factors and the window means, and refused such a
 * sweep's own rows: "30 fields, the header has 27".)
 */
class ResumeWithReportersAndLabelsTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepWithReportersAndLabelsResumesAndMergesItsOwnRows() throws Exception {
        SweepFiles.write(tmp, "points.csv", String.join("\n",
                "creditEnvironment,ipProtection,policy",
                "0.1,0.2,weak",
                "0.5,0.5,middle",
                "0.9,0.8,strong",
                ""));
        Path sweep = SweepFiles.write(tmp, "labelled.yaml", String.join("\n",
                "name: labelled",
                "scenario: " + SweepFiles.prd(),
                "steps: 60",
                "seed: 11",
                "replications: 2",
                "design: file",
                "designFile: points.csv",
                "factors: [creditEnvironment, ipProtection]",
                "set: {initialFirms: 40, marketSize: 400}",
                "outcomes:",
                "  window: 20",
                "  metrics: [division_of_labor, va_to_sales]",
                "  reporters:",
                "    division_of_labor: [final, max, {first_step_above: 0.05}]",
                ""));
        Path whole = tmp.resolve("whole"), cut = tmp.resolve("cut");
        Cli c = Cli.run("sweep", sweep.toString(), "--out", whole.toString(), "--no-figures");
        assertEquals(0, c.status, c.toString());
        List<String> rows = Files.readAllLines(whole.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertTrue(rows.get(0).endsWith(",policy,division_of_labor,va_to_sales,division_of_labor_final,division_of_labor_max,"
                + "division_of_labor_first_step_above_0.05"), rows.get(0));
        assertEquals(7, rows.size(), "3 points x 2 replications");

        // an interrupted sweep: the same folder with half its rows
        Files.createDirectories(cut);
        try (var files = Files.list(whole)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, cut.resolve(p.getFileName()));
        }
        Files.writeString(cut.resolve("runs.csv"), String.join("\n", rows.subList(0, 4)) + "\n", StandardCharsets.UTF_8);
        Files.delete(cut.resolve("summary.csv"));
        Cli resumed = Cli.run("sweep", sweep.toString(), "--out", cut.toString(), "--no-figures");
        assertEquals(0, resumed.status, resumed.toString());
        assertEquals(SweepFiles.sortedLines(whole.resolve("runs.csv")), SweepFiles.sortedLines(cut.resolve("runs.csv")),
                "the resumed sweep ran the three missing runs, to the same rows");
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(cut.resolve("summary.csv")));

        Cli merged = Cli.run("merge", whole.toString(), "--out", tmp.resolve("merged").toString(), "--no-figures");
        assertEquals(0, merged.status, merged.toString());
        assertEquals(SweepFiles.sortedLines(whole.resolve("runs.csv")), SweepFiles.sortedLines(tmp.resolve("merged/runs.csv")));

        // and a label that is not the point's is still refused, naming the file and line
        Files.writeString(cut.resolve("runs.csv"), String.join("\n", rows.subList(0, 2)) + "\n"
                + rows.get(2).replace(",weak,", ",strong,").replace(",middle,", ",strong,") + "\n", StandardCharsets.UTF_8);
        Cli refused = Cli.run("sweep", sweep.toString(), "--out", cut.toString(), "--no-figures");
        assertEquals(2, refused.status, refused.toString());
        assertTrue(refused.err.contains("runs.csv:3: policy 'strong' is not point"), refused.err);
    }
}
