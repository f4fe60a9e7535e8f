package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeWindowTest {
    /**
     * A sweep's run measures only its final window when nothing else listens: the outcomes must be those
     * of a run that measured every step.
     */
    @Test
    void skippingTheStepsBeforeTheWindowChangesNoOutcome() {
        Outcomes outcomes = new Outcomes(20, List.of("division_of_labor", "va_to_sales", "imitation_rate", "firms"));
        int[] heard = new int[1];
        MetricsListener everyStep = m -> heard[0]++;
        double[] all = OutcomeRun.run(ClusterConfig.defaults(), 7, 120, outcomes, everyStep);
        assertEquals(120, heard[0], "a listener that needs every step hears every step");

        OutcomeWindow alone = new OutcomeWindow(outcomes.metrics(), 120, 20);
        int[] measured = new int[1];
        MetricsListener lateOnly = new MetricsListener() {
            @Override
            public void stepMeasured(ClusterMetrics m) {
                measured[0]++;
            }

            @Override
            public long firstStepNeeded() {
                return 101;
            }
        };
        clustersim.experiment.HeadlessRun.run(ClusterConfig.defaults(), 7, 120, alone, lateOnly);
        assertEquals(20, measured[0], "steps 1-100 were not measured");
        assertArrayEquals(all, alone.means(20), 0.0);
    }

    /** Reporters read the same path a listener recording every step sees. */
    @Test
    void reportersAreTheFinalValueExtremesAndFirstCrossingOfTheRecordedPath() {
        List<Outcomes.Reporter> rs = List.of(new Outcomes.Reporter("firms", Outcomes.Kind.FINAL, Double.NaN),
                new Outcomes.Reporter("va_to_sales", Outcomes.Kind.MAX, Double.NaN),
                new Outcomes.Reporter("va_to_sales", Outcomes.Kind.MIN, Double.NaN),
                new Outcomes.Reporter("firms", Outcomes.Kind.FIRST_STEP_ABOVE, 0),
                new Outcomes.Reporter("firms", Outcomes.Kind.FIRST_STEP_ABOVE, 1e9));
        Outcomes outcomes = new Outcomes(10, List.of("va_to_sales"), rs);
        List<double[]> path = new java.util.ArrayList<>();
        MetricsListener record = m -> path.add(new double[] {m.get("step"), m.get("firms"), m.get("va_to_sales")});
        double[] out = OutcomeRun.run(ClusterConfig.defaults(), 3, 60, outcomes, record);
        assertEquals(60, path.size());
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY, sum = 0;
        for (double[] p : path) {
            if (!Double.isNaN(p[2])) {
                max = Math.max(max, p[2]);
                min = Math.min(min, p[2]);
            }
            if (p[0] > 50) sum += p[2];
        }
        assertArrayEquals(new double[] {sum / 10, path.get(59)[1], max, min, 1, Double.NaN}, out, 1e-12);
    }
}
