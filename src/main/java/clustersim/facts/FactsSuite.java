package clustersim.facts;

import clustersim.analysis.SampleSummary;
import clustersim.experiment.SeedPaths;
import clustersim.metrics.MetricRange;
import clustersim.model.ClusterConfig;
import clustersim.model.Param;
import clustersim.report.FactCharts;
import clustersim.report.FactsReport;
import clustersim.report.FigureFiles;
import clustersim.report.PathBands;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;

/**
 * Runs a catalogue of facts: plans every (condition, seed) run the facts and their figures need, runs each
 * once on all cores (facts sharing a condition share its runs), measures each check and draws each figure.
 * The k-th run of every condition is model seed firstSeed + k - 1 (seed k by default), so any run can be
 * redone with {@code clustersim run --seed}.
 */
public final class FactsSuite {
    /**
     * How to run the catalogue: {@code seeds} replaces each fact's seed count when positive, and the runs
     * use model seeds {@code firstSeed} onwards (a second set of seeds tells a fact that holds from one that
     * passed on its seeds' luck); {@code set} changes every condition after its scenario file and before
     * the condition's own settings, so a fact's contrast (say ipProtection 0.1 against 0.9) keeps its
     * meaning (the quick version shrinks the cluster this way); {@code root} is where the scenario paths
     * are relative to; without {@code figures} only the runs the checks need are done.
     */
    public record Settings(int seeds, long firstSeed, List<String> set, int threads, Path root, String name, boolean figures) {
        public Settings {
            set = List.copyOf(set);
        }

        public static Settings full(int threads) {
            return new Settings(0, 1, List.of(), threads, Paths.get(""), "full", true);
        }

        public Settings withSeeds(int n) {
            return new Settings(n, firstSeed, set, threads, root, name, figures);
        }

        public Settings withFirstSeed(long first) {
            return new Settings(seeds, first, set, threads, root, name, figures);
        }

        /** These assignments (name=value) as well, after the ones already set. */
        public Settings withSet(List<String> more) {
            List<String> all = new ArrayList<>(set);
            all.addAll(more);
            return new Settings(seeds, firstSeed, all, threads, root, name, figures);
        }

        /** Only the checks, no figures: what a unit test of the facts needs. */
        public Settings checksOnly() {
            return new Settings(seeds, firstSeed, set, threads, root, name, false);
        }

        /** The version the test suite runs: 3 seeds, a fifth of the cluster (60 firms, a fifth of the market). */
        public static Settings quick(int threads) {
            return new Settings(3, 1, List.of("initialFirms=60", "marketSize=600"), threads, Paths.get(""), "quick", true);
        }

        /** The model seeds the runs use, as a phrase: "1 to 12". */
        public String seedRange(int n) {
            return firstSeed + " to " + (firstSeed + n - 1);
        }
    }

    public record CheckResult(Check check, Measurement measurement, String problem, boolean pass) {
    }

    public record FactResult(Fact fact, int seeds, List<CheckResult> checks, boolean pass) {
    }

    private final List<Fact> facts;
    private final Settings settings;
    private final Map<String, List<SeedPaths.Path>> runs = new LinkedHashMap<>();
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private final Map<String, Integer> seedsNeeded = new LinkedHashMap<>();
    private List<String> metrics = List.of();

    public FactsSuite(List<Fact> facts, Settings settings) {
        this.facts = List.copyOf(facts);
        this.settings = settings;
    }

    int seedsOf(Fact f) {
        return settings.seeds() > 0 ? settings.seeds() : f.seeds();
    }

    /** Every run the facts need, as jobs; checks the scenarios (bad input) before anything runs. */
    List<SeedPaths.Job> plan() throws ScenarioException {
        conditions.clear();
        seedsNeeded.clear();
        TreeSet<String> ms = new TreeSet<>();
        Map<String, Integer> steps = new LinkedHashMap<>();
        for (Fact f : facts) {
            List<Term> terms = new ArrayList<>();
            for (Check c : f.checks()) terms.addAll(c.statistic().terms());
            for (Term t : terms) {
                need(t.condition(), f);
                steps.put(t.condition().label(), Math.max(steps.getOrDefault(t.condition().label(), 0), f.steps()));
                ms.add(t.quantity().metric());
            }
            if (!settings.figures()) continue;
            for (Condition c : figureConditions(f.figure())) {
                need(c, f);
                steps.put(c.label(), Math.max(steps.getOrDefault(c.label(), 0), f.steps()));
            }
            ms.addAll(figureMetrics(f.figure()));
        }
        metrics = List.copyOf(ms);
        List<SeedPaths.Job> jobs = new ArrayList<>();
        for (var e : conditions.entrySet()) {
            ClusterConfig config = config(e.getValue(), steps.get(e.getKey()));
            for (int k = 0; k < seedsNeeded.get(e.getKey()); k++) jobs.add(new SeedPaths.Job(config, settings.firstSeed() + k, steps.get(e.getKey())));
        }
        return jobs;
    }

    private void need(Condition c, Fact f) {
        conditions.putIfAbsent(c.label(), c);
        seedsNeeded.merge(c.label(), seedsOf(f), Math::max);
    }

    private ClusterConfig config(Condition c, int steps) throws ScenarioException {
        Scenario s = c.scenario() == null ? Scenario.defaults() : ScenarioLoader.load(settings.root().resolve(c.scenario()));
        List<String> set = new ArrayList<>(settings.set());
        set.addAll(c.set());
        s = s.withOverrides(set, "facts: " + c.label()).with(Param.STEPS, steps);
        s.checkEvents(steps);
        return s.config();
    }

    /** Runs everything and measures every check. */
    public List<FactResult> run(SeedPaths.Progress progress) throws ScenarioException, InterruptedException {
        List<SeedPaths.Job> jobs = plan();
        List<SeedPaths.Path> paths = SeedPaths.run(jobs, metrics, settings.threads(), progress);
        int k = 0;
        for (var e : conditions.entrySet()) {
            int n = seedsNeeded.get(e.getKey());
            runs.put(e.getKey(), paths.subList(k, k + n));
            k += n;
        }
        List<FactResult> out = new ArrayList<>();
        Evidence ev = this::values;
        for (Fact f : facts) {
            int seeds = seedsOf(f);
            List<CheckResult> cs = new ArrayList<>();
            boolean all = true;
            for (Check c : f.checks()) {
                CheckResult r;
                try {
                    Measurement m = c.statistic().measure(ev, seeds);
                    r = new CheckResult(c, m, null, c.threshold().passes(m));
                } catch (NotMeasurable e) {
                    r = new CheckResult(c, null, "not measurable: " + e.getMessage(), false);
                }
                all &= r.pass();
                cs.add(r);
            }
            out.add(new FactResult(f, seeds, cs, all));
        }
        return out;
    }

    /** Total runs the plan holds (after {@link #plan()} or {@link #run}). */
    public int runCount() throws ScenarioException {
        return plan().size();
    }

    double[] values(Condition c, Quantity q, int seeds) throws NotMeasurable {
        List<SeedPaths.Path> ps = runs.get(c.label());
        if (ps == null || ps.size() < seeds) throw new IllegalStateException("no runs planned for " + c.label());
        double[] out = new double[seeds];
        for (int s = 0; s < seeds; s++) out[s] = value(ps.get(s), q);
        return out;
    }

    static double value(SeedPaths.Path p, Quantity q) throws NotMeasurable {
        if (q instanceof Quantity.Window w) return window(p, w);
        Quantity.Change c = (Quantity.Change) q;
        double before = window(p, c.before()), after = window(p, c.after());
        double d = c.relative() ? (after - before) / before : after - before;
        if (Double.isInfinite(d)) d = Double.NaN;
        return c.absolute() ? Math.abs(d) : d;
    }

    static double window(SeedPaths.Path p, Quantity.Window w) throws NotMeasurable {
        double[] v = p.series(w.metric());
        if (v == null) throw new NotMeasurable("metric " + w.metric() + " missing");
        int from = w.from() < 0 ? v.length + w.from() + 1 : w.from(), to = w.from() < 0 ? v.length : w.to();
        if (from < 1 || to > v.length || from > to) throw new NotMeasurable("months " + from + "\u2013" + to + " are not in a run of " + v.length);
        double sum = 0;
        int n = 0;
        for (int t = from; t <= to; t++) {
            if (Double.isNaN(v[t - 1])) continue;
            sum += v[t - 1];
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    // ---- figures ----

    static List<Condition> figureConditions(FactFigure f) {
        if (f instanceof FactFigure.OverFactor o) {
            List<Condition> out = new ArrayList<>();
            for (double v : o.levels()) out.add(Statistic.at(o.base(), o.factor(), v));
            return out;
        }
        if (f instanceof FactFigure.Conditions c) return c.conditions();
        return ((FactFigure.Paths) f).conditions();
    }

    static List<String> figureMetrics(FactFigure f) {
        if (f instanceof FactFigure.OverFactor o) return List.of(o.quantity().metric());
        if (f instanceof FactFigure.Conditions c) return c.metrics();
        return List.of(((FactFigure.Paths) f).metric());
    }

    /** The figure of a fact, or null when its metric is missing. */
    JFreeChart chart(Fact fact, int seeds) {
        FactFigure fig = fact.figure();
        try {
            if (fig instanceof FactFigure.OverFactor o) {
                int n = o.levels().length;
                double[] mean = new double[n], lo = new double[n], hi = new double[n];
                double[][] all = new double[n][];
                MetricRange r = MetricRange.of(o.quantity().metric());
                for (int k = 0; k < n; k++) {
                    all[k] = values(Statistic.at(o.base(), o.factor(), o.levels()[k]), o.quantity(), seeds);
                    SampleSummary s = SampleSummary.of(all[k], r.lower(), r.upper());
                    mean[k] = s.mean;
                    lo[k] = s.ciLow;
                    hi[k] = s.ciHigh;
                }
                return FactCharts.overFactor(o.factor(), o.levels(), mean, lo, hi, all, o.quantity().metric(),
                        String.format(Locale.ROOT, "%s; each run: mean of its last %d months; %d seeds a level", o.base().label(), -o.quantity().from(), seeds));
            }
            if (fig instanceof FactFigure.Conditions c) {
                List<String> ms = new ArrayList<>(), names = new ArrayList<>();
                List<double[]> m = new ArrayList<>(), l = new ArrayList<>(), h = new ArrayList<>();
                for (String metric : c.metrics()) {
                    double[] mm = new double[c.conditions().size()], ll = mm.clone(), hh = mm.clone();
                    MetricRange r = MetricRange.of(metric);
                    try {
                        for (int k = 0; k < mm.length; k++) {
                            SampleSummary s = SampleSummary.of(values(c.conditions().get(k), Quantity.Window.last(metric, c.window()), seeds), r.lower(), r.upper());
                            mm[k] = s.mean;
                            ll[k] = s.ciLow;
                            hh[k] = s.ciHigh;
                        }
                    } catch (NotMeasurable e) {
                        continue;
                    }
                    ms.add(metric);
                    int at = c.metrics().indexOf(metric);
                    names.add(at < c.metricNames().size() ? c.metricNames().get(at) : null);
                    m.add(mm);
                    l.add(ll);
                    h.add(hh);
                }
                if (ms.isEmpty()) return null;
                return FactCharts.conditions(c.labels(), ms, names, m.toArray(new double[0][]), l.toArray(new double[0][]), h.toArray(new double[0][]),
                        String.format(Locale.ROOT, "dot: mean over %d seeds of each run's mean over its last %d months; bar: 95%% confidence interval", seeds, c.window()));
            }
            FactFigure.Paths p = (FactFigure.Paths) fig;
            List<PathBands.Band> bands = new ArrayList<>();
            for (int k = 0; k < p.conditions().size(); k++) {
                List<SeedPaths.Path> ps = runs.get(p.conditions().get(k).label());
                double[][] series = new double[seeds][];
                for (int s = 0; s < seeds; s++) {
                    series[s] = ps.get(s).series(p.metric());
                    if (series[s] == null) return null;
                }
                bands.add(PathBands.band(p.labels().get(k), p.metric(), series));
            }
            List<PathBands.Event> events = new ArrayList<>();
            for (int k = 0; k < p.marks().size(); k++) events.add(new PathBands.Event(p.marks().get(k), p.markLabels().get(k)));
            return PathBands.chart(p.metric(), bands, events, PathBands.note(seeds));
        } catch (NotMeasurable e) {
            return null;
        }
    }

    /** Draws every figure and writes facts.md, facts.html and the figures (PNG and SVG) into {@code dir}. */
    public List<Path> writeReport(Path dir, List<FactResult> results, List<String> about) throws IOException {
        List<Path> written = new ArrayList<>();
        List<FactsReport.Entry> entries = new ArrayList<>();
        for (FactResult r : results) {
            Fact f = r.fact();
            String figure = null;
            JFreeChart chart = chart(f, r.seeds());
            if (chart != null) {
                String base = String.format(Locale.ROOT, "fact-%02d", f.id());
                int w = f.figure() instanceof FactFigure.Paths ? PathBands.WIDTH : FactCharts.WIDTH;
                int h = f.figure() instanceof FactFigure.Paths ? PathBands.HEIGHT : FactCharts.HEIGHT;
                written.addAll(FigureFiles.write(chart, w, h, dir, base));
                figure = base + ".png";
            }
            List<FactsReport.Line> lines = new ArrayList<>();
            for (CheckResult c : r.checks()) {
                Measurement m = c.measurement();
                String value = m == null ? c.problem() : String.format(Locale.ROOT, "%s [%s, %s]", num(m.estimate()), num(m.low()), num(m.high()));
                lines.add(new FactsReport.Line(c.check().claim(), c.check().statistic().describe(), value, m == null ? "" : m.interval(),
                        c.check().threshold().describe(), c.pass()));
            }
            entries.add(new FactsReport.Entry(f.id(), f.title(), f.source(), f.statement(), r.seeds(), f.steps(), lines, r.pass(), figure));
        }
        // what a reader of the report must know that the entries do not say (model version 2 with the institutions of
        // MODEL.md section 6)
        List<String> notes = List.of("Facts 1 to 6 are version 1's, 7 to 11 version 2's; fact 12 is the institutions of MODEL.md "
                + "section 6, one group of checks per institution (universities, talent mobility, education, an industry association, "
                + "a guarantee fund).",
                "Fact 11's comparison of workers per unit, a stage bought against the same stage made in-house, reads the firms: no "
                        + "metric carries it, so it says \"not measurable\" here and fails; StylisedFactsV2Test measures it per stage "
                        + "(docs/ODD.md section 10). A check whose metric the model does not have says \"not measurable\" and fails; "
                        + "it measures as soon as the metric exists.");
        written.addAll(FactsReport.write(dir, about, entries, notes));
        return written;
    }

    static String num(double v) {
        if (Double.isNaN(v)) return "NaN";
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) return String.format(Locale.ROOT, "%.3g", v);
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f", v);
    }
}
