package clustersim.bench;

import clustersim.experiment.RunPlan;
import clustersim.experiment.Shard;
import clustersim.experiment.Sweep;
import clustersim.experiment.SweepRunner;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs per second of a sweep's real runner ({@link SweepRunner#runDiscardingRows}: threads, one model
 * per run, outcome windows, no disk) on a fixed subset of the sweep's runs: one interleaved shard, which
 * takes runs from all over the design, so cheap and expensive points are both in it.
 */
final class SweepThroughput {
    private final Sweep sweep;
    private final RunPlan subset;

    /** @param slices the subset is the first of this many interleaved slices (docs/SWEEPS.md, shards) */
    SweepThroughput(Sweep sweep, int slices) {
        this.sweep = sweep;
        this.subset = RunPlan.of(sweep, new Shard(1, slices));
    }

    int runs() {
        return subset.size();
    }

    Sweep sweep() {
        return sweep;
    }

    /** Runs the subset on {@code threads} threads; returns runs per second of wall time. */
    double runsPerSecond(int threads, Progress progress) {
        System.gc(); // earlier garbage is not this measurement's to collect
        int[] done = {0};
        long t0 = System.nanoTime();
        SweepRunner.Counts counts;
        try {
            counts = new SweepRunner(subset, threads).runDiscardingRows((id, ok) -> {
                synchronized (done) {
                    done[0]++;
                    if (done[0] % Math.max(1, subset.size() / 4) == 0) progress.note("  %d of %d runs", done[0], subset.size());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (counts.failed > 0) {
            throw new IllegalStateException(counts.failed + " of " + subset.size() + " runs of " + sweep.source() + " failed");
        }
        return counts.ok / seconds;
    }
}
