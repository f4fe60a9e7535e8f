package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MODEL.md §4: a value undefined in a month (a mean over no relations, a rate over no transactions) is an
 * empty field, never 0; and a window's mean leaves such months out instead of counting them as 0.
 */
class UndefinedValuesTest {
    @TempDir
    Path tmp;

    /** Every firm integrated, no specialist: in the first month nobody buys, so nothing is traded. */
    private static ClusterConfig integratedCluster() {
        return ClusterConfig.defaults().with(Param.INITIAL_FIRMS, 40).with(Param.MARKET_SIZE, 400)
                .with(Param.CREDIT_ENVIRONMENT, 0.05).with(Param.SOCIAL_TRUST, 0.05);
    }

    @Test
    void meansOverNoRelationsAreUndefinedNotZero() {
        ClusterModel m = new ClusterModel(3, integratedCluster());
        ClusterMetrics metrics = ClusterMetrics.of(m);
        m.start();
        m.schedule.step(m);
        assertEquals(0, metrics.get(Metric.DIVISION_OF_LABOR), "nothing is bought in the first month");
        assertTrue(Double.isNaN(metrics.get(Metric.MEAN_TRUST)), "mean trust over no relations");
        assertTrue(Double.isNaN(metrics.get(Metric.MEAN_RELATION_LENGTH)), "mean length of no relations");
        assertTrue(Double.isNaN(metrics.get(Metric.DEFAULT_RATE)), "breaches per transaction with no transaction");
    }

    @Test
    void theTimeseriesWritesThemAsEmptyFields() throws Exception {
        Scenario s = Scenario.defaults().with(Param.STEPS, 3).with(Param.INITIAL_FIRMS, 40).with(Param.MARKET_SIZE, 400)
                .with(Param.CREDIT_ENVIRONMENT, 0.05).with(Param.SOCIAL_TRUST, 0.05);
        new SingleRun(s, 3).writeTo(tmp, null);
        List<String> lines = Files.readAllLines(tmp.resolve(SingleRun.TIMESERIES));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        String[] first = lines.get(1).split(",", -1);
        assertEquals("", first[header.indexOf("mean_trust")]);
        assertEquals("", first[header.indexOf("default_rate")]);
        assertEquals("0", first[header.indexOf("division_of_labor")], "a defined zero stays 0");
    }

    @Test
    void aWindowMeanLeavesUndefinedMonthsOut() {
        // the window covers months 1-120; trust is undefined until the first specialist has a customer, so
        // its mean is that of the months with relations: the mean of the run's defined values
        List<Double> trust = new ArrayList<>();
        OutcomeWindow window = new OutcomeWindow(List.of("mean_trust"), 120, 120);
        HeadlessRun.run(integratedCluster().with(Param.CREDIT_ENVIRONMENT, 0.9).with(Param.SOCIAL_TRUST, 0.9), 3, 120,
                window, m -> trust.add(m.get("mean_trust")));
        assertTrue(Double.isNaN(trust.get(0)), "no relation in the first month");
        double sum = 0;
        int n = 0;
        for (double t : trust) {
            if (Double.isNaN(t)) continue;
            sum += t;
            n++;
        }
        assertTrue(n > 0, "relations form within ten years when enforcement and trust are good");
        double mean = window.means(120)[0];
        assertEquals(sum / n, mean, 1e-12);
        assertFalse(Double.isNaN(mean));
    }
}
