package clustersim.model;

import java.io.Serializable;

/**
 * Universities and research institutes (MODEL.md section 6, first row): a public knowledge pool whose
 * frontier rises with research effort, which firms draw on through contract research or a licence, and
 * from which spin-off firms come.
 *
 * <ul>
 *   <li><b>The pool.</b> Its frontier F (a rung of know-how) starts at the founders' know-how (rung 0).
 *       While universities do research it builds on the state of the art, the cluster's mean know-how
 *       if that is further, and rises by universityResearch rungs a year:
 *       F(t+1) = max(F(t), meanCapability) + universityResearch / 12; without research it stays put.</li>
 *   <li><b>Contract research</b> (v2's universityLinkage, unchanged): a producer doing R&D draws on a
 *       university this step with probability universityLinkage; its success factor a is then
 *       multiplied by 1 + universityBoost, as before. New: where the frontier is ahead of the cluster's
 *       mean know-how, a linked firm climbs from the frontier instead of from the cluster's mean (the
 *       lead it is discounted for is its lead over max(meanCapability, F)), and its chance rises by the
 *       factor 1 + min(g, frontierReach) / frontierReach, g = F - capability the know-how the pool holds
 *       beyond its own: a success costs a linked firm less.</li>
 *   <li><b>Licences.</b> A producer whose design is below the frontier's rung floor(F) draws on the
 *       university with probability universityLinkage a month (R&D or not); it licenses a design of its
 *       own at rung floor(F) (know-how included) where the premium it expects over its design's life
 *       ({@link Innovation#ownDesignGain}, {@link IpRegime#premiumDuration}) is worth more than the fee,
 *       which is half of it (the university's share of the surplus), paid from its net worth.</li>
 *   <li><b>Spin-offs.</b> Poisson(spinoffRate) producer entrants a month, founded with a design of their
 *       own at the frontier's rung (or the cluster's mean rung, if higher), financed like any entrant.</li>
 * </ul>
 * <p>With universityResearch 0 the frontier stays at rung 0, which no producer's know-how is below, so
 * neither the pool's terms nor licences ever act and no random number is drawn for them: v2's results
 * are unchanged to the byte (universityLinkage keeps exactly v2's contract-research effect). With
 * spinoffRate 0 there are no spin-offs and no draw.
 */
final class University implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Share of the licensee's expected premium the university takes as its fee. */
    static final double LICENCE_FEE_SHARE = 0.5;

    private final ClusterModel model;
    /** The pool's frontier, in rungs of know-how. */
    double frontier;

    University(ClusterModel model) {
        this.model = model;
    }

    void start() {
        frontier = 0;
    }

    /** The frontier's rung: the best design a licence gives. */
    int frontierRung() {
        return (int) Math.floor(frontier);
    }

    /** Whether the pool holds know-how beyond the cluster's mean (only then do its terms act). */
    boolean poolAhead() {
        return frontier > model.meanCapability;
    }

    /**
     * Factor on a linked firm's R&D success chance beyond contract research's 1 + universityBoost: the
     * pool's know-how beyond the firm's own, and the frontier as its base instead of the cluster's mean.
     * Call only where {@link #poolAhead()}.
     */
    double poolFactor(Firm i) {
        double reach = model.params.get(Param.FRONTIER_REACH);
        double g = Math.max(0, frontier - i.capability);
        double base = Math.max(model.meanCapability, frontier);
        double ahead = Math.max(0, i.capability - base);
        // the firm's own discount (its lead over the cluster's mean) is replaced by its lead over the pool
        return (1 + Math.min(g, reach) / reach) * Math.exp(-ahead / reach) / model.innovation.successDiscount(i);
    }

    /**
     * A producer's chance this month to license a design near the frontier (any producer, R&D or not).
     * Draws a random number only where the frontier's rung is above the firm's design.
     */
    void considerLicence(Firm i, double linkage) {
        int r = frontierRung();
        if (r <= i.rung || linkage <= 0 || i.output <= 0) return;
        if (model.random.nextDouble() >= linkage) return;
        double value = model.innovation.ownDesignGain(i) * model.ip.premiumDuration(model.ip.erosionHazard(i));
        double fee = LICENCE_FEE_SHARE * value;
        if (value <= 0 || i.netWorth < fee) return;
        i.earn(-fee);
        i.adopt(new Design(r, model.currentStep()), true);
        i.capability = Math.max(i.capability, r);
        i.lastOwnInnovation = model.currentStep();
        model.counters.innovations++;
        model.counters.universityInnovations++;
    }

    /** The month's research and spin-offs (after entry: spin-offs are entrants of the month). */
    void step() {
        double research = model.params.get(Param.UNIVERSITY_RESEARCH);
        // research builds on the state of the art: never from below what the cluster's firms know
        if (research > 0) frontier = Math.max(frontier, model.meanCapability) + research / 12;
        double rate = model.params.get(Param.SPINOFF_RATE);
        if (rate <= 0) return;
        int n = ModelRandom.poisson(model.random, rate);
        int rung = Math.max(frontierRung(), (int) Math.floor(model.market.meanRung));
        for (int k = 0; k < n; k++) {
            Firm x = model.demography.enterProducer(new Design(rung, model.currentStep()), rung);
            if (x == null) continue;
            // commercialised research: a product innovation of the month
            x.lastOwnInnovation = model.currentStep();
            model.counters.spinoffs++;
        }
    }
}
