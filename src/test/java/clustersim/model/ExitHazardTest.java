package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Exogenous exit (exitHazard): a producer closes with a small probability a month whatever its profits
 * (Hopenhayn 1992, Melitz 2003). Without it, where no incumbent makes losses the entrants that come
 * whatever the signals (exploratoryEntry) only add up, and the population never settles (fact 8).
 */
class ExitHazardTest {
    @Test
    void profitableProducersCloseOnlyThroughTheHazardAndAboutAsOftenAsItSays() {
        int[] none = profitableLeavers(0), some = profitableLeavers(0.004);
        System.out.printf("profitable producers that closed in months 101-300: hazard 0: %d in %d profitable producer-months; 0.004: %d in %d%n",
                none[0], none[1], some[0], some[1]);
        assertEquals(0, none[0], "without the hazard a producer earning more than exitProfitRate does not close");
        double expected = 0.004 * some[1];
        assertTrue(some[0] > 0.5 * expected && some[0] < 1.5 * expected, "about hazard x producer-months: " + some[0] + " against " + expected);
    }

    /** Strong institutions, seed 64: after the shake-out no producer makes losses, and exploratory entrants pile up. */
    @Test
    void withoutExogenousExitExploratoryEntrantsPileUpWhereNobodyMakesLosses() throws Exception {
        ClusterConfig strong = StylisedFactsV2Test.scenario("strong-institutions.yaml");
        double[] without = producers(strong.with(Param.EXIT_HAZARD, 0)), with = producers(strong);
        System.out.printf("strong institutions seed 64, producers months 391-400 -> 591-600: exitHazard 0: %.1f -> %.1f; default: %.1f -> %.1f%n",
                without[0], without[1], with[0], with[1]);
        assertTrue(without[1] > 1.1 * without[0], "without exogenous exit the count climbs by more than 10%");
        assertTrue(Math.abs(with[1] - with[0]) < 0.1 * with[0], "with it the count settles");
    }

    /**
     * Producers that closed (not bankrupt) while their smoothed profit rate was at least exitProfitRate, and
     * the months of producers with such a profit rate, over months 101-300 of the baseline.
     */
    static int[] profitableLeavers(double hazard) {
        ClusterModel m = new ClusterModel(3, ClusterConfig.defaults().with(Param.EXIT_HAZARD, hazard));
        m.start();
        double rate = m.params.get(Param.EXIT_PROFIT_RATE);
        int closed = 0, months = 0;
        while (m.stepsDone() < 300) {
            m.schedule.step(m);
            if (m.stepsDone() <= 100) continue;
            for (Firm x : m.departed) if (x.producer && !x.bankrupt && x.profitRateEma >= rate) closed++;
            for (Firm x : m.firms) if (x.producer && x.profitRateEma >= rate) months++;
        }
        return new int[] {closed, months};
    }

    static double[] producers(ClusterConfig c) {
        ClusterModel m = new ClusterModel(64, c);
        m.start();
        double[] r = StylisedFactsV2Test.producersAt400And600().apply(m);
        return new double[] {r[0], r[1]};
    }
}
