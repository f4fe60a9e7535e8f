package clustersim.model;

import java.io.Serializable;

/**
 * Local government and heterogeneous firms (MODEL.md section 6: "excessive reliance on large enterprises or
 * large projects, ignoring small and medium-sized enterprises").
 * <ul>
 *   <li>Lead firms ({@link #makeLead}): the share leadFirms of the initial producers start with
 *       {@link #LEAD_SCALE} times the plants and funds of the others (outside orders they bring) and a brand:
 *       a design of their own {@link #LEAD_RUNGS} rungs up the quality ladder.</li>
 *   <li>A budget of governmentBudget per month, split by largeProjectShare. Large projects: half capital
 *       grants to lead firms (equal parts; the largest producer by capital when no lead firm is left), half
 *       hard park infrastructure, a stock P that depreciates like plants and lowers the materials part of
 *       every stage's base cost by {@link #PARK_SAVING} P / (P + marketSize). SME services, the three the
 *       seed names: training (the share trainingShare of the SME money, which {@link Skills} turns into
 *       training effort), support of the association's dues (up to half of what is left, at most the members'
 *       dues) and the rest guarantee capital.</li>
 *   <li>Soft environment: social trust closes the share softEnvironment of its gap to 1 each year.</li>
 * </ul>
 * Absent by default (leadFirms, governmentBudget and softEnvironment 0): nothing here changes a firm or
 * a parameter, or draws from the generator.
 */
final class LocalGovernment implements Serializable {
    private static final long serialVersionUID = 1L;

    static final double LEAD_SCALE = 5;
    static final int LEAD_RUNGS = 2;
    /** Share of large-project money given as capital grants to lead firms (the rest builds the park). */
    static final double GRANT_SHARE = 0.5;
    /** Largest share of the materials part of base cost the park can save. */
    static final double PARK_SAVING = 0.1;
    private final ClusterModel model;
    /** Stock of park infrastructure (money). */
    double park;
    /** Multiplier on the materials part of base costs (1 without a park). */
    double materialFactor = 1;
    /** Spending this step, by use (money): grants, park, association support, guarantee capital, training. */
    double grants, infrastructure, associationSupport, guaranteeCapital, training;

    LocalGovernment(ClusterModel model) {
        this.model = model;
    }

    void start() {
        park = 0;
        materialFactor = 1;
        grants = infrastructure = associationSupport = guaranteeCapital = training = 0;
    }

    /** Makes a founding producer a lead firm (called by populate for the first leadFirms share of them). */
    void makeLead(Firm x) {
        x.lead = true;
    }

    /** How many of the initial producers are lead firms. */
    int leadCount(int producers) {
        return (int) Math.round(model.params.get(Param.LEAD_FIRMS) * producers);
    }

    /**
     * At a step's end, after entry and exit: the soft environment, then the budget (its training money is
     * spent by {@link Skills#step} right after, the rest acts in the next step).
     */
    void step() {
        double se = model.params.get(Param.SOFT_ENVIRONMENT);
        if (se > 0) {
            double t = model.params.get(Param.SOCIAL_TRUST);
            double monthly = 1 - Math.pow(1 - se, 1.0 / 12);
            model.params.set(Param.SOCIAL_TRUST, Math.min(1, t + (1 - t) * monthly));
        }
        double budget = model.params.get(Param.GOVERNMENT_BUDGET);
        grants = infrastructure = associationSupport = guaranteeCapital = training = 0;
        if (park > 0) park *= 1 - model.params.get(Param.DEPRECIATION);
        if (budget > 0) {
            double large = budget * model.params.get(Param.LARGE_PROJECT_SHARE);
            grants = large * GRANT_SHARE;
            infrastructure = large - grants;
            grant(grants);
            park += infrastructure;
            double sme = budget - large;
            training = sme * model.params.get(Param.TRAINING_SHARE);
            IndustryAssociation a = model.association;
            if (a.exists() && a.members > 0) {
                associationSupport = Math.min((sme - training) / 2, a.members * model.params.get(Param.ASSOCIATION_FEE));
            }
            a.supportPerMember = a.members > 0 ? associationSupport / a.members : 0;
            guaranteeCapital = sme - training - associationSupport;
            model.guarantee.replenish(guaranteeCapital);
        } else {
            model.association.supportPerMember = 0;
        }
        materialFactor = park > 0 ? 1 - PARK_SAVING * park / (park + model.params.get(Param.MARKET_SIZE)) : 1;
    }

    /** Capital grants: equal parts to the lead firms still in business, or all to the largest producer. */
    private void grant(double amount) {
        if (amount <= 0) return;
        int leads = 0;
        Firm largest = null;
        for (int f = 0, n = model.firms.size(); f < n; f++) {
            Firm x = model.firms.get(f);
            if (x.lead && x.producer) leads++;
            if (x.producer && (largest == null || x.capital > largest.capital)) largest = x;
        }
        if (leads > 0) {
            double each = amount / leads;
            for (int f = 0, n = model.firms.size(); f < n; f++) {
                Firm x = model.firms.get(f);
                if (x.lead && x.producer) x.netWorth += each;
            }
        } else if (largest != null) {
            largest.netWorth += amount;
        }
    }
}
