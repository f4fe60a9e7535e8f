package clustersim.bench;

import clustersim.experiment.RunPlan;
import clustersim.experiment.Shard;
import clustersim.experiment.Sweep;
import clustersim.experiment.SweepRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs per second of a sweep's real runner ({@link SweepRunner#runDiscardingRows}: threads, one model
 * per run, outcome windows, no disk) on a fixed subset of the sweep's runs: one interleaved shard, which
 * takes runs from all over the design, so cheap and expensive points are both in it.
 */
final class SweepThroughput {
    private final Sweep sweep;
    private final RunPlan subset;

    /** One timed execution of the subset. */
    static final class Result {
        final double runsPerSecond;
        /** CPU time of the worker threads over threads x wall time: below 1 from other processes, or idle workers at the end. */
        final double cpuShare;

        Result(double runsPerSecond, double cpuShare) {
            this.runsPerSecond = runsPerSecond;
            this.cpuShare = cpuShare;
        }
    }

    /** @param slices the subset is the first of this many interleaved slices (docs/SWEEPS.md, shards) */
    SweepThroughput(Sweep sweep, int slices) {
        this.sweep = sweep;
        this.subset = RunPlan.of(sweep, new Shard(1, slices));
    }

    int runs() {
        return subset.size();
    }

    /** Runs the subset on {@code threads} threads. */
    Result run(int threads, Progress progress) {
        System.gc(); // earlier garbage is not this measurement's to collect
        int[] done = {0};
        // each worker's CPU time after its latest run; a worker does nothing after its last one
        Map<String, Double> workerCpu = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        SweepRunner.Counts counts;
        try {
            counts = new SweepRunner(subset, threads).runDiscardingRows((id, ok) -> {
                workerCpu.put(Thread.currentThread().getName(), CpuClock.threadSeconds());
                synchronized (done) {
                    done[0]++;
                    if (done[0] % Math.max(1, subset.size() / 4) == 0) progress.note("  %d of %d runs", done[0], subset.size());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (counts.failed() > 0) {
            throw new IllegalStateException(counts.failed() + " of " + subset.size() + " runs of " + sweep.source() + " failed");
        }
        double cpu = 0;
        for (double c : workerCpu.values()) cpu += c;
        return new Result(counts.ok() / seconds, CpuClock.share(cpu, seconds, Math.min(threads, subset.size())));
    }
}
