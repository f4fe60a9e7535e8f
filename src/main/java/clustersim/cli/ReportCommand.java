package clustersim.cli;

import clustersim.experiment.SweepStateException;
import clustersim.report.SweepDocument;
import clustersim.report.SweepReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Turn a sweep's folder into a report an economist can read.",
            "DIR/report.html is one self-contained file (figures embedded, opens offline);",
            "DIR/report.md has its figures beside it in report-figures/. Both hold:",
            "design and provenance, a codebook, each outcome's figures, OLS with HC1",
            "errors, Sobol' indices (saltelli designs) or Morris mu*, sigma (morris).",
            "Also writes summary.csv, ols.csv, sobol.csv / morris.csv (docs/SWEEPS.md)."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:written",
            "  1:a file could not be written or a figure drawn",
            "  2:bad input (DIR is not a sweep folder); nothing written",
            "130:interrupted (Ctrl-C); each file is written whole or not at all"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a sweep's output folder (with sweep.json and runs.csv)")
    Path dir;

    @Override
    public Integer call() {
        SweepReport sweep;
        try {
            if (!Files.isDirectory(dir)) throw new SweepStateException(dir + ": no such folder");
            sweep = SweepReport.of(dir);
        } catch (SweepStateException e) {
            System.err.println("clustersim report: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            System.err.println("clustersim report: cannot read " + dir + ": " + e);
            return Main.BAD_INPUT;
        }
        List<Path> written;
        try {
            written = new SweepDocument(sweep).write();
        } catch (IOException | RuntimeException e) {
            System.err.println("clustersim report: could not write the report in " + dir + ": " + e.getMessage());
            return 1;
        }
        System.out.println("Wrote " + dir.resolve(SweepDocument.HTML) + " and " + dir.resolve(SweepDocument.MARKDOWN) + " (" + written.size() + " files in all).");
        return 0;
    }
}
