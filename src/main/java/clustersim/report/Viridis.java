package clustersim.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib) over [lower, upper]: perceptually uniform,
 * readable by colour-blind readers and in greyscale print, unlike a rainbow.
 */
final class Viridis implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] STOPS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725};

    private final double lower;
    private final double upper;

    Viridis(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return color(position(value));
    }

    /** Where a value lies on the scale, in [0, 1]. */
    double position(double value) {
        double t = (value - lower) / (upper - lower);
        return Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    }

    static Color color(double t) {
        double x = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = STOPS[i], b = STOPS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        a &= 0xFF;
        b &= 0xFF;
        return (int) Math.round(a + (b - a) * f);
    }
}
