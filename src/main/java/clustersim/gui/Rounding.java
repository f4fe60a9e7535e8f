package clustersim.gui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the inspector shows them to a student: three significant digits, and whole numbers from 100
 * on (sales of 1234.5678 read 1235, a trust of 0.98693843 reads 0.987). The model keeps full precision;
 * only what is shown is rounded.
 */
final class Rounding {
    private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_EVEN);

    private Rounding() {
    }

    static double readable(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return v;
        if (Math.abs(v) >= 100) return Math.rint(v);
        return new BigDecimal(v).round(THREE).doubleValue();
    }
}
