package clustersim.gui;

/**
 * One active supply relation on the display: a supplier delivering a stage to a buyer. A snapshot taken
 * when the display was last refreshed, so the inspector shows what the picture shows.
 */
public final class SupplyLink {
    private final String stage;
    private final int supplier;
    private final int buyer;
    private final double trust;
    private final int months;
    private final int monthsSinceBreach;

    SupplyLink(String stage, int supplier, int buyer, double trust, int months, int monthsSinceBreach) {
        this.stage = stage;
        this.supplier = supplier;
        this.buyer = buyer;
        this.trust = trust;
        this.months = months;
        this.monthsSinceBreach = monthsSinceBreach;
    }

    public String getStage() {
        return stage;
    }

    public int getSupplier() {
        return supplier;
    }

    public int getBuyer() {
        return buyer;
    }

    /** The buyer's trust in the supplier, in [0, 1]. */
    public double getTrust() {
        return Rounding.readable(trust);
    }

    public int getMonths() {
        return months;
    }

    /** Months since the supplier last breached in this relation, or -1 if it never has. */
    public int getMonthsSinceBreach() {
        return monthsSinceBreach;
    }

    boolean breachedRecently() {
        return monthsSinceBreach >= 0 && monthsSinceBreach < ClusterView.BREACH_MONTHS;
    }

    @Override
    public String toString() {
        return stage + ": firm " + supplier + " -> firm " + buyer;
    }
}
