package clustersim.bench;

import clustersim.experiment.Provenance;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run, printed twice: one line a figure, {@code name value unit}, for
 * scripts (grep, awk, a CI log), then a table for people with the machine, targets and spreads.
 */
public final class BenchReport {
    /** The names every report prints, in order (issue 5), before the extra figures. */
    public static final List<String> NAMES = List.of("firm_steps_per_s_1k", "firm_steps_per_s_10k", "firm_steps_per_s_100k",
            "scaling_ratio", "sweep_runs_per_s_1t", "sweep_runs_per_s_all", "parallel_efficiency", "heap_bytes_per_firm", "leak_ratio");

    private final BenchPlan plan;
    private final Machine machine;
    private final List<Figure> figures;
    private final double loadStart, loadMax, loadEnd;
    private final long started;
    private final double minutes;

    BenchReport(BenchPlan plan, Machine machine, List<Figure> figures, double loadStart, double loadMax, double loadEnd, long started, double minutes) {
        this.plan = plan;
        this.machine = machine;
        this.figures = order(figures);
        this.loadStart = loadStart;
        this.loadMax = loadMax;
        this.loadEnd = loadEnd;
        this.started = started;
        this.minutes = minutes;
    }

    /** The extra figures, printed after {@link #NAMES} in this order. */
    public static final List<String> EXTRAS = List.of("credit_x_ip_sweep_s_est", "leak_heap_per_firm_ratio");

    /** The fixed names first, then the extras, each in its documented order, whatever order they were measured in. */
    private static List<Figure> order(List<Figure> fs) {
        List<Figure> out = new ArrayList<>();
        for (List<String> names : List.of(NAMES, EXTRAS)) {
            for (String n : names) {
                Figure f = find(fs, n);
                if (f == null) throw new IllegalStateException("the benchmark did not produce " + n);
                out.add(f);
            }
        }
        if (out.size() != fs.size()) throw new IllegalStateException("a figure without a place in the report: " + fs.size() + " measured, " + out.size() + " placed");
        return Collections.unmodifiableList(out);
    }

    private static Figure find(List<Figure> fs, String name) {
        for (Figure f : fs) if (f.name.equals(name)) return f;
        return null;
    }

    /** Value of a figure by name (NaN if it could not be measured). */
    public double value(String name) {
        Figure f = find(figures, name);
        if (f == null) throw new IllegalArgumentException("no figure " + name);
        return f.value;
    }

    public void print(PrintStream out) {
        for (Figure f : figures) out.println(f.line());
        out.println();
        printTable(out);
        out.flush();
    }

    private void printTable(PrintStream out) {
        String commit = Provenance.gitCommit();
        out.printf(Locale.ROOT, "clustersim bench (%s plan), commit %s, started %s, took %.1f min%n",
                plan.quick ? "quick" : "full", commit == null ? "unknown" : commit, Instant.ofEpochMilli(started), minutes);
        if (plan.quick) out.println("QUICK: a smoke test on a small workload; these figures are not comparable with the targets.");
        out.printf(Locale.ROOT, "machine: %d cores (%s), %s, %s%n", machine.cores, machine.cpu, machine.os, machine.jvm);
        out.printf(Locale.ROOT, "heap: max %,d MB; GC: %s%n", machine.maxHeap / (1024 * 1024), machine.gc);
        double worst = worstCpuShare();
        out.printf(Locale.ROOT, "load average (1 min): %s at the start, %s at most, %s at the end%n", Machine.load(loadStart), Machine.load(loadMax), Machine.load(loadEnd));
        out.printf(Locale.ROOT, "CPU share of the timed threads: %s at worst%s%n", Double.isNaN(worst) ? "unknown" : String.format(Locale.ROOT, "%.0f%%", 100 * worst),
                worst < BUSY ? "  -- WARNING: other processes took the cores from the benchmark; its figures understate the model" : "");
        out.println();
        String fmt = "%-26s %16s %-13s %-12s %-6s %-4s %16s %4s  %s%n";
        out.printf(Locale.ROOT, fmt, "figure", "value", "unit", "target", "result", "reps", "median", "cpu", "spread: min .. max (max-min)/median");
        int met = 0, judged = 0;
        for (Figure f : figures) {
            String reps = "-", median = "-", spread = "derived", cpu = "-";
            if (f.samples != null) {
                Samples s = f.samples;
                reps = Integer.toString(s.count());
                median = f.readable(s.median());
                if (!Double.isNaN(f.worstCpuShare)) cpu = String.format(Locale.ROOT, "%.0f%%", 100 * f.worstCpuShare);
                spread = s.count() == 1 ? "one run" : String.format(Locale.ROOT, "%s .. %s (%.1f%%)", f.readable(s.min()), f.readable(s.max()), 100 * s.relativeSpread());
            }
            if (f.target.exists()) {
                judged++;
                if (f.target.isMet(f.value)) met++;
            }
            out.printf(Locale.ROOT, fmt, f.name, f.readable(f.value), f.unit, f.target, f.target.verdict(f.value), reps, median, cpu, spread);
        }
        out.println();
        out.printf(Locale.ROOT, "targets met: %d of %d%s%n", met, judged, plan.quick ? " (quick plan: not meaningful)" : "");
        out.println();
        out.println("how each figure was measured:");
        for (Figure f : figures) out.printf(Locale.ROOT, "  %s: %s%n", f.name, f.how);
    }

    /**
     * Below this CPU share a timed single thread waited for other processes for a good part of its
     * wall time (on an idle machine it is 97% or more: JIT and GC threads take a little).
     */
    static final double BUSY = 0.9;

    /** The lowest CPU share among the single-thread measurements (all-core runs also idle at their tail, so they are left out). */
    private double worstCpuShare() {
        double w = Double.NaN;
        for (Figure f : figures) {
            if (Double.isNaN(f.worstCpuShare) || f.name.equals("sweep_runs_per_s_all")) continue;
            w = Double.isNaN(w) ? f.worstCpuShare : Math.min(w, f.worstCpuShare);
        }
        return w;
    }
}
