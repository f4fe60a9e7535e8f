package clustersim.model;

import java.io.Serializable;

/**
 * Appropriability: how long the premium of a new design lasts before copies erode it, and what a
 * producer stands to lose when its design leaks. Four mechanisms (Levin et al. 1987; Cohen, Nelson and
 * Walsh 2000), each read here and nowhere else:
 * <ul>
 *   <li>legal IP: a copy or a leak goes unchecked with probability (1 - ipProtection)^2 (neither deterred
 *       nor, once made, stopped);</li>
 *   <li>lead time: a rival needs imitationLag months before it can copy a design it has seen;</li>
 *   <li>secrecy: designs leak through the specialists that handle knowledge-intensive stages, with no
 *       lead time; a stage kept in-house does not leak;</li>
 *   <li>complementary assets (brand, customers): the originator keeps brandRetention of the premium
 *       once copies appear.</li>
 * </ul>
 * A copied or leaked design puts the copier in the originator's nest of the final market
 * ({@link FinalMarket}): both now sell one design, and their margins fall by themselves.
 */
final class IpRegime implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Rival designs a copier compares before it copies the best (Innovation reads it too). */
    static final int COPY_SAMPLE = 3;

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

    /**
     * Chance per step that outsourcing stage s leaks the buyer's design to a rival: knowledgeIntensity
     * squared, because a stage's knowledge is both what its specialist must be told and what it can pass on
     * (a designer sees the whole design, a finisher a surface of it), so leaks concentrate on the stages
     * that carry the design (Arora and Merges 2004: the expropriation hazard is the knowledge a specialist
     * needs).
     */
    double leakProbability(Stage st) {
        return st.knowledgeIntensity * st.knowledgeIntensity * unchecked() * model.params.get(Param.LEAK_RATE);
    }

    /** Chance per step that a producer copies a better rival's design. */
    double copyProbability() {
        return unchecked() * model.params.get(Param.COPY_RATE);
    }

    /** Whether a design is old enough for rivals to have copied it (lead time). */
    boolean copyable(Design d, int now) {
        return now - d.born >= model.params.get(Param.IMITATION_LAG);
    }

    /**
     * Hazard per step that a leading design of producer i gets a copy: a rival copies it (each copier
     * looks at COPY_SAMPLE designs, so about COPY_SAMPLE x copyProbability of the leader's being taken),
     * it leaks through one of the specialists i buys its stages from, or a skilled worker who moves to a
     * rival carries it ({@link TalentMarket#departureHazard}).
     */
    double erosionHazard(Firm i) {
        double h = COPY_SAMPLE * copyProbability();
        for (int s = 0, K = i.supplier.length; s < K; s++) {
            if (!i.makes(s) && i.supplier[s] != null) h += leakProbability(model.chain.get(s));
        }
        // talent mobility: skilled workers who leave for rivals carry the lead (0 without mobility)
        return h + model.talentMarket.departureHazard(i);
    }

    /**
     * Discounted months a new design's premium lasts (money-weighted, at the firm's discount rate rho):
     * untouched for imitationLag months, then until a copy appears (hazard h), then brandRetention of it
     * for good:
     * <pre>   T = (1 - e^-rho L)/rho + e^-rho L [1/(rho + h) + kappa h / ((rho + h) (rho + q h (1 - kappa)))]</pre>
     * where q = repeatedErosion: later copies come at hazard q h and each leaves kappa of what was kept
     * (the k-th copy leaves kappa^k), so a design many can copy loses its premium to the crowd of imitators,
     * not to the first alone (Mansfield, Schwartz and Wagner 1981: most innovations are imitated, and the
     * originator's rent falls with each imitator). With q = 0 only the first copy erodes it:
     * kappa h / (rho (rho + h)). With h = 0 it is 1/rho; with h large, the lead time plus the brand's share.
     */
    double premiumDuration(double h) {
        double rho = designDiscountRate();
        double lag = model.params.get(Param.IMITATION_LAG);
        double kappa = model.params.get(Param.BRAND_RETENTION);
        double q = model.params.get(Param.REPEATED_EROSION);
        double wait = Math.exp(-rho * lag);
        return (1 - wait) / rho + wait * (1 / (rho + h) + kappa * h / ((rho + h) * (rho + q * h * (1 - kappa))));
    }

    /**
     * Rate at which a new design's premium is discounted: the interest rate plus the rate at which better
     * designs replace it (1 / designLife; Aghion and Howitt 1992), apart from copies, which h counts. A
     * design outlives the plants' planning horizon when better designs come slowly, so strong protection
     * is worth more than a horizon of two years would let it be.
     */
    double designDiscountRate() {
        return model.params.get(Param.INTEREST_RATE) + 1 / model.params.get(Param.DESIGN_LIFE);
    }

    /**
     * Share of its margin a seller keeps when one more rival joins its design's nest: the nest gains
     * weight ((n+1)/n)^(1-sigma), split among n+1 sellers, and each one's markup falls to the Nash markup
     * at the smaller within-nest share.
     */
    double marginKeptAfterCopy(Firm i) {
        int n = Math.max(1, i.getDesignSellers());
        double sigma = model.params.get(Param.NEST_CORRELATION);
        double beta = model.params.get(Param.CHOICE_INTENSITY), e = model.params.get(Param.DEMAND_ELASTICITY);
        double shareKept = Math.pow((double) n / (n + 1), sigma);
        double now = FinalMarket.nashMarkup(FinalMarket.elasticity(beta, sigma, e, i.marketShare, 1.0 / n));
        double after = FinalMarket.nashMarkup(FinalMarket.elasticity(beta, sigma, e, i.marketShare * shareKept, 1.0 / (n + 1)));
        return shareKept * (after / (1 + after)) / (now / (1 + now));
    }

    /**
     * Money a producer expects to lose per step by outsourcing stage s: Pr(leak) x the margin a copy
     * takes away over the design's discounted life (1 / (interestRate + 1/designLife), the horizon R&D's
     * return is valued over, {@link #designDiscountRate}: a leak skips the lead time).
     */
    double expectedLeakLoss(Firm i, Stage st, double unitCost, double output) {
        double margin = i.markup * unitCost * output;
        double lost = margin * (1 - marginKeptAfterCopy(i)) / designDiscountRate();
        return leakProbability(st) * lost;
    }

    /**
     * Whether selling a copy of {@code from}'s design would earn {@code to} more than its own design: as
     * the sole seller of a design it would hold s n^sigma (s its share among the n sellers of its
     * design now), raised by qualityStep^beta per rung the copy is better; as one of the m + 1 sellers of
     * the copied design it holds that times (m + 1)^-sigma, at the Nash markup of that crowded nest.
     * A design many already sell is not worth copying: vicious competition limits itself.
     */
    boolean worthCopying(Firm from, Firm to) {
        if (to.design == null || to.marketShare <= 0) return true;
        double beta = model.params.get(Param.CHOICE_INTENSITY), sigma = model.params.get(Param.NEST_CORRELATION);
        double e = model.params.get(Param.DEMAND_ELASTICITY);
        int n = Math.max(1, to.getDesignSellers()), m = Math.max(1, from.getDesignSellers());
        double sole = to.marketShare * Math.pow(n, sigma);
        double lift = Math.exp(beta * model.lnQualityStep * (from.rung - to.rung));
        double soleCopy = sole * lift / (1 - sole + sole * lift);
        double after = soleCopy * Math.pow(m + 1, -sigma);
        return FinalMarket.nashMargin(beta, sigma, e, after, 1.0 / (m + 1)) > FinalMarket.nashMargin(beta, sigma, e, to.marketShare, to.nestShare);
    }

    /**
     * A design copied or leaked: the copier closes the quality gap (it gets the product, not the know-how
     * behind it) and joins the design's nest. A design no better than what the recipient sells, or the one
     * it sells already, changes nothing. Returns whether the copy was made.
     */
    boolean copy(Firm from, Firm to) {
        if (from.rung <= to.rung || from.design == null || from.design == to.design || !worthCopying(from, to)) return false;
        to.adopt(from.design, false);
        model.counters.imitations++;
        return true;
    }
}
