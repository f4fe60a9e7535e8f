package clustersim.model;

import java.io.Serializable;

/**
 * Intellectual-property protection: how likely designs leak through specialists and are copied, and
 * what a producer stands to lose when its design leaks.
 *
 * <p>A design that leaks or is copied sets off a price war: the victim's markup falls from baseMarkup
 * (plus its quality premium) towards priceWarMarkup, recovering over cloneMonths. The value a producer
 * puts at risk by outsourcing a knowledge-intensive stage is therefore its margin above the price-war
 * floor over that period; it does not vanish when the firm does no R&D, because even a firm that never
 * innovates sells a design of its own that a clone can undercut.
 */
final class IpRegime implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;

    IpRegime(ClusterModel model) {
        this.model = model;
    }

    /**
     * Chance that a leak or copy goes unchecked: it is neither deterred (probability ipProtection) nor,
     * once made, punished and stopped (probability ipProtection again), hence (1 - ipProtection)^2.
     */
    double unchecked() {
        double open = 1 - model.params.get(Param.IP_PROTECTION);
        return open * open;
    }

    /** Chance per step that outsourcing stage s leaks the buyer's design to a rival. */
    double leakProbability(Stage st) {
        return st.knowledgeIntensity * unchecked() * model.params.get(Param.LEAK_RATE);
    }

    /** Chance per step that a producer copies a better rival's design. */
    double copyProbability() {
        return unchecked() * model.params.get(Param.COPY_RATE);
    }

    /** Markup a producer earns on an exclusive design above the price-war floor (its innovation rent rate). */
    double exclusiveMargin(Firm i) {
        return Math.max(0, model.params.get(Param.BASE_MARKUP) + model.market.qualityPremium(i)
                - model.params.get(Param.PRICE_WAR_MARKUP));
    }

    /** Money a producer expects to lose per step by outsourcing stage s: Pr(leak) x rent at risk. */
    double expectedLeakLoss(Firm i, Stage st, double unitCost, double output) {
        double atRisk = exclusiveMargin(i) * unitCost * output * model.params.get(Param.CLONE_MONTHS);
        return leakProbability(st) * atRisk;
    }

    /**
     * A design copied or leaked: the copier closes the quality gap (it gets the product, not the know-how
     * behind it), and both now sell versions of one design, so both fight on price. A design no better
     * than what the recipient already sells changes nothing.
     */
    void copy(Firm from, Firm to) {
        if (from.rung < to.rung) return;
        to.rung = from.rung;
        from.clone = 1;
        to.clone = 1;
        model.counters.imitations++;
    }
}
