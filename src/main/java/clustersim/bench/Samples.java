package clustersim.bench;

import java.util.Arrays;

/** Repeated measurements of one quantity: their median and spread. Immutable. */
final class Samples {
    private final double[] values;

    Samples(double... values) {
        if (values.length == 0) throw new IllegalArgumentException("no samples");
        this.values = values.clone();
    }

    int count() {
        return values.length;
    }

    double median() {
        double[] v = sorted();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    double min() {
        return sorted()[0];
    }

    double max() {
        return sorted()[values.length - 1];
    }

    /** (max - min) / median: how far apart the repetitions fell, relative to the figure. */
    double relativeSpread() {
        double m = median();
        return m == 0 ? 0 : (max() - min()) / Math.abs(m);
    }

    double[] values() {
        return values.clone();
    }

    private double[] sorted() {
        double[] v = values.clone();
        Arrays.sort(v);
        return v;
    }
}
