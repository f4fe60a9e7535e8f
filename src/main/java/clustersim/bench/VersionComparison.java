package clustersim.bench;

import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This build's model against another build's (issue 12: version 2 at most 1.5 times version 1's time per
 * firm-step), both in one JVM, each from a class loader of its own, alternating fresh runs of the speed
 * scenario: the baseline at 3,000 initial firms and a market of 30,000, seed 1, 600 steps, metrics
 * attached. The figure is the running thread's CPU time over the firm-steps (the sum of the firms alive at
 * each step), after untimed warm-up runs of both.
 *
 * <p>Why in one JVM: timing two whole commands adds a fixed cost of about 3 s (the JVM's start, its compiler
 * threads, code still interpreted) to each, and version 2's cluster is smaller (about 1.4 million
 * firm-steps in the speed scenario against version 1's 3.1 million), so that cost weighs twice as much per
 * firm-step and the ratio of whole commands says more about the cluster's size than the model's speed
 * (docs/PERFORMANCE.md, "Version 2 against version 1").
 *
 * <p>The other build is reached only by reflection through names both versions have: ScenarioLoader.load,
 * Scenario.withOverrides and config, the ClusterModel constructor (seed, config), ClusterMetrics.of, start,
 * firms, schedule.step and finish.
 */
public final class VersionComparison {
    /** The speed scenario: the baseline, ten times larger. */
    static final List<String> OVERRIDES = List.of("initialFirms=3000", "marketSize=30000");
    public static final double TARGET = 1.5;

    private final Version other, mine;
    private final int reps, warmups, steps;

    /** One version: its class path, loaded apart from everything else. */
    private static final class Version {
        final String name;
        final ClassLoader loader;
        final Object config;
        final Constructor<?> ctor;
        final Method metricsOf, start, finish, firms, step;
        final Field schedule;

        Version(String name, URL[] classPath, Path baseline) throws ReflectiveOperationException {
            this.name = name;
            this.loader = new URLClassLoader(name, classPath, ClassLoader.getPlatformClassLoader());
            Class<?> loaderClass = loader.loadClass("clustersim.scenario.ScenarioLoader");
            Object scenario = loaderClass.getMethod("load", Path.class).invoke(null, baseline);
            scenario = scenario.getClass().getMethod("withOverrides", List.class, String.class).invoke(scenario, OVERRIDES, "bench");
            config = scenario.getClass().getMethod("config").invoke(scenario);
            Class<?> model = loader.loadClass("clustersim.model.ClusterModel");
            ctor = model.getConstructor(long.class, config.getClass());
            metricsOf = loader.loadClass("clustersim.metrics.ClusterMetrics").getMethod("of", model);
            start = model.getMethod("start");
            finish = model.getMethod("finish");
            firms = model.getMethod("firms");
            schedule = model.getField("schedule");
            step = schedule.getType().getMethod("step", loader.loadClass("sim.engine.SimState"));
        }

        /** One run: firm-steps and CPU seconds of this thread. */
        double[] run(int steps) throws ReflectiveOperationException {
            double c0 = CpuClock.threadSeconds();
            Object m = ctor.newInstance(1L, config);
            metricsOf.invoke(null, m);
            start.invoke(m);
            Object sched = schedule.get(m);
            long firmSteps = 0;
            for (int k = 0; k < steps; k++) {
                firmSteps += ((List<?>) firms.invoke(m)).size();
                if (!(Boolean) step.invoke(sched, m)) break;
            }
            finish.invoke(m);
            return new double[] {firmSteps, CpuClock.threadSeconds() - c0};
        }
    }

    /** The result: µs of CPU per firm-step, run by run, of the other build and of this one. */
    public record Result(String otherName, double[] other, double[] mine, long otherFirmSteps, long myFirmSteps, int steps) {
        public double otherMedian() {
            return new Samples(other).median();
        }

        public double myMedian() {
            return new Samples(mine).median();
        }

        public double ratio() {
            return myMedian() / otherMedian();
        }

        /** 'name value unit' lines, as the rest of the benchmark prints, then a blank line and the details. */
        public void print(PrintStream out) {
            out.printf("versus_other_us_cpu_per_firm_step %.3f us%n", otherMedian());
            out.printf("versus_this_us_cpu_per_firm_step %.3f us%n", myMedian());
            out.printf("versus_ratio %.3f ratio%n", ratio());
            out.println();
            out.printf("this build against %s, %d alternating runs of %d steps each (medians): ratio %.3f, target <= %.1f: %s%n",
                    otherName, mine.length, steps, ratio(), TARGET, ratio() <= TARGET ? "pass" : "FAIL");
            out.printf("firm-steps a run: %d %s, %d this build%n", otherFirmSteps, otherName, myFirmSteps);
            out.println("us CPU per firm-step, run by run: " + otherName + " " + format(other) + "; this build " + format(mine));
        }

        private static String format(double[] xs) {
            StringBuilder b = new StringBuilder();
            for (double x : xs) b.append(b.length() == 0 ? "" : ", ").append(String.format("%.3f", x));
            return b.toString();
        }
    }

    /** This build (the running JVM's class path) against the one in {@code otherJar}. */
    public static VersionComparison against(Path otherJar, Path baseline, int reps, int warmups, int steps)
            throws ReflectiveOperationException, MalformedURLException {
        return new VersionComparison(otherJar.getFileName().toString(), new URL[] {otherJar.toUri().toURL()}, thisBuild(),
                baseline, reps, warmups, steps);
    }

    /** The running JVM's class path: this build and its libraries (the jar alone when run from it). */
    static URL[] thisBuild() throws MalformedURLException {
        List<URL> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) cp.add(Path.of(e).toUri().toURL());
        }
        return cp.toArray(new URL[0]);
    }

    VersionComparison(String otherName, URL[] otherClassPath, URL[] myClassPath, Path baseline, int reps, int warmups, int steps)
            throws ReflectiveOperationException {
        if (reps < 1 || warmups < 0 || steps < 1) throw new IllegalArgumentException("reps >= 1, warm-ups >= 0 and steps >= 1 needed");
        this.other = new Version(otherName, otherClassPath, baseline);
        this.mine = new Version("this build", myClassPath, baseline);
        this.reps = reps;
        this.warmups = warmups;
        this.steps = steps;
    }

    /** Warm-ups of both, then reps alternating runs: the other build first in each pair. */
    public Result run(PrintStream progress) throws ReflectiveOperationException {
        List<Double> o = new ArrayList<>(), m = new ArrayList<>();
        long of = 0, mf = 0;
        for (int r = -warmups; r < reps; r++) {
            for (Version v : new Version[] {other, mine}) {
                System.gc();
                double[] x = v.run(steps);
                double us = 1e6 * x[1] / x[0];
                if (progress != null) {
                    progress.printf("%s %s %d: %d firm-steps, %.3f us CPU per firm-step%n", v.name,
                            r < 0 ? "warm-up" : "run", r < 0 ? r + warmups + 1 : r + 1, (long) x[0], us);
                }
                if (r < 0) continue;
                if (v == other) {
                    o.add(us);
                    of = (long) x[0];
                } else {
                    m.add(us);
                    mf = (long) x[0];
                }
            }
        }
        return new Result(other.name, o.stream().mapToDouble(Double::doubleValue).toArray(),
                m.stream().mapToDouble(Double::doubleValue).toArray(), of, mf, steps);
    }
}
