package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * qualityCostReference (w): costs follow a product's rung against w times the cluster's mean rung, so that
 * with w = 1 the cluster's climb carries wages and input prices with it and only a firm's lead or lag moves
 * its cost structure. The model then counts in standard units (Q = qualityStep^(w meanRung) quality units), so
 * that with unit-elastic demand it is Grossman and Helpman's homogeneous quality ladder: the cluster climbs at
 * constant spending while the price of a quality unit falls.
 */
class QualityCostReferenceTest {
    /** Variable cost and imported materials per quality unit of the components stage on a rung. */
    static double[] cost(double w, double meanRung, int rung) {
        ClusterModel m = Fixtures.smallModel(1, Param.QUALITY_COST_REFERENCE, w);
        m.market.meanRung = meanRung;
        m.production.refresh();
        Stage st = m.chain.get(2);
        return new double[] {m.production.variableCost(st, rung, 50, 12), m.production.materialPerUnit(st, rung, 50)};
    }

    @Test
    void withWZeroCostsFollowTheAbsoluteRungWhateverTheCluster() {
        assertArrayEquals(cost(0, 0, 10), cost(0, 10, 10), 0, "the cluster's mean rung does not enter");
        assertTrue(cost(0, 0, 10)[0] != cost(0, 0, 0)[0] && cost(0, 0, 10)[1] != cost(0, 0, 0)[1],
                "a higher rung costs differently per quality unit");
    }

    @Test
    void withWOneAFirmAtTheClustersMeanCostsWhatAFirstRungFirmCostsInAFirstRungCluster() {
        assertArrayEquals(cost(0, 0, 0), cost(1, 10, 10), 1e-12);
        assertArrayEquals(cost(0, 0, 3), cost(1, 10, 13), 1e-12, "three rungs ahead of the cluster is three rungs ahead of rung 0");
        assertArrayEquals(cost(0, 0, 0), cost(0.5, 10, 5), 1e-12, "w = 0.5: the reference is half the mean rung");
    }

    /** Means over four seeds of each column over months 501-600 and 1,101-1,200 of c: one pair per column. */
    static double[][] earlyAndLate(ClusterConfig c, String... columns) {
        double[][] r = Runs.overSeedsMany(c.with(Param.STEPS, 1200), 4, Runs.windowMeansEnding(columns, new int[] {600, 1200}, 100));
        double[][] means = new double[columns.length][2];
        for (int k = 0; k < columns.length; k++)
            for (int t = 0; t < 2; t++) means[k][t] = Runs.Estimate.of(r[2 * k + t]).mean;
        return means;
    }

    /** The baseline's value-added rate over months 501-600 and 1,101-1,200, mean of four seeds. */
    static double[] valueAddedRate(double w) {
        return earlyAndLate(ClusterConfig.defaults().with(Param.QUALITY_COST_REFERENCE, w), "va_to_sales")[0];
    }

    @Test
    void withWOneTheValueAddedRateClimbsFarLessWithTheLadder() {
        double[] absolute = valueAddedRate(0), relative = valueAddedRate(1);
        System.out.printf("baseline va_to_sales, months 501-600 -> 1101-1200: w 0 %.3f -> %.3f, w 1 %.3f -> %.3f%n",
                absolute[0], absolute[1], relative[0], relative[1]);
        assertTrue(absolute[1] - absolute[0] > 0.1, "with costs on the absolute rung the rate climbs with the ladder");
        // what is left of the rise with w = 1 comes with the division of labour, which still grows in the baseline
        // (specialists' scale and local content add value): docs/ECONOMICS-STATUS.md, round 8
        assertTrue(Math.abs(relative[1] - relative[0]) < 0.5 * (absolute[1] - absolute[0]),
                "with costs against the cluster it moves less than half as much");
    }

    @Test
    void withWOneAndUnitElasticDemandTheClusterClimbsAtConstantSpendingWhileAQualityUnitGetsCheaper() {
        // the baseline with w = 1 and demandElasticity 1
        double[][] m = earlyAndLate(ClusterConfig.defaults().with(Param.QUALITY_COST_REFERENCE, 1).with(Param.DEMAND_ELASTICITY, 1),
                "final_sales", "price_index", "mean_rung");
        System.out.printf("w 1, e 1, months 501-600 -> 1101-1200: final_sales %.1f -> %.1f, price_index %.4f -> %.4f, mean_rung %.1f -> %.1f%n",
                m[0][0], m[0][1], m[1][0], m[1][1], m[2][0], m[2][1]);
        assertTrue(m[2][1] - m[2][0] > 5, "the cluster keeps climbing");
        assertTrue(Math.abs(m[0][1] / m[0][0] - 1) < 0.05, "spending stays within 5%");
        // the price of a quality unit falls with the cluster's climb, as the rung's quality step says
        double expected = Math.pow(1.05, -(m[2][1] - m[2][0]));
        assertTrue(Math.abs(m[1][1] / m[1][0] / expected - 1) < 0.15, "the price index per quality unit falls by qualityStep a rung");
    }
}
