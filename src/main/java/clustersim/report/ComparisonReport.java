package clustersim.report;

import clustersim.io.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code clustersim compare} writes: paths.csv, bands.csv and a band figure per metric. */
public final class ComparisonReport {
    public static final String PATHS = "paths.csv";
    public static final String BANDS = "bands.csv";

    private ComparisonReport() {
    }

    /**
     * @param paths {@code paths.get(scenario).get(seed - 1)[t]}: the step, then each metric, at the t-th step
     */
    public static List<Path> write(Path dir, List<String> scenarios, List<String> metrics, List<List<double[][]>> paths,
                                   List<PathBands.Event> events) throws IOException {
        StringBuilder b = new StringBuilder("scenario,seed,step");
        for (String m : metrics) b.append(',').append(m);
        b.append('\n');
        for (int i = 0; i < scenarios.size(); i++) {
            String label = PathBands.csvText(scenarios.get(i));
            for (int s = 0; s < paths.get(i).size(); s++) {
                for (double[] row : paths.get(i).get(s)) {
                    b.append(label).append(',').append(s + 1);
                    for (double v : row) b.append(',').append(CsvFormat.number(v));
                    b.append('\n');
                }
            }
        }
        Map<String, List<PathBands.Band>> bands = new LinkedHashMap<>();
        for (int k = 0; k < metrics.size(); k++) {
            List<PathBands.Band> list = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                List<double[][]> runs = paths.get(i);
                double[][] series = new double[runs.size()][];
                for (int s = 0; s < series.length; s++) {
                    double[][] rows = runs.get(s);
                    series[s] = new double[rows.length];
                    for (int t = 0; t < rows.length; t++) series[s][t] = rows[t][k + 1];
                }
                list.add(PathBands.band(scenarios.get(i), metrics.get(k), series));
            }
            bands.put(metrics.get(k), list);
        }
        // figures first: the tables, written last, are the sign of a finished comparison
        List<Path> out = new ArrayList<>();
        int runs = paths.isEmpty() ? 0 : paths.get(0).size();
        for (String m : metrics) {
            out.addAll(FigureFiles.write(PathBands.chart(m, bands.get(m), events, PathBands.note(runs)), PathBands.WIDTH, PathBands.HEIGHT,
                    dir.resolve("figures"), m));
        }
        out.add(PathBands.writeText(dir.resolve(BANDS), PathBands.bandsCsv("scenario", metrics, bands)));
        out.add(PathBands.writeText(dir.resolve(PATHS), b.toString()));
        return out;
    }
}
