package clustersim.model;

/** Median of the first n values of a scratch array, in linear expected time (the array is reordered). */
final class Median {
    private Median() {
    }

    static double of(double[] a, int n) {
        if (n <= 0) throw new IllegalArgumentException("median of no values");
        int k = n / 2;
        double upper = select(a, 0, n - 1, k);
        if (n % 2 == 1) return upper;
        double lower = a[0];
        for (int i = 1; i < k; i++) if (a[i] > lower) lower = a[i];
        return (lower + upper) / 2;
    }

    /** Hoare's selection with a deterministic middle pivot (no randomness: the model's generator is not touched). */
    private static double select(double[] a, int lo, int hi, int k) {
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }
}
