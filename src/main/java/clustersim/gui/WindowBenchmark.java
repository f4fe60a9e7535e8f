package clustersim.gui;

import clustersim.metrics.Metric;
import clustersim.scenario.Scenario;
import java.awt.GraphicsEnvironment;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import sim.display.Console;

/**
 * The window's benchmark: opens every window on the screen, plays N steps through the Console at full
 * speed with the display and all charts drawing, and reports steps per second (from the end of the first
 * step to the end of the last, so opening the windows does not count) with how often each view redrew.
 */
public final class WindowBenchmark {
    /** What a window benchmark measured. */
    public static final class Result {
        public final long steps;
        public final double seconds;
        public final int firmsAtStart;
        public final int firmsAtEnd;
        public final long displayFrames;
        public final long chartRedraws;
        /** Steps per second over the slowest {@link #WINDOW} consecutive steps, and the step that stretch ended. */
        public final double slowestWindow;
        public final int slowestWindowEnd;

        Result(long steps, double seconds, int firmsAtStart, int firmsAtEnd, long displayFrames, long chartRedraws,
               double slowestWindow, int slowestWindowEnd) {
            this.steps = steps;
            this.seconds = seconds;
            this.firmsAtStart = firmsAtStart;
            this.firmsAtEnd = firmsAtEnd;
            this.displayFrames = displayFrames;
            this.chartRedraws = chartRedraws;
            this.slowestWindow = slowestWindow;
            this.slowestWindowEnd = slowestWindowEnd;
        }

        public double stepsPerSecond() {
            return seconds > 0 ? steps / seconds : Double.NaN;
        }
    }

    /** Steps over which the slowest stretch of the run is measured. */
    public static final int WINDOW = 50;

    private WindowBenchmark() {
    }

    public static Result run(Scenario scenario, long steps) throws Exception {
        return run(scenario, null, steps);
    }

    /** As {@link #run(Scenario, long)}, with {@code other} compared in lockstep (null: one cluster). */
    public static Result run(Scenario scenario, Scenario other, long steps) throws Exception {
        Console console = Snapshot.onSwing(() -> ClusterModelWithUI.open(scenario, other,
                GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(), 0));
        ClusterModelWithUI gui = (ClusterModelWithUI) console.getSimulation();
        AtomicLong first = new AtomicLong(), last = new AtomicLong();
        AtomicInteger firms = new AtomicInteger();
        long[] ends = new long[(int) steps + 1];
        AtomicInteger count = new AtomicInteger();
        gui.addRunListener(m -> {
            long now = System.nanoTime();
            if (first.get() == 0) {
                first.set(now);
                firms.set((int) m.get(Metric.FIRMS));
            }
            last.set(now);
            int k = count.getAndIncrement();
            if (k < ends.length) ends[k] = now;
        });
        try {
            long frames0 = gui.view().framesPainted(), redraws0 = gui.charts().redraws();
            Snapshot.onSwing(() -> {
                console.setPlaySleep(0);
                console.setWhenShouldEnd(Long.MAX_VALUE);
                console.setWhenShouldPause(steps);
                console.pressPlay();
                return null;
            });
            Snapshot.playUntil(console, gui, steps);
            long done = gui.model().stepsDone();
            int n = Math.min(count.get(), ends.length);
            double slowest = Double.NaN;
            int slowestEnd = -1;
            for (int k = WINDOW; k < n; k++) {
                double rate = WINDOW / ((ends[k] - ends[k - WINDOW]) / 1e9);
                if (Double.isNaN(slowest) || rate < slowest) {
                    slowest = rate;
                    slowestEnd = k + 1;
                }
            }
            return new Result(done - 1, (last.get() - first.get()) / 1e9, firms.get(), gui.model().firms().size(),
                    gui.view().framesPainted() - frames0, gui.charts().redraws() - redraws0, slowest, slowestEnd);
        } finally {
            Snapshot.close(console);
        }
    }
}
