package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.model.PolicyEvent;
import clustersim.scenario.Names;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scenarios run side by side over the same seeds 1..N (seed k is model seed k, as {@code run --seed k}),
 * keeping each run's time path of some metrics. Everything is checked before any run starts.
 */
public final class ScenarioComparison {
    public static final List<String> DEFAULT_METRICS = List.of("division_of_labor", "va_to_sales", "independent_development_share",
            "rd_intensity", "imitation_rate", "producers", "mean_markup");
    public static final String DEFAULT_METRICS_TEXT = "division_of_labor, va_to_sales, independent_development_share, rd_intensity, "
            + "imitation_rate, producers, mean_markup";

    /** A policy event of one scenario: when and what. */
    public record Event(int step, String label) {
    }

    private final List<Scenario> scenarios;
    private final List<String> labels;
    private final List<String> metrics;
    private final int seeds;
    private List<List<double[][]>> paths;

    private ScenarioComparison(List<Scenario> scenarios, List<String> labels, List<String> metrics, int seeds) {
        this.scenarios = scenarios;
        this.labels = labels;
        this.metrics = metrics;
        this.seeds = seeds;
    }

    /**
     * Loads and checks the scenarios and the metrics.
     *
     * @param steps months to run, or null for each scenario's own
     */
    public static ScenarioComparison of(List<Path> files, Integer steps, int seeds, List<String> metrics) throws ScenarioException {
        List<Scenario> ss = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f);
            if (steps != null) {
                if (!Param.STEPS.allows(steps)) throw new ScenarioException("--steps", 0, "steps", "must be " + Param.STEPS.rangeText());
                s = s.with(Param.STEPS, steps);
            }
            s.checkEvents(s.steps());
            String label = s.name();
            for (int k = 2; !seen.add(label); k++) label = s.name() + " (" + k + ")";
            ss.add(s);
            labels.add(label);
        }
        if (metrics.isEmpty()) throw new ScenarioException("--metrics", 0, "metrics", "name at least one metric");
        for (Scenario s : ss) {
            List<String> columns = Arrays.asList(ClusterMetrics.of(new ClusterModel(1, s.config())).columns());
            for (String m : metrics) {
                if (!columns.contains(m)) {
                    throw new ScenarioException("--metrics", 0, m, Names.unknown("metric", m, columns) + " (scenario " + s.source() + ")");
                }
            }
        }
        return new ScenarioComparison(ss, List.copyOf(labels), List.copyOf(new LinkedHashSet<>(metrics.stream().filter(m -> !m.equals("step")).toList())), seeds);
    }

    /** Runs every scenario with seeds 1..N. */
    public void run(int threads) throws InterruptedException {
        List<SeedPaths.Job> jobs = new ArrayList<>();
        for (Scenario s : scenarios) for (int k = 1; k <= seeds; k++) jobs.add(new SeedPaths.Job(s.config(), k, s.steps()));
        List<String> kept = new ArrayList<>(List.of("step"));
        kept.addAll(metrics);
        List<SeedPaths.Path> ps = SeedPaths.run(jobs, kept, threads, null);
        List<List<double[][]>> out = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            List<double[][]> one = new ArrayList<>();
            for (int k = 0; k < seeds; k++) one.add(ps.get(i * seeds + k).values());
            out.add(one);
        }
        paths = out;
    }

    public List<String> labels() {
        return labels;
    }

    public List<String> metrics() {
        return metrics;
    }

    /** {@code paths().get(scenario).get(seed - 1)[t]}: the step, then the metrics, at the t-th measured step. */
    public List<List<double[][]>> paths() {
        return paths;
    }

    /** Every scenario's policy events, labelled with the scenario when more than one scenario is compared. */
    public List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            for (PolicyEvent e : scenarios.get(i).events()) out.add(new Event(e.step, scenarios.size() > 1 ? labels.get(i) + ": " + e.label : e.label));
        }
        return out;
    }
}
