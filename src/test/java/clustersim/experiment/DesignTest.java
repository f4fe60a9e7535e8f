package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {
    private final List<Factor> two = List.of(Factor.range(Param.CREDIT_ENVIRONMENT, 0, 1), Factor.range(Param.INTEREST_RATE, 0.002, 0.02));

    @Test
    void latinHypercubeUsesEveryStratumOfEveryFactorOnce() {
        int n = 50;
        double[][] p = Design.sample(Design.LHS, two, n, 42);
        for (int j = 0; j < 2; j++) {
            Factor f = two.get(j);
            boolean[] used = new boolean[n];
            for (double[] x : p) {
                int stratum = (int) Math.floor((x[j] - f.min) / (f.max - f.min) * n);
                assertTrue(!used[stratum], "stratum " + stratum + " of " + f.name() + " used twice");
                used[stratum] = true;
            }
        }
    }

    @Test
    void sampledDesignsAreReproducibleFromTheMasterSeed() {
        assertArrayEquals(Design.sample(Design.RANDOM, two, 20, 1), Design.sample(Design.RANDOM, two, 20, 1));
        assertNotEquals(Design.sample(Design.LHS, two, 20, 1)[0][0], Design.sample(Design.LHS, two, 20, 2)[0][0]);
    }

    @Test
    void sobolSkipsTheOriginAndFillsTheRange() {
        double[][] p = Design.sample(Design.SOBOL, two, 16, 1);
        assertEquals(0.5, p[0][0], 1e-12, "the first point after the origin is the centre");
        for (double[] x : p) {
            assertTrue(x[0] >= 0 && x[0] <= 1);
            assertTrue(x[1] >= 0.002 && x[1] <= 0.02);
        }
    }

    @Test
    void wholeNumberParametersAreSampledAsWholeNumbersOverTheWholeRange() {
        double[][] p = Design.sample(Design.RANDOM, List.of(Factor.range(Param.SEARCH_BREADTH, 1, 4)), 400, 3);
        int[] seen = new int[5];
        for (double[] x : p) {
            assertEquals(Math.rint(x[0]), x[0]);
            seen[(int) x[0]]++;
        }
        for (int v = 1; v <= 4; v++) assertTrue(seen[v] > 60, "value " + v + " drawn " + seen[v] + " times of 400");
    }

    @Test
    void gridCombinesAllLevels() {
        double[][] p = Design.grid(List.of(Factor.levels(Param.CREDIT_ENVIRONMENT, new double[] {0.1, 0.2}),
                Factor.levels(Param.IP_PROTECTION, new double[] {0.3, 0.4, 0.5})));
        assertEquals(6, p.length);
        assertArrayEquals(new double[] {0.2, 0.3}, p[3]);
    }
}
