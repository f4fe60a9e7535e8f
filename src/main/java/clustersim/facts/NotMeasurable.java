package clustersim.facts;

/** A statistic that cannot be computed from this model: a metric it needs does not exist (yet), or a mean is over nothing. */
public final class NotMeasurable extends Exception {
    private static final long serialVersionUID = 1L;

    public NotMeasurable(String reason) {
        super(reason);
    }
}
