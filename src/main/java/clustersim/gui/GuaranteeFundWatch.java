package clustersim.gui;

import clustersim.model.ClusterModel;

/**
 * Whether a run's credit-guarantee fund has run dry, as the window tells a student, read from the model's
 * fund month by month. Dry: it had capital and paid it out (or a move withdrew it) until it gives no new
 * guarantees and holds less than {@link #REFILLED} of the largest capital it held. A fund that pays out
 * "as far as its capital goes" keeps a few coins from its fees (0.004 of a fund of 15, say), which
 * guarantee nothing under its leverage: waiting for exactly 0 left such a fund unmarked while the legend
 * showed its capital as 0. A fund at its leverage limit with its capital intact is full, not dry. The few
 * fees its remaining guarantees still bring in do not end a dry spell: it counts as refilled only when it
 * is open to new guarantees again with at least {@link #REFILLED} of the largest capital it held (a policy
 * event, a slider, the local government's money). So a fund limping along on fees is not marked dry and
 * refilled month after month.
 */
final class GuaranteeFundWatch {
    static final double REFILLED = 0.1;
    private double largest;
    private boolean dry;

    /** A new run. */
    void reset() {
        largest = 0;
        dry = false;
    }

    /** Reads the fund after a month: "dry", "refilled" when the state changed this month, else null. */
    String update(ClusterModel m) {
        double capital = m.guaranteeFundCapital();
        if (!dry && largest > 0 && (capital <= 0 || !m.guaranteeFundOpen() && capital < REFILLED * largest)) {
            dry = true;
            return ChartFeed.FUND_DRY;
        }
        if (dry && m.guaranteeFundOpen() && capital >= REFILLED * largest) {
            dry = false;
            largest = Math.max(largest, capital);
            return ChartFeed.FUND_REFILLED;
        }
        largest = Math.max(largest, capital);
        return null;
    }

    boolean dry() {
        return dry;
    }
}
