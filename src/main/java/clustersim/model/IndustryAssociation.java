package clustersim.model;

import java.io.Serializable;

/**
 * An industry association (MODEL.md section 6; McMillan and Woodruff 1999, Greif 1993): firms choose to
 * join for a fee, and members get
 * <ul>
 *   <li>a shared blacklist: a breach against a member is seen by all members. The association keeps its
 *       own record of each firm's transactions with members and breaches against them; a member's trust
 *       in a stranger j is (1 - v - w) socialTrust + v repute(j) + w reputeAmongMembers(j), where v is
 *       what the credit record shows (creditEnvironment, widened by intermediaries) and w =
 *       associationStrength (1 - v) the part of the rest the blacklist shows;</li>
 *   <li>arbitration: a breach between two members that the credit environment does not compensate is
 *       compensated with probability associationArbitration, so a member buying from a member expects
 *       (1 - associationArbitration) of the breach loss a non-member expects;</li>
 *   <li>cheaper search: finding and contracting a member partner costs (1 - associationStrength) of the
 *       search cost.</li>
 * </ul>
 * A firm reconsiders membership once a year on average (a draw each month with probability 1/12): it
 * joins, or stays, when the expected benefit per month exceeds the dues (associationFee less the local
 * government's support per member). The benefit counts arbitration on the breach losses it expects as a
 * buyer of every outsourceable stage and on its receivables as a seller, and the saved search cost, each
 * times the chance that the partner is a member, taken as strength + (1 - strength) x the share of
 * members: at founding the association's strength stands for the founders' promise that partners will
 * join (the blacklist's value to a buyer is left out of the reckoning: a conservative estimate).
 *
 * <p>Absent by default (associationStrength 0): nobody joins, nothing here draws from the generator.
 */
final class IndustryAssociation implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Chance per month that a firm reconsiders its membership (once a year on average: annual dues). */
    static final double REVIEW = 1.0 / 12;

    private final ClusterModel model;
    /** Members and firms at the last count (end of the last step). */
    int members, firms;
    /** The local government's support per member this step (lowers the dues). */
    double supportPerMember;

    IndustryAssociation(ClusterModel model) {
        this.model = model;
    }

    void start() {
        members = 0;
        firms = 0;
        supportPerMember = 0;
    }

    double strength() {
        return model.params.get(Param.ASSOCIATION_STRENGTH);
    }

    boolean exists() {
        return strength() > 0;
    }

    /** What a member pays each month: the fee less the government's support. */
    double dues() {
        return Math.max(0, model.params.get(Param.ASSOCIATION_FEE) - supportPerMember);
    }

    /** Both members of an existing association (arbitration, cheaper search). */
    boolean bothMembers(Firm a, Firm b) {
        return a.member && b.member && exists();
    }

    /**
     * Whether arbitration compensates a breach between these two firms that the credit environment did
     * not: draws from the generator only when both are members.
     */
    boolean arbitrates(Firm breacher, Firm victim) {
        return bothMembers(breacher, victim) && model.random.nextDouble() < model.params.get(Param.ASSOCIATION_ARBITRATION);
    }

    /** A buyer's expected breach loss from this seller, after arbitration. */
    double breachLoss(Firm buyer, Firm seller, double loss) {
        return bothMembers(buyer, seller) ? loss * (1 - model.params.get(Param.ASSOCIATION_ARBITRATION)) : loss;
    }

    /** Multiplier on the search cost of contracting this partner. */
    double searchFactor(Firm buyer, Firm seller) {
        return bothMembers(buyer, seller) ? 1 - strength() : 1;
    }

    /** Enters a settled transaction in the blacklist: only one whose victim (the counterpart) is a member counts. */
    void record(Firm j, Firm counterpart, boolean breach) {
        if (!counterpart.member) return;
        j.assocTransactions += 1;
        if (breach) j.assocBreaches += 1;
    }

    /** What members know of j from the blacklist, smoothed towards socialTrust like the credit record. */
    double reputeAmongMembers(Firm j) {
        double prior = model.params.get(Param.SOCIAL_TRUST);
        double w = model.params.get(Param.RECORD_PRIOR_WEIGHT);
        double base = model.params.get(Param.BREACH_BASE);
        double n = j.assocTransactions;
        double evidence = n > 0 && base > 0 ? Math.max(0, 1 - (j.assocBreaches / n) / base) : prior;
        return (n * evidence + w * prior) / (n + w);
    }

    /** Finance phase of one firm: a member pays its dues; now and then a firm reconsiders membership. */
    void settle(Firm x) {
        if (!exists()) {
            x.member = false;
            return;
        }
        double dues = dues();
        if (x.member) x.earn(-dues);
        if (model.random.nextDouble() < REVIEW) x.member = benefit(x) > dues;
    }

    /** Share of firms in the association at the last count. */
    double memberShare() {
        return firms > 0 ? (double) members / firms : 0;
    }

    /** The chance that a partner is (or will be) a member. */
    double partnerMemberChance() {
        double s = strength();
        return s + (1 - s) * memberShare();
    }

    /** Expected benefit per month of membership (money). */
    double benefit(Firm x) {
        double m = partnerMemberChance();
        double arb = model.params.get(Param.ASSOCIATION_ARBITRATION);
        double saved = 0;
        if (x.producer) {
            double q = model.makeOrBuy.plannedOutput(x);
            double revenue = model.makeOrBuy.expectedRevenue(x, q);
            for (int s = 0; s < model.chain.finalStage(); s++) {
                Stage st = model.chain.get(s);
                double bill = st.valueShare / model.chain.totalValueShare() * revenue;
                saved += arb * model.credit.expectedBreachLoss(st, revenue, bill)
                        + strength() * model.search.costPerStep(bill, 1);
            }
        }
        double sold = x.intermediateSales;
        if (sold > 0) {
            double pBreach = model.params.get(Param.BREACH_BASE) * (1 - model.params.get(Param.TRUSTWORTHINESS_MEAN))
                    * (1 - model.credit.deterrence());
            saved += arb * Math.min(1, pBreach) * sold * (1 - model.credit.compensation());
        }
        return m * saved;
    }

    /** At a step's end: counts members (firms that left are gone from the list). */
    void recount() {
        if (!exists() && members == 0) return;
        int n = 0;
        for (int f = 0, k = model.firms.size(); f < k; f++) if (model.firms.get(f).member) n++;
        members = n;
        firms = model.firms.size();
    }
}
