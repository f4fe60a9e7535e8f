package clustersim.model;

import java.io.Serializable;

/**
 * Borrowing against collateral. A firm's plants are its collateral; it can borrow the share
 * financeAccess of their book value, so a new plant of price K is affordable when
 * netWorth >= (1 - financeAccess) (capital + K): own funds must carry the rest.
 * Debt is what the plants cost beyond net worth; it pays interestRate per step.
 */
final class Finance implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;

    Finance(ClusterModel model) {
        this.model = model;
    }

    /**
     * Rate at which a firm discounts future money per step: interest plus the chance per step that a
     * plan is overtaken (one over the planning horizon). R&D, entry and leak losses are valued at it.
     */
    double discountRate() {
        return model.params.get(Param.INTEREST_RATE) + 1 / model.params.get(Param.PLANNING_HORIZON);
    }

    /** Money a firm could spend beyond what its plants' collateral requires it to keep (0 if none). */
    double freeFunds(Firm x) {
        return Math.max(0, x.netWorth - (1 - model.params.get(Param.FINANCE_ACCESS)) * x.capital);
    }

    double debt(Firm x) {
        return Math.max(0, x.capital - x.netWorth);
    }

    double borrowingLimit(Firm x) {
        return model.params.get(Param.FINANCE_ACCESS) * x.capital;
    }

    /** Whether the firm can pay for extra plants worth {@code cost} from own funds plus borrowing. */
    boolean canFinance(Firm x, double cost) {
        if (cost <= 0) return true;
        double fa = model.params.get(Param.FINANCE_ACCESS);
        if (x.netWorth >= (1 - fa) * (x.capital + cost)) return true;
        // a small firm the guarantee fund covers can borrow more (GuaranteeFund; NaN: no guarantee)
        double g = model.guarantee.guaranteedLimitShare(x, cost);
        return g == g && x.netWorth >= (1 - g) * (x.capital + cost);
    }

    /** Installs plants of stage s (cash or loan turns into capital: net worth unchanged). */
    void invest(Firm x, int s, int plants) {
        if (plants <= 0) return;
        double cost = plants * model.plantPrice(s);
        x.setPlants(s, x.plantsOf(s) + plants);
        x.setBookValue(s, x.bookValueOf(s) + cost);
        x.capital += cost;
    }

    /** Sells plants of stage s; the part of their value not recovered is a loss. */
    void divest(Firm x, int s, int plants) {
        plants = Math.min(plants, x.plantsOf(s));
        if (plants <= 0) return;
        double book = x.bookValueOf(s) * plants / x.plantsOf(s);
        x.setPlants(s, x.plantsOf(s) - plants);
        x.setBookValue(s, x.bookValueOf(s) - book);
        x.capital -= book;
        x.earn(-(1 - model.params.get(Param.SALVAGE_VALUE)) * book);
        if (x.plantsOf(s) == 0) {
            x.setExperience(s, 0);
            x.setBookValue(s, 0);
        }
    }

    /** Finance phase of one firm: interest on debt, then dividends out of positive profit. */
    void settle(Firm x) {
        double debt = debt(x);
        if (debt > 0) x.earn(-debt * model.params.get(Param.INTEREST_RATE));
        model.guarantee.settle(x);
        if (x.profit > 0) x.netWorth -= model.params.get(Param.DIVIDEND_RATE) * x.profit;
    }

    /**
     * Keeps the plants of each stage a firm runs in line with its volume: adds a plant when volume
     * exceeds capacity and the firm can finance it; sells one when the rest would still leave half of
     * a plant spare.
     */
    void adjustCapacity(Firm x) {
        final double cap = model.params.get(Param.PLANT_CAPACITY);
        for (int s = 0; s < x.getStageCount(); s++) {
            if (x.plantsOf(s) == 0) continue;
            double v = x.volumeOf(s);
            if (v > x.plantsOf(s) * cap && canFinance(x, model.plantPrice(s))) {
                invest(x, s, 1);
            } else if (x.plantsOf(s) > 1 && v < (x.plantsOf(s) - 1.5) * cap) {
                divest(x, s, 1);
            }
        }
    }
}
