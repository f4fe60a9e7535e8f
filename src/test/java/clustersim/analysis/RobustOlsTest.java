package clustersim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RobustOlsTest {
    @Test
    void matchesAHandComputedRegressionWithHc1Errors() {
        // y on x: b = Sxy / Sxx = 6 / 10 = 0.6, a = 4 - 0.6 * 3 = 2.2; residuals -0.8, 0.6, 1.0, -0.6, -0.2;
        // HC0 Var(b) = sum (x - mean)^2 e^2 / Sxx^2 = (4 * 0.64 + 0.36 + 0 + 0.36 + 4 * 0.04) / 100 = 0.0344,
        // HC1 = 5 / 3 * 0.0344 = 0.057333...; Var(a) = 5 / 3 * sum w^2 e^2 with w = 1/5 - 3 (x - 3) / 10
        // = 5 / 3 * (0.64 * 0.64 + 0.25 * 0.36 + 0.04 * 1 + 0.01 * 0.36 + 0.16 * 0.04) = 5 / 3 * 0.5496
        RobustOls f = RobustOls.fit(new double[][] {{1}, {2}, {3}, {4}, {5}}, new double[] {2, 4, 5, 4, 5}, List.of("x"));
        assertEquals(2.2, f.coefficient[0], 1e-12);
        assertEquals(0.6, f.coefficient[1], 1e-12);
        assertEquals(Math.sqrt(5.0 / 3 * 0.0344), f.se[1], 1e-12);
        assertEquals(Math.sqrt(5.0 / 3 * 0.5496), f.se[0], 1e-12);
        assertEquals(1 - 2.4 / 6.0, f.rSquared, 1e-12); // SSE 2.4, SST 6
        assertEquals(0.6 / Math.sqrt(5.0 / 3 * 0.0344), f.t[1], 1e-9);
    }

    @Test
    void agreesWithTheSimpleRegressionFormulaOnHeteroskedasticData() {
        Random rng = new Random(11);
        int n = 200;
        double[][] x = new double[n][1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble() * 4;
            y[i] = 1 + 2 * x[i][0] + x[i][0] * rng.nextGaussian(); // noise grows with x
        }
        RobustOls f = RobustOls.fit(x, y, List.of("x"));
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i][0] / n;
            my += y[i] / n;
        }
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i][0] - mx) * (x[i][0] - mx);
            sxy += (x[i][0] - mx) * (y[i] - my);
        }
        double b = sxy / sxx, a = my - b * mx, meat = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - a - b * x[i][0];
            meat += Math.pow(x[i][0] - mx, 2) * e * e;
        }
        assertEquals(b, f.coefficient[1], 1e-10);
        assertEquals(Math.sqrt(n / (n - 2.0) * meat / (sxx * sxx)), f.se[1], 1e-10);
    }

    @Test
    void interactionTermsAreProductsOfCentredFactors() {
        RobustOls.Design d = RobustOls.interactions(new double[][] {{0, 1}, {2, 3}}, List.of("a", "b"));
        assertEquals(List.of("a", "b", "a:b"), d.terms());
        assertEquals(-1, d.x()[0][0], 0);
        assertEquals(1, d.x()[0][2], 0); // (0 - 1) * (1 - 2)
    }
}
