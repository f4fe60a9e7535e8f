package clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.ModelObserver;
import clustersim.model.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** The metrics watch the model from outside: who else watches must not change what they see. */
class ModelObserverTest {
    private static final ClusterConfig SMALL = ClusterConfig.defaults().with(Param.INITIAL_FIRMS, 60).with(Param.MARKET_SIZE, 600);

    /** A second watcher that only counts months. */
    private static final class MonthCounter implements ModelObserver {
        int months;

        @Override
        public void modelStarted(ClusterModel model) {
            months = 0;
        }

        @Override
        public void step(SimState state) {
            months++;
        }
    }

    private static List<double[]> run(boolean secondObserver) {
        ClusterModel m = new ClusterModel(5, SMALL);
        ClusterMetrics metrics = ClusterMetrics.of(m);
        MonthCounter counter = new MonthCounter();
        if (secondObserver) m.addObserver(counter);
        m.start();
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            m.schedule.step(m);
            rows.add(metrics.values().clone());
        }
        if (secondObserver) assertEquals(60, counter.months, "the second observer heard every month");
        return rows;
    }

    @Test
    void anotherObserverChangesNoResult() {
        List<double[]> alone = run(false), watched = run(true);
        for (int t = 0; t < alone.size(); t++) assertArrayEquals(alone.get(t), watched.get(t), 0.0, "month " + (t + 1));
    }

    @Test
    void theMetricsAreOneObjectAndCannotJoinLate() {
        ClusterModel m = new ClusterModel(5, SMALL);
        ClusterMetrics first = ClusterMetrics.of(m);
        assertSame(first, ClusterMetrics.of(m), "every reader shares one metrics object");
        m.start();
        m.schedule.step(m);
        ClusterModel late = new ClusterModel(5, SMALL);
        late.start();
        late.schedule.step(late);
        assertThrows(IllegalStateException.class, () -> ClusterMetrics.of(late),
                "attached after a month it would report the months before as if nothing had happened");
    }
}
