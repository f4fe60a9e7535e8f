package clustersim.report;

import clustersim.analysis.MorrisEffects;
import clustersim.analysis.RobustOls;
import clustersim.analysis.SobolIndices;
import clustersim.experiment.RunsTable;
import clustersim.io.AtomicFiles;
import clustersim.io.CsvFormat;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code clustersim report DIR}: a sweep folder as a document an economist reads, report.md (figures
 * beside it in figures/) and report.html (one self-contained file). Design and provenance; a codebook of
 * every factor and outcome with unit and meaning; for each outcome its figures, the OLS of the outcome on
 * the factors and their pairwise interactions with HC1 standard errors, and for saltelli designs Sobol'
 * first- and total-order indices with bootstrap intervals, for morris designs mu* and sigma. Also writes
 * the tables as tidy CSV: ols.csv, sobol.csv, morris.csv.
 */
public final class SweepDocument {
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";
    public static final String OLS = "ols.csv";
    public static final String SOBOL = "sobol.csv";
    public static final String MORRIS = "morris.csv";
    /** The report's own copies of the figures, at most {@link #REPORT_WIDTH} pixels wide: report.md and report.html stay small. */
    public static final String REPORT_FIGURES = "report-figures";
    static final int REPORT_WIDTH = 1200;
    /** Bootstrap resamples of the index intervals. */
    static final int RESAMPLES = 1000;

    /**
     * More sections per outcome, placed after the outcome's sweep figures. HOOK: the time paths with 95%
     * bands per design point (sweeps run with --timeseries) are to be added here as one such section.
     */
    public interface OutcomeSection {
        /** Blocks for one outcome, or none; {@code dir} is the sweep folder. */
        void write(Path dir, String outcome, Blocks out) throws IOException;
    }

    /** What a section may add: headings, text, tables and figures (PNG paths relative to the sweep folder). */
    public static final class Blocks {
        private final ReportDoc doc;

        Blocks(ReportDoc doc) {
            this.doc = doc;
        }

        public void heading(String text) {
            doc.h(3, text, null);
        }

        public void paragraph(String text) {
            doc.p(text);
        }

        public void table(List<String> header, List<List<String>> rows, String caption) {
            doc.table(header, rows, caption);
        }

        public void figure(String relativePng, String caption) {
            doc.figure(relativePng, caption);
        }
    }

    private final SweepReport sweep;
    private final Path dir;
    private final JsonObject json;
    private final JsonObject resolved;
    private final RunsTable table;
    private final List<OutcomeSection> sections = new ArrayList<>();
    /** Point id to its runs. */
    private final TreeMap<Integer, List<RunsTable.Row>> byPoint = new TreeMap<>();

    public SweepDocument(SweepReport sweep) {
        this.sweep = sweep;
        this.dir = sweep.dir();
        this.json = sweep.manifest().json();
        this.resolved = json.getAsJsonObject("sweep");
        this.table = sweep.table();
        for (RunsTable.Row r : table.rows()) byPoint.computeIfAbsent(r.pointId, k -> new ArrayList<>()).add(r);
        sections.add(TimePathSection.INSTANCE);
    }

    /** Adds a section to every outcome (after the built-in figures, before the statistics). */
    public SweepDocument with(OutcomeSection s) {
        sections.add(s);
        return this;
    }

    /** Writes summary and figures (as merge does), the index figures and tables, report.md and report.html. */
    public List<Path> write() throws IOException {
        List<Path> out = new ArrayList<>();
        SweepReport.Written w = sweep.writeAll(true);
        if (w.figureProblem != null) throw new IOException("the figures could not be drawn: " + w.figureProblem);
        out.addAll(w.files);
        ReportDoc doc = new ReportDoc();
        String design = resolved.get("design").getAsString();
        String name = json.get("name").getAsString();
        doc.h(1, "Sweep " + name + ": what the model says", null);
        doc.p("Written by `clustersim report` from the folder's `sweep.json` and `runs.csv` (" + table.rows().size()
                + " runs). Each outcome of a run is a number computed from its time series (codebook below); figures and tables "
                + "summarise them over the design. Tables are also in `summary.csv`, `ols.csv`" + (design.equals("saltelli") ? ", `sobol.csv`"
                : design.equals("morris") ? ", `morris.csv`" : "") + ".");
        provenance(doc, design);
        codebook(doc);
        List<String> factors = table.factors;
        StringBuilder olsCsv = new StringBuilder("outcome,term,coefficient,se_hc1,t,p,r_squared,n\n");
        StringBuilder sobolCsv = new StringBuilder("outcome,factor,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high,base_samples\n");
        StringBuilder morrisCsv = new StringBuilder("outcome,factor,mu_star,mu_star_ci_low,mu_star_ci_high,mu,sigma,effects\n");
        Map<String, SobolIndices> sobols = new LinkedHashMap<>();
        Map<String, MorrisEffects> morrises = new LinkedHashMap<>();
        for (int o = 0; o < table.outcomes.size(); o++) {
            String metric = table.outcomes.get(o);
            if (design.equals("saltelli")) sobols.put(metric, sobol(o));
            if (design.equals("morris")) morrises.put(metric, morris(o));
        }
        if (!sobols.isEmpty()) overviewSobol(doc, sobols);
        if (!morrises.isEmpty()) overviewMorris(doc, morrises);

        for (int o = 0; o < table.outcomes.size(); o++) {
            String metric = table.outcomes.get(o);
            doc.h(2, "Outcome: " + FigureLabels.metric(metric) + " (`" + metric + "`)", "outcome-" + metric);
            for (String kind : List.of("heatmap", "line", "scatter")) {
                Path png = dir.resolve(SweepReport.FIGURES).resolve(kind + "-" + metric + ".png");
                if (Files.isRegularFile(png)) out.add(compact(doc, png, caption(kind, metric)));
            }
            Blocks blocks = new Blocks(doc);
            for (OutcomeSection s : sections) s.write(dir, metric, blocks);
            SobolIndices s = sobols.get(metric);
            if (s != null) {
                out.addAll(sobolSection(doc, metric, s));
                for (int j = 0; j < factors.size(); j++) {
                    sobolCsv.append(metric).append(',').append(factors.get(j));
                    for (double v : new double[] {s.first[j], s.firstLow[j], s.firstHigh[j], s.total[j], s.totalLow[j], s.totalHigh[j]}) {
                        sobolCsv.append(',').append(CsvFormat.number(v));
                    }
                    sobolCsv.append(',').append(s.n).append('\n');
                }
            } else if (design.equals("saltelli")) {
                doc.p("No Sobol' indices: fewer than 2 base samples have this outcome at every point, or it does not vary.");
            }
            MorrisEffects m = morrises.get(metric);
            if (m != null) {
                out.addAll(morrisSection(doc, metric, m));
                for (int j = 0; j < factors.size(); j++) {
                    morrisCsv.append(metric).append(',').append(factors.get(j));
                    for (double v : new double[] {m.muStar[j], m.muStarLow[j], m.muStarHigh[j], m.mu[j], m.sigma[j]}) {
                        morrisCsv.append(',').append(CsvFormat.number(v));
                    }
                    morrisCsv.append(',').append(m.effects[j]).append('\n');
                }
            }
            RobustOls ols = ols(o);
            olsSection(doc, metric, ols);
            if (ols != null) {
                for (int t = 0; t < ols.terms.size(); t++) {
                    olsCsv.append(metric).append(',').append(ols.terms.get(t));
                    for (double v : new double[] {ols.coefficient[t], ols.se[t], ols.t[t], ols.p[t], ols.rSquared}) olsCsv.append(',').append(CsvFormat.number(v));
                    olsCsv.append(',').append(ols.n).append('\n');
                }
            }
        }
        methods(doc, design);
        out.add(writeText(dir.resolve(OLS), olsCsv.toString()));
        if (!sobols.isEmpty()) out.add(writeText(dir.resolve(SOBOL), sobolCsv.toString()));
        if (!morrises.isEmpty()) out.add(writeText(dir.resolve(MORRIS), morrisCsv.toString()));
        out.add(writeText(dir.resolve(MARKDOWN), doc.markdown()));
        out.add(writeText(dir.resolve(HTML), doc.html("Sweep " + name, dir)));
        return out;
    }

    // ---- design, provenance, codebook ----

    private void provenance(ReportDoc doc, String design) {
        doc.h(2, "Design and provenance", "design");
        List<List<String>> rows = new ArrayList<>();
        int k = table.factors.size();
        String d = design;
        if (design.equals("saltelli")) {
            int n = resolved.get("samples").getAsInt();
            d += " (Saltelli 2010 radial sample from a Sobol' sequence: N = " + n + " base samples x (" + k + " factors + 2) = " + n * (k + 2) + " points)";
        } else if (design.equals("morris")) {
            int r = resolved.get("samples").getAsInt();
            d += " (" + r + " trajectories of " + (k + 1) + " points on a grid of " + resolved.get("levels").getAsInt() + " levels)";
        } else if (resolved.has("samples")) {
            d += " (" + resolved.get("samples").getAsInt() + " points)";
        }
        rows.add(List.of("sweep file", text(resolved, "sweep_file")));
        rows.add(List.of("design", d));
        rows.add(List.of("design points", text(resolved, "points")));
        rows.add(List.of("replications per point", text(resolved, "replications")));
        JsonObject runs = json.getAsJsonObject("runs");
        rows.add(List.of("runs", text(resolved, "runs") + " in the design; " + (runs == null ? "?" : text(runs, "ok") + " ok, " + text(runs, "failed")
                + " failed, " + text(runs, "missing") + " missing") + "; " + table.rows().size() + " rows in runs.csv"));
        rows.add(List.of("master seed", text(resolved, "seed") + " (" + text(resolved, "seeding") + " seeding; each run's seed is in runs.csv)"));
        rows.add(List.of("run length", text(resolved, "steps") + " steps (months)"));
        rows.add(List.of("outcome window", "mean over the last " + resolved.getAsJsonObject("outcomes").get("window").getAsInt() + " steps"));
        JsonObject base = resolved.getAsJsonObject("base_scenario");
        rows.add(List.of("base scenario", base == null ? "?" : text(base, "name") + (base.has("source") ? " (" + text(base, "source") + ")" : "")));
        rows.add(List.of("fixed by the sweep (set)", resolved.get("set").toString()));
        rows.add(List.of("program", text(json, "program") + " " + text(json, "version") + ", git commit " + text(json, "git_commit")));
        rows.add(List.of("started / finished", text(json, "started") + " / " + text(json, "finished") + " (" + text(json, "status") + ")"));
        rows.add(List.of("sessions", Integer.toString(json.getAsJsonArray("sessions").size()) + " (hosts, threads and commits in sweep.json)"));
        rows.add(List.of("fingerprint", text(json, "fingerprint")));
        doc.table(List.of("", "value"), rows, null);
    }

    private void codebook(ReportDoc doc) {
        doc.h(2, "Codebook", "codebook");
        List<List<String>> rows = new ArrayList<>();
        for (JsonElement e : resolved.getAsJsonArray("factors")) {
            JsonObject f = e.getAsJsonObject();
            String range = f.has("levels") ? "levels " + f.getAsJsonArray("levels").toString() : "[" + num(f.get("min").getAsDouble()) + ", "
                    + num(f.get("max").getAsDouble()) + "]";
            rows.add(List.of("`" + text(f, "name") + "`", text(f, "unit"), range, text(f, "description")));
        }
        doc.table(List.of("factor", "unit", "values in the sweep", "meaning"), rows, "Factors (parameters the sweep varies; docs/ODD.md):");
        rows = new ArrayList<>();
        JsonObject outcomes = resolved.getAsJsonObject("outcomes");
        JsonArray book = outcomes.getAsJsonArray("codebook");
        Map<String, JsonObject> byColumn = new LinkedHashMap<>();
        if (book != null) for (JsonElement e : book) byColumn.put(text(e.getAsJsonObject(), "column"), e.getAsJsonObject());
        for (String c : table.outcomes) {
            JsonObject e = byColumn.get(c);
            String meaning = e != null ? text(e, "meaning") : "mean over the last " + outcomes.get("window").getAsInt() + " steps of " + c
                    + (FigureLabels.definition(c) != null ? ": " + FigureLabels.definition(c) : "");
            rows.add(List.of("`" + c + "`", e != null ? text(e, "unit") : "", meaning));
        }
        doc.table(List.of("outcome (runs.csv column)", "unit", "meaning"), rows, "Outcomes (one number per run):");
    }

    // ---- Sobol' ----

    /** Mean of an outcome at each point (over its replications; NaN when none is defined). */
    private double pointMean(int pointId, int outcome) {
        List<RunsTable.Row> rows = byPoint.get(pointId);
        if (rows == null) return Double.NaN;
        double s = 0;
        int n = 0;
        for (RunsTable.Row r : rows) {
            if (!Double.isNaN(r.outcomes[outcome])) {
                s += r.outcomes[outcome];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private SobolIndices sobol(int outcome) {
        int k = table.factors.size(), n = resolved.get("samples").getAsInt();
        double[] fA = new double[n], fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int i = 0; i < n; i++) {
            int first = i * (k + 2) + 1;
            fA[i] = pointMean(first, outcome);
            for (int j = 0; j < k; j++) fAB[j][i] = pointMean(first + 1 + j, outcome);
            fB[i] = pointMean(first + k + 1, outcome);
        }
        return SobolIndices.of(fA, fB, fAB, RESAMPLES, resolved.get("seed").getAsLong() + outcome);
    }

    private void overviewSobol(ReportDoc doc, Map<String, SobolIndices> all) {
        doc.h(2, "Which factor drives which outcome", "overview");
        doc.p("Total-order Sobol' index ST of each factor for each outcome, with its 95% bootstrap interval: the share of the outcome's "
                + "variance over the design that would vanish if the factor were fixed (its effect alone and with all others). "
                + "**Bold**: the interval lies above 0.05.");
        List<String> header = new ArrayList<>(List.of("factor"));
        for (String m : all.keySet()) header.add("`" + m + "`");
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < table.factors.size(); j++) {
            List<String> r = new ArrayList<>(List.of("`" + table.factors.get(j) + "`"));
            for (SobolIndices s : all.values()) {
                if (s == null) {
                    r.add("");
                    continue;
                }
                String c = f2(s.total[j]) + " [" + f2(s.totalLow[j]) + ", " + f2(s.totalHigh[j]) + "]";
                r.add(s.totalLow[j] > 0.05 ? "**" + c + "**" : c);
            }
            rows.add(r);
        }
        doc.table(header, rows, null);
    }

    private List<Path> sobolSection(ReportDoc doc, String metric, SobolIndices s) throws IOException {
        doc.h(3, "Sobol' indices", null);
        List<List<String>> rows = new ArrayList<>();
        double sum = 0;
        for (int j = 0; j < table.factors.size(); j++) {
            sum += s.first[j];
            rows.add(List.of("`" + table.factors.get(j) + "`", f3(s.first[j]), "[" + f3(s.firstLow[j]) + ", " + f3(s.firstHigh[j]) + "]",
                    f3(s.total[j]), "[" + f3(s.totalLow[j]) + ", " + f3(s.totalHigh[j]) + "]", f3(s.total[j] - s.first[j])));
        }
        doc.table(List.of("factor", "first order S", "95% CI", "total order ST", "95% CI", "ST - S (interactions)"), rows,
                String.format(Locale.ROOT, "%d base samples%s; outcome variance %.4g; sum of first-order indices %.2f (1 for an additive model; "
                        + "less: interactions matter). Intervals: percentile bootstrap, %d resamples of the base samples.", s.n,
                        s.n < resolved.get("samples").getAsInt() ? " of " + resolved.get("samples").getAsInt() + " (the others lack the outcome at one of their "
                                + "points: a mean over nothing, or a threshold never crossed; the indices describe the rest only)" : "",
                        s.variance, sum, s.resamples));
        String tail = heavyTail(metric);
        if (tail != null) doc.p("**Caution:** " + tail);
        String note = s.n + " base samples (Saltelli 2010 / Jansen estimators); whiskers: 95% bootstrap intervals";
        List<Path> files = FigureFiles.write(IndexCharts.sobol(table.factors, s.first, s.firstLow, s.firstHigh, s.total, s.totalLow, s.totalHigh, metric, note),
                IndexCharts.WIDTH, IndexCharts.sobolHeight(table.factors.size()), dir.resolve(SweepReport.FIGURES), "sobol-" + metric);
        List<Path> all = new ArrayList<>(files);
        all.add(compact(doc, dir.resolve(SweepReport.FIGURES).resolve("sobol-" + metric + ".png"),
                "Sobol' first- and total-order indices of " + metric + " with 95% bootstrap intervals."));
        return all;
    }

    /**
     * A warning when a few runs dominate the outcome's variance (a ratio of a small denominator, a collapsed
     * cluster): variance-based indices and regressions then describe those runs, not the design.
     */
    private String heavyTail(String metric) {
        int o = table.outcomes.indexOf(metric);
        double[] v = table.rows().stream().mapToDouble(r -> r.outcomes[o]).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length < 10) return null;
        double mean = 0;
        for (double x : v) mean += x / v.length;
        double m2 = 0, m4 = 0;
        for (double x : v) {
            m2 += (x - mean) * (x - mean) / v.length;
            m4 += Math.pow(x - mean, 4) / v.length;
        }
        double kurtosis = m4 / (m2 * m2) - 3;
        if (!(kurtosis > 10)) return null;
        double top = 0;
        int k = Math.max(1, v.length / 100);
        for (int i = v.length - k; i < v.length; i++) top += (v[i] - mean) * (v[i] - mean) / v.length;
        return String.format(Locale.ROOT, "%s is heavy-tailed (excess kurtosis %.0f; median %.4g, largest %.4g): the top 1%% of runs (%d) carry %.0f%% of its "
                + "variance, so its indices and regression describe those few runs. Look at them (runs.csv), or analyse a transformed outcome.",
                metric, kurtosis, Quant.median(v), v[v.length - 1], k, 100 * top / m2);
    }

    /** Median of sorted values. */
    private static final class Quant {
        static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    // ---- Morris ----

    private MorrisEffects morris(int outcome) {
        int k = table.factors.size();
        double[] min = new double[k], max = new double[k];
        JsonArray fs = resolved.getAsJsonArray("factors");
        for (int j = 0; j < k; j++) {
            min[j] = fs.get(j).getAsJsonObject().get("min").getAsDouble();
            max[j] = fs.get(j).getAsJsonObject().get("max").getAsDouble();
        }
        int points = resolved.get("points").getAsInt();
        double[][] x = new double[points][k];
        double[] y = new double[points];
        for (int p = 1; p <= points; p++) {
            List<RunsTable.Row> rows = byPoint.get(p);
            y[p - 1] = pointMean(p, outcome);
            if (rows == null) {
                // a point without runs: copy the previous point, so the step gives no effect rather than a wrong one
                x[p - 1] = p > 1 ? x[p - 2].clone() : new double[k];
                y[p - 1] = Double.NaN;
                continue;
            }
            for (int j = 0; j < k; j++) x[p - 1][j] = (rows.get(0).factors[j] - min[j]) / (max[j] - min[j]);
        }
        return MorrisEffects.of(x, y, RESAMPLES, resolved.get("seed").getAsLong() + outcome);
    }

    private void overviewMorris(ReportDoc doc, Map<String, MorrisEffects> all) {
        doc.h(2, "Which factor drives which outcome", "overview");
        doc.p("Morris's mu* of each factor for each outcome (mean absolute elementary effect: the change of the outcome when the factor "
                + "moves across its whole range, one factor at a time), with sigma in parentheses (large: non-linear or interacting).");
        List<String> header = new ArrayList<>(List.of("factor"));
        for (String m : all.keySet()) header.add("`" + m + "`");
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < table.factors.size(); j++) {
            List<String> r = new ArrayList<>(List.of("`" + table.factors.get(j) + "`"));
            for (MorrisEffects m : all.values()) r.add(g3(m.muStar[j]) + " (" + g3(m.sigma[j]) + ")");
            rows.add(r);
        }
        doc.table(header, rows, null);
    }

    private List<Path> morrisSection(ReportDoc doc, String metric, MorrisEffects m) throws IOException {
        doc.h(3, "Morris elementary effects", null);
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < table.factors.size(); j++) {
            rows.add(List.of("`" + table.factors.get(j) + "`", g3(m.muStar[j]), "[" + g3(m.muStarLow[j]) + ", " + g3(m.muStarHigh[j]) + "]",
                    g3(m.mu[j]), g3(m.sigma[j]), Integer.toString(m.effects[j])));
        }
        doc.table(List.of("factor", "\u03bc*", "95% CI", "\u03bc", "\u03c3", "effects"), rows,
                "Elementary effects in units of the outcome per whole range of the factor. Interval: percentile bootstrap over the effects.");
        String note = "one dot a factor; dashed: \u03c3 = \u03bc*";
        List<Path> files = FigureFiles.write(IndexCharts.morris(table.factors, m.muStar, m.sigma, metric, note), IndexCharts.WIDTH, 650,
                dir.resolve(SweepReport.FIGURES), "morris-" + metric);
        List<Path> all = new ArrayList<>(files);
        all.add(compact(doc, dir.resolve(SweepReport.FIGURES).resolve("morris-" + metric + ".png"), "Morris \u03bc*\u2013\u03c3 plane of " + metric + "."));
        return all;
    }

    // ---- OLS ----

    private RobustOls ols(int outcome) {
        List<RunsTable.Row> rows = table.rows();
        List<Integer> vary = new ArrayList<>();
        for (int j = 0; j < table.factors.size(); j++) {
            double first = rows.isEmpty() ? 0 : rows.get(0).factors[j];
            for (RunsTable.Row r : rows) {
                if (r.factors[j] != first) {
                    vary.add(j);
                    break;
                }
            }
        }
        if (vary.isEmpty()) return null;
        double[][] f = new double[rows.size()][vary.size()];
        double[] y = new double[rows.size()];
        List<String> names = new ArrayList<>();
        for (int j : vary) names.add(table.factors.get(j));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < vary.size(); c++) f[r][c] = rows.get(r).factors[vary.get(c)];
            y[r] = rows.get(r).outcomes[outcome];
        }
        RobustOls.Design d = RobustOls.interactions(f, names);
        RobustOls fit = RobustOls.fit(d.x(), y, d.terms());
        if (fit == null && vary.size() > 1) {
            // too few runs for every interaction: main effects only
            RobustOls.Design main = RobustOls.interactions(f, names);
            double[][] x = new double[rows.size()][names.size()];
            for (int r = 0; r < rows.size(); r++) System.arraycopy(main.x()[r], 0, x[r], 0, names.size());
            fit = RobustOls.fit(x, y, names);
        }
        return fit;
    }

    private void olsSection(ReportDoc doc, String metric, RobustOls ols) {
        doc.h(3, "Regression on the factors and their interactions (OLS, HC1 standard errors)", null);
        if (ols == null) {
            doc.p("Not estimated: too few runs with this outcome for the number of terms, or the factors are collinear.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int hidden = 0;
        for (int t = 0; t < ols.terms.size(); t++) {
            boolean interaction = ols.terms.get(t).contains(":");
            if (interaction && !(ols.p[t] < 0.05)) {
                hidden++;
                continue;
            }
            rows.add(List.of("`" + ols.terms.get(t) + "`", g4(ols.coefficient[t]), g3(ols.se[t]), f2(ols.t[t]), pValue(ols.p[t]) + stars(ols.p[t])));
        }
        doc.table(List.of("term", "coefficient", "HC1 s.e.", "t", "p"), rows, String.format(Locale.ROOT,
                "`%s` on every factor (centred at its mean over the runs) and every pairwise product; n = %d runs, %d terms, R\u00b2 = %.3f. "
                        + "Main effects are slopes at the other factors' means, in outcome units per unit of the factor. %s"
                        + "Stars: one for p < 0.05, two for p < 0.01, three for p < 0.001 (Student t, n - terms degrees of freedom).",
                metric, ols.n, ols.terms.size(), ols.rSquared,
                hidden > 0 ? hidden + " interaction" + (hidden == 1 ? "" : "s") + " with p \u2265 0.05 not shown (all terms in ols.csv). " : ""));
    }

    private void methods(ReportDoc doc, String design) {
        doc.h(2, "How to read this report", "methods");
        doc.p("Each run's outcomes come from one stochastic simulation; replications at a point differ only in their seed. Figures with "
                + "bands show 95% Student-t intervals of the mean over replications (summary.csv). The regression is descriptive: a "
                + "linear-with-interactions surface fitted to the simulated runs, with heteroskedasticity-robust (HC1, White 1980 / "
                + "MacKinnon and White 1985) standard errors because the runs' spread changes across the design; its p-values count "
                + "simulation noise only, so with enough runs every factor is 'significant' - judge effect sizes, not stars.");
        if (design.equals("saltelli")) {
            doc.p("Sobol' indices decompose the variance of the outcome (averaged over replications at each point) over the factors' "
                    + "ranges, each factor uniform over its range: first order S_j = V(E[Y|X_j]) / V(Y) (Saltelli et al. 2010 "
                    + "estimator), total order ST_j = E(V[Y|X_~j]) / V(Y) (Jansen 1999). Simulation noise that replications do "
                    + "not average away inflates total-order indices (noise looks like an interaction with every factor) and "
                    + "widens the intervals. With few base samples a first-order index can come out slightly negative: read it as 0.");
        }
        if (design.equals("morris")) {
            doc.p("Morris screening (Morris 1991; mu* of Campolongo, Cariboni and Saltelli 2007) ranks factors with few runs; it "
                    + "does not apportion variance. Factors with small mu* and sigma can be fixed in later, finer sweeps.");
        }
    }

    // ---- helpers ----

    /** Above this a report figure is stored as JPEG. */
    static final int MAX_PNG_BYTES = 200_000;

    private static java.io.ByteArrayOutputStream jpeg(java.awt.image.BufferedImage img) throws IOException {
        javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.75f);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.write(null, new javax.imageio.IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return out;
    }

    /**
     * Copies a figure into report-figures/, scaled down to at most REPORT_WIDTH pixels (the figures/ PNGs
     * are drawn at twice their size for print; a scatter of every run at that size weighs most of a
     * megabyte), and adds it to the document.
     */
    private Path compact(ReportDoc doc, Path png, String caption) throws IOException {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        if (img == null) throw new IOException(png + " is not a readable PNG");
        int w = Math.min(REPORT_WIDTH, img.getWidth()), h = (int) Math.round(img.getHeight() * (w / (double) img.getWidth()));
        java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        Path folder = dir.resolve(REPORT_FIGURES);
        Files.createDirectories(folder);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        if (!javax.imageio.ImageIO.write(small, "png", bytes)) throw new IOException("no PNG writer");
        String base = png.getFileName().toString().replaceFirst("\\.png$", "");
        Path f = folder.resolve(base + ".png");
        if (bytes.size() > MAX_PNG_BYTES) {
            // a scatter of hundreds of translucent dots does not compress as a PNG; a good JPEG is a third of it
            bytes = jpeg(small);
            Files.deleteIfExists(f);
            f = folder.resolve(base + ".jpg");
        } else {
            Files.deleteIfExists(folder.resolve(base + ".jpg"));
        }
        Path tmp = AtomicFiles.temporary(f);
        Files.write(tmp, bytes.toByteArray());
        AtomicFiles.commit(tmp, f);
        doc.figure(REPORT_FIGURES + "/" + f.getFileName(), caption);
        return f;
    }

    private static String caption(String kind, String metric) {
        switch (kind) {
            case "heatmap": return "Mean of " + metric + " at each grid point (colour).";
            case "line": return "Mean of " + metric + " with its 95% confidence band.";
            default: return metric + " of every run against each factor, with standardised regression coefficients (SRC).";
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static String num(double v) {
        return CsvFormat.number(v);
    }

    static String f2(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String g3(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3g", v);
    }

    static String g4(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String pValue(double p) {
        return Double.isNaN(p) ? "" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static String stars(double p) {
        return p < 0.001 ? " ***" : p < 0.01 ? " **" : p < 0.05 ? " *" : "";
    }

    private static Path writeText(Path f, String text) throws IOException {
        Path tmp = AtomicFiles.temporary(f);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        AtomicFiles.commit(tmp, f);
        return f;
    }
}
