package clustersim.facts;

/** The runs a statistic reads: one value of a quantity per seed under a condition. */
public interface Evidence {
    /** The quantity in each of the first {@code seeds} seeds, in seed order. */
    double[] values(Condition c, Quantity q, int seeds) throws NotMeasurable;
}
