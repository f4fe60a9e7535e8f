package clustersim.bench;

import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.lang.ref.Reference;

/**
 * Whether a long run holds on to memory: the model's live heap after {@code lateStep} steps against
 * after {@code earlyStep}, in a stationary cluster (demand does not grow, so the population has no
 * reason to), with the live heap per firm as well, so that a reader can tell growth from a leak.
 */
final class LeakCheck {
    final int firmsEarly, firmsLate;
    final long heapEarly, heapLate;
    final int earlyStep, lateStep;

    private LeakCheck(int earlyStep, int lateStep, int firmsEarly, int firmsLate, long heapEarly, long heapLate) {
        this.earlyStep = earlyStep;
        this.lateStep = lateStep;
        this.firmsEarly = firmsEarly;
        this.firmsLate = firmsLate;
        this.heapEarly = heapEarly;
        this.heapLate = heapLate;
    }

    /** The stationary version of a scenario: no demand growth. */
    static Scenario stationary(Scenario s) {
        return s.with(Param.DEMAND_GROWTH, 0);
    }

    static LeakCheck run(Scenario stationary, long seed, int earlyStep, int lateStep, Progress progress) {
        long before = HeapMeter.liveBytes();
        ClusterModel model = new ClusterModel(seed, stationary.config());
        model.start();
        int firmsEarly = 0;
        long heapEarly = 0;
        for (int k = 1; k <= lateStep; k++) {
            model.schedule.step(model);
            if (k == earlyStep) {
                firmsEarly = model.firms().size();
                heapEarly = HeapMeter.liveBytes() - before;
            }
            if (k % 1000 == 0) progress.note("leak check: step %,d of %,d, %,d firms", k, lateStep, model.firms().size());
        }
        int firmsLate = model.firms().size();
        long heapLate = HeapMeter.liveBytes() - before;
        Reference.reachabilityFence(model);
        return new LeakCheck(earlyStep, lateStep, firmsEarly, firmsLate, heapEarly, heapLate);
    }

    double ratio() {
        return (double) heapLate / heapEarly;
    }

    /** More than 10% more or fewer firms at the late point than at the early one. */
    boolean populationChanged() {
        return Math.abs(firmsLate - firmsEarly) > 0.1 * firmsEarly;
    }

    double perFirmRatio() {
        return ((double) heapLate / firmsLate) / ((double) heapEarly / firmsEarly);
    }
}
