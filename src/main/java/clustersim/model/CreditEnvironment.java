package clustersim.model;

import java.io.Serializable;

/**
 * Contract enforcement, the cluster's credit record and trust. The parameter creditEnvironment (CE)
 * acts through three channels, each a method here so that they can be told apart (and, later, set apart):
 * <ul>
 *   <li>{@link #deterrence()}: a partner breaches with probability breachBase (1 - trustworthiness)
 *       (1 - deterrence) 2 G / (G + C / (1 + distressBreach distress)): opportunism, rising with the gain G
 *       from breaching (the bill a buyer keeps, the hold-up a supplier can extract) against the value C of
 *       going on with the relation (its margin, discounted), which distress (debt near the borrowing
 *       limit) makes a firm discount further;</li>
 *   <li>{@link #compensation()}: a breach is compensated with this probability ({@link #compensates});</li>
 *   <li>{@link #recordVisibility()}: a stranger's record is visible in this proportion, so trust towards
 *       a stranger is (1 - visibility) socialTrust + visibility repute, where repute is the record
 *       smoothed towards socialTrust; a buyer screens candidates by their record with this probability
 *       ({@link #screens}).</li>
 * </ul>
 * Each channel is CE today. No process reads creditEnvironment itself: it asks this class.
 * Trust inside a relation grows with honoured deliveries and falls after a breach.
 */
final class CreditEnvironment implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;

    CreditEnvironment(ClusterModel model) {
        this.model = model;
    }

    private double ce() {
        return model.params.get(Param.CREDIT_ENVIRONMENT);
    }

    /** How far enforcement deters a breach: the breach probability is scaled by (1 - deterrence). */
    double deterrence() {
        return ce();
    }

    /** The chance that a breach is sanctioned and its victim compensated. */
    double compensation() {
        return ce();
    }

    /** Whether a breach is compensated, given a uniform draw u in [0, 1) from the model's generator. */
    boolean compensates(double u) {
        return u < compensation();
    }

    /** How much of a firm's credit record others can see. */
    double recordVisibility() {
        return ce();
    }

    /** Whether a buyer screens this candidate by the credit record, given a uniform draw u in [0, 1). */
    boolean screens(double u) {
        return u < recordVisibility();
    }

    // A sourcing round asks for the same sellers' and buyers' repute many times over, and nothing it reads
    // changes within the round (records change only at payment, parameters only between steps): so each
    // firm's trust as a stranger is computed once a round and kept with the firm.
    private long round;
    private boolean inRound;

    /** From now until {@link #endSourcing()}, a firm's repute and trust as a stranger are memoised. */
    void beginSourcing() {
        round++;
        inRound = true;
    }

    void endSourcing() {
        inRound = false;
    }

    /**
     * What the credit record says of a firm: 1 for a clean record, 0 for one that breaches as often as a
     * wholly untrustworthy firm would with no enforcement; smoothed towards socialTrust when the record
     * is short.
     */
    double repute(Firm j) {
        if (inRound) {
            memo(j);
            return j.memoRepute;
        }
        return computeRepute(j);
    }

    private double computeRepute(Firm j) {
        double prior = model.params.get(Param.SOCIAL_TRUST);
        double w = model.params.get(Param.RECORD_PRIOR_WEIGHT);
        double base = model.params.get(Param.BREACH_BASE);
        double n = j.recTransactions;
        double evidence = n > 0 && base > 0 ? Math.max(0, 1 - (j.recBreaches / n) / base) : prior;
        return (n * evidence + w * prior) / (n + w);
    }

    private double strangerTrust(double repute) {
        double seen = model.intermediaries.visibility(recordVisibility());
        return (1 - seen) * model.params.get(Param.SOCIAL_TRUST) + seen * repute;
    }

    private void memo(Firm j) {
        if (j.memoRound == round) return;
        j.memoRound = round;
        j.memoRepute = computeRepute(j);
        j.memoTrust = strangerTrust(j.memoRepute);
        j.memoLnTrust = Double.NaN;
    }

    /** Trust of an observer in a firm it has no running relation with. */
    double trustIn(Firm observer, Firm j) {
        double recalled = observer.recalled(j);
        if (!Double.isNaN(recalled)) return recalled;
        if (observer.member && model.association.exists()) return memberTrust(j);
        if (inRound) {
            memo(j);
            return j.memoTrust;
        }
        return strangerTrust(computeRepute(j));
    }

    /**
     * Trust of an association member in a stranger: the credit record's visible part, and the blacklist's
     * weight associationStrength on what the record leaves hidden (IndustryAssociation).
     */
    private double memberTrust(Firm j) {
        if (inRound && j.memoMemberRound == round) return j.memoMemberTrust;
        double seen = model.intermediaries.visibility(recordVisibility());
        double w = model.association.strength() * (1 - seen);
        double t = (1 - seen - w) * model.params.get(Param.SOCIAL_TRUST) + seen * repute(j)
                + w * model.association.reputeAmongMembers(j);
        if (inRound) {
            j.memoMemberRound = round;
            j.memoMemberTrust = t;
        }
        return t;
    }

    /** ln(max(trust, 0.001)) of {@link #trustIn}: the trust term of a sourcing score. */
    double lnTrustIn(Firm observer, Firm j) {
        return lnTrust(j, trustIn(observer, j));
    }

    /**
     * {@link #lnTrust(double)} of a trust in j that {@link #trustIn} gave: in a sourcing round, the log
     * of j's trust as a stranger is kept with j (the same value has the same log, whoever asks).
     */
    double lnTrust(Firm j, double trust) {
        if (!inRound || j.memoRound != round || trust != j.memoTrust) return lnTrust(trust);
        if (Double.isNaN(j.memoLnTrust)) j.memoLnTrust = lnTrust(trust);
        return j.memoLnTrust;
    }

    /** The log of a trust, bounded below (trust 0 would make any cost acceptable to no one). */
    static double lnTrust(double trust) {
        return Math.log(Math.max(trust, 1e-3));
    }

    /** How close a firm is to its borrowing limit, in [0, 1]: the gain from breaching rises with it. */
    double distress(Firm j) {
        double debt = model.finance.debt(j);
        if (debt <= 0) return 0;
        double limit = model.finance.borrowingLimit(j);
        return limit <= 0 ? 1 : Math.min(1, debt / limit);
    }

    /**
     * How far the gain from breaching tempts a firm: 2 G / (G + C'), C' = C / (1 + distressBreach
     * distress); 1 where gain and continuation value are equal, 0 with nothing to gain, at most 2.
     */
    double temptation(Firm j, double gain, double continuation) {
        if (gain <= 0) return 0;
        double c = Math.max(0, continuation) / (1 + model.params.get(Param.DISTRESS_BREACH) * distress(j));
        return 2 * gain / (gain + c);
    }

    /** True breach probability of firm j in one transaction this step, with gain G and continuation value C. */
    double breachProbability(Firm j, double gain, double continuation) {
        return Math.min(1, model.params.get(Param.BREACH_BASE) * (1 - j.trustworthiness) * (1 - deterrence())
                * temptation(j, gain, continuation));
    }

    /**
     * Value of going on with a relation whose bill is this much a step: the supplier's margin on it,
     * discounted at the firm's rate. Both sides are taken to value the relation alike (the buyer chose it
     * over its alternatives for about that much).
     */
    double continuationValue(double bill) {
        double m = model.params.get(Param.SUPPLIER_MARKUP);
        return bill * m / (1 + m) / model.finance.discountRate();
    }

    /**
     * A buyer's expected loss per step from a supplier's breach in buying stage s: Pr(breach) x (lost
     * output + hold-up) x (1 - compensation). The believed breach probability here is that of the typical
     * firm (trustworthinessMean) tempted by this relation's gain; a buyer's own trust in the partner enters
     * through the four-argument form (breachBeliefTrust, default 0.9).
     */
    double expectedBreachLoss(Stage st, double revenue, double bill) {
        return expectedBreachLoss(st, revenue, bill, model.params.get(Param.TRUSTWORTHINESS_MEAN));
    }

    /**
     * The same, for a buyer that trusts the partner this much. The partner's believed untrustworthiness
     * is breachBeliefTrust (1 - trust) + (1 - breachBeliefTrust) (1 - trustworthinessMean): at 0 the
     * typical firm's, whoever the partner; at 1 what the buyer's trust in this partner says (Klos and
     * Nooteboom 2001: trust lowers the hazard a buyer expects, so it weighs most where hold-up would cost
     * most, on specific stages).
     */
    double expectedBreachLoss(Stage st, double revenue, double bill, double trust) {
        double loss = nonDeliveryLoss(st, revenue);
        double c = continuationValue(bill);
        double w = model.params.get(Param.BREACH_BELIEF_TRUST);
        double untrust = w * (1 - Math.max(0, Math.min(1, trust))) + (1 - w) * (1 - model.params.get(Param.TRUSTWORTHINESS_MEAN));
        double pBreach = model.params.get(Param.BREACH_BASE) * untrust
                * (1 - deterrence()) * (loss <= 0 ? 0 : 2 * loss / (loss + c));
        return Math.min(1, pBreach) * loss * (1 - compensation());
    }

    /**
     * The hold-up loss (a supplier that holds up or disappears): holdupMonths months of the stage's
     * specific value, the time it takes to re-source and re-tool a buyer-specific input.
     */
    double holdupLoss(Stage st, double revenue) {
        return model.params.get(Param.HOLDUP_MONTHS) * st.specificity * st.valueShare * revenue;
    }

    /**
     * The loss of a non-delivery: the stage's share of the month's output cannot be completed (its part
     * of the sales is lost; the bill is not paid), plus the hold-up loss of its specific assets.
     */
    double nonDeliveryLoss(Stage st, double revenue) {
        return lostOutput(st, revenue) + holdupLoss(st, revenue);
    }

    /** Sales lost when stage s is not delivered: the stage's value share of the month's sales. */
    double lostOutput(Stage st, double revenue) {
        return st.valueShare * revenue;
    }

    /** Trust after an honoured delivery. */
    double honoured(double trust) {
        return trust + model.params.get(Param.TRUST_GAIN) * (1 - trust);
    }

    /** Trust after a breach. */
    double breached(double trust) {
        return trust * (1 - model.params.get(Param.TRUST_LOSS));
    }

    /** Records a settled transaction in a firm's credit record. */
    void record(Firm j, boolean breach) {
        j.recTransactions += 1;
        if (breach) j.recBreaches += 1;
    }

    /** Forgets old records: each step keeps recordMemory of the counts. */
    void decay(Firm j) {
        double m = model.params.get(Param.RECORD_MEMORY);
        j.recTransactions *= m;
        j.recBreaches *= m;
        if (j.assocTransactions > 0) {
            j.assocTransactions *= m;
            j.assocBreaches *= m;
        }
    }
}
