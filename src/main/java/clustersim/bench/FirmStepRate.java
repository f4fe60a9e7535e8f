package clustersim.bench;

import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.lang.ref.Reference;

/**
 * Firm-steps per second of one model on one thread: the model is built and started, runs
 * {@code warmupSteps} untimed steps (past its first months, with the JIT compiled), then
 * {@code measuredSteps} timed ones. A firm-step is one firm present at the start of a step, so the rate
 * stays comparable while the population grows or shrinks. Model construction is never timed.
 */
final class FirmStepRate {
    /** One repetition. */
    static final class Run {
        final double firmStepsPerSecond;
        final long firmSteps;
        final double seconds;
        /** Firms at the end of the measured steps. */
        final int firmsAtEnd;
        /** Live heap the model held at the end (after full GC, minus the heap before it was built); -1 if not measured. */
        final long modelHeapBytes;
        /** CPU time of the stepping thread over the wall time of the timed steps: below 1 when other work took the core. */
        final double cpuShare;

        Run(long firmSteps, double seconds, double cpuSeconds, int firmsAtEnd, long modelHeapBytes) {
            this.firmSteps = firmSteps;
            this.seconds = seconds;
            this.cpuShare = CpuClock.share(cpuSeconds, seconds, 1);
            this.firmStepsPerSecond = firmSteps / seconds;
            this.firmsAtEnd = firmsAtEnd;
            this.modelHeapBytes = modelHeapBytes;
        }
    }

    private FirmStepRate() {
    }

    /**
     * The base scenario with {@code firms} initial firms and its market scaled with them (the same
     * quality units of demand per initial firm), so that every size starts from the same cluster, larger.
     */
    static Scenario scaled(Scenario base, int firms) {
        double perFirm = base.get(Param.MARKET_SIZE) / base.get(Param.INITIAL_FIRMS);
        return base.with(Param.INITIAL_FIRMS, firms).with(Param.MARKET_SIZE, perFirm * firms);
    }

    /**
     * One repetition.
     *
     * @param measureHeap also measure the model's live heap at the end (costs full collections, untimed)
     */
    static Run once(Scenario scenario, long seed, int warmupSteps, int measuredSteps, boolean measureHeap) {
        // the previous repetition's garbage is collected here, not inside the timed steps
        long before = measureHeap ? HeapMeter.liveBytes() : 0;
        if (!measureHeap) System.gc();
        ClusterModel model = new ClusterModel(seed, scenario.config());
        model.start();
        for (int k = 0; k < warmupSteps; k++) model.schedule.step(model);
        long firmSteps = 0;
        double cpu0 = CpuClock.threadSeconds();
        long t0 = System.nanoTime();
        for (int k = 0; k < measuredSteps; k++) {
            firmSteps += model.firms().size();
            model.schedule.step(model);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = CpuClock.threadSeconds() - cpu0;
        int firms = model.firms().size();
        long heap = measureHeap ? HeapMeter.liveBytes() - before : -1;
        // the model must still be live when the heap is measured, or its collection would be measured
        Reference.reachabilityFence(model);
        return new Run(firmSteps, seconds, cpu, firms, heap);
    }
}
