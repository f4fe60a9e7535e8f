package clustersim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Innovation and imitation on a quality ladder, and each producer's choice of its R&D.
 *
 * <p>R&D: a producer spends rdShare of its revenue (plus rdFixedCost while it does any R&D); its know-how
 * (capability) climbs one rung (quality x qualityStep) with probability
 * <pre>   p = min(1, a sqrt(rdShare)),   a = rdProductivity talent (1 + universityBoost if it draws on a university) exp(-ahead / frontierReach) skills</pre>
 * per step: decreasing returns to R&D. talent is the firm's innovative capability, drawn at birth; a
 * firm draws on a university with probability universityLinkage; "ahead" is its know-how lead over the
 * cluster's mean know-how; skills is the workforce's factor ({@link Skills#rdFactor}, 1 by default). Where
 * the university pool's frontier is ahead of the cluster, a linked firm gains more ({@link University}),
 * and any producer may license a design near that frontier. Its product climbs with it when its know-how passes the design it sells: a new
 * design of its own.
 *
 * <p>Each producer chooses the R&D share it aims at from the return it expects to appropriate
 * ({@link #chooseRd}): the chance of success times the premium a new design earns times how long the
 * premium lasts ({@link IpRegime#premiumDuration}), against the cost; it reconsiders with probability
 * rdLearning per step and moves its R&D share a tenth of the way to its aim each step. No cluster-wide
 * signal, no cap but the firm's means.
 *
 * <p>Designs spread two ways, both less often under stronger ipProtection: producers copy a better
 * rival's design (once the design is imitationLag months old), and designs leak through the specialists
 * that handle knowledge-intensive stages. A copied or leaked design closes the copier's quality gap (it
 * gets the product, not the know-how) and puts it in the design's nest of the final market.
 * Alpha (the weight on profit against trust): a producer takes over the alpha of a more profitable
 * random rival, with mutation.
 */
final class Innovation implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Share of the gap to its chosen R&D share a producer closes each step. */
    static final double RD_ADJUSTMENT = 0.1;
    private final ClusterModel model;

    Innovation(ClusterModel model) {
        this.model = model;
    }

    // this step's constants of the innovation phase, set by prepare()
    private double productivity, university, boost, copyP, fixedCost, skill;
    /** Whether the university pool holds know-how beyond the cluster's mean this step. */
    private boolean poolAhead;
    /** This month's producers, the rivals a copier looks at (specialists have no product to copy). */
    private final ArrayList<Firm> rivals = new ArrayList<>();
    private int now;

    /** Reads the parameters of this step's innovation phase (call before the firms innovate). */
    void prepare() {
        productivity = model.params.get(Param.RD_PRODUCTIVITY);
        university = model.params.get(Param.UNIVERSITY_LINKAGE);
        boost = model.params.get(Param.UNIVERSITY_BOOST);
        fixedCost = model.params.get(Param.RD_FIXED_COST);
        copyP = model.ip.copyProbability();
        skill = model.skills.rdFactor();
        poolAhead = model.university.poolAhead();
        now = model.currentStep();
        rivals.clear();
        for (Firm x : model.firms) if (x.producer) rivals.add(x);
    }

    /** Monthly chance that R&D at share r succeeds, for a firm with success factor a. */
    static double successChance(double a, double r) {
        return r <= 0 ? 0 : Math.min(1, a * Math.sqrt(r));
    }

    /**
     * Innovation phase of one producer, in its turn: R&D, copying a rival's design, and leaks through
     * its specialists. (ClusterModel runs it in the same pass over the firms as their finance.)
     */
    void innovateAndImitate(Firm i) {
        final int K = i.supplier.length;
        i.rdShare += RD_ADJUSTMENT * (i.rdTarget - i.rdShare);
        if (i.rdTarget == 0 && i.rdShare < 1e-3) i.rdShare = 0;
        if (i.output > 0 && i.rdShare > 0) {
            i.rdSpend = i.rdShare * i.finalSales + fixedCost;
            i.earn(-i.rdSpend);
            double a = productivity * i.talent * successDiscount(i) * skill;
            boolean linked = model.random.nextDouble() < university;
            if (linked) {
                a *= 1 + boost;
                if (poolAhead) a *= model.university.poolFactor(i);
            }
            if (model.random.nextDouble() < successChance(a, i.rdShare)) {
                if (linked) model.counters.universityInnovations++;
                // R&D raises know-how; the product improves only where know-how passes the design
                // in use, so a copied design does not become a free base for the next rung
                i.capability++;
                model.counters.innovations++;
                if (i.capability > i.rung) {
                    i.adopt(new Design(i.capability, now), true);
                    i.lastOwnInnovation = now;
                }
            }
        }
        // a licence near the university pool's frontier, R&D or not (never where the frontier is not above its design)
        if (i.output > 0) model.university.considerLicence(i, university);
        if (copyP > 0 && model.random.nextDouble() < copyP) {
            // copiers go for the best design among the few rivals they look at, of those old enough to copy
            Firm best = null;
            for (int k = 0; k < IpRegime.COPY_SAMPLE; k++) {
                Firm rival = rivals.get(model.random.nextInt(rivals.size()));
                if (rival != i && rival.producer && rival.alive && rival.design != null && model.ip.copyable(rival.design, now)
                        && (best == null || rival.rung > best.rung)) best = rival;
            }
            if (best != null) model.ip.copy(best, i);
        }
        // leakage through the specialists that handle knowledge-intensive stages
        for (int s = 0; s < K; s++) {
            Firm j = i.supplier[s];
            if (j == null || i.makes(s)) continue;
            if (model.random.nextDouble() < model.ip.leakProbability(model.chain.get(s))) {
                Firm rival = leakRecipient(i, j, s);
                if (rival != null && model.ip.copy(i, rival) && model.params.get(Param.LEAK_ENDS_RELATION) > 0) {
                    // the buyer sees its design sold by a rival and learns it walked out through this supplier:
                    // a breach of confidence, so trust falls as after a breach and the relation ends (the
                    // stage is reviewed at the next sourcing phase: made in-house, or bought from another)
                    i.setSupplierTrust(s, model.credit.breached(i.trustInSupplier(s)));
                    i.setLastBreach(s, now);
                    model.makeOrBuy.endRelation(i, s);
                    i.setMustReview(s, true);
                }
            }
        }
    }

    /** Who receives a leaked design: another customer of the same specialist, else any producer. */
    private Firm leakRecipient(Firm victim, Firm specialist, int s) {
        List<Firm> cs = specialist.customers[s];
        if (cs != null && cs.size() > 1) {
            Firm c = cs.get(model.random.nextInt(cs.size()));
            if (c != victim && c.alive) return c;
        }
        Firm c = rivals.get(model.random.nextInt(rivals.size()));
        return c != victim && c.producer && c.alive ? c : null;
    }

    /** Margin a producer earned this step on a design of its own (its innovation rent; 0 on a copy). */
    double innovationRent(Firm i) {
        if (i.output <= 0 || !i.ownDesign) return 0;
        return i.markup * i.unitCost * i.output;
    }

    /**
     * The R&D share that maximises what a producer expects to appropriate, net of its cost. A success
     * gives a design of its own one rung up: its quality-adjusted price falls by the factor qualityStep,
     * so its share as the sole seller of a design (s n^sigma, from s among n sellers of one design) rises
     * by qualityStep^beta in the logit, and its markup goes to the Nash markup of a sole seller. The
     * premium g is the margin it would then earn less what it earns now; it lasts T discounted months
     * ({@link IpRegime#premiumDuration}). With success chance a sqrt(r) per month, the expected net return
     * per month a sqrt(r) g T - r R is largest at r* = (a g T / (2R))^2, where it is (a g T)^2 / (4R); the
     * firm does R&D only where that covers rdFixedCost, and never spends beyond its means (its gross
     * margin: R&D is paid from what sales bring in). Success chances use the university's expected boost.
     */
    double chooseRd(Firm i) {
        double revenue = i.finalSales;
        if (revenue <= 0 || i.unitCost <= 0) return 0;
        double gain = ownDesignGain(i);
        if (gain <= 0) return 0;
        // know-how behind the design it sells (a copier's) must first catch up: a new design of its own
        // takes that many successes more
        int successesNeeded = Math.max(1, i.rung - i.capability + 1);
        double value = gain * model.ip.premiumDuration(model.ip.erosionHazard(i)) / successesNeeded;
        double linkage = model.params.get(Param.UNIVERSITY_LINKAGE), boost = model.params.get(Param.UNIVERSITY_BOOST);
        // expected university factor: contract research (v2), and the pool's know-how where it is ahead
        double expectedUniversity = model.university.poolAhead()
                ? 1 + linkage * ((1 + boost) * model.university.poolFactor(i) - 1)
                : 1 + boost * linkage;
        double a = model.params.get(Param.RD_PRODUCTIVITY) * i.talent * successDiscount(i) * model.skills.rdFactor()
                * expectedUniversity;
        double best = a * value / (2 * revenue);
        double r = best * best;
        if (a * value * a * value / (4 * revenue) <= model.params.get(Param.RD_FIXED_COST)) return 0;
        double margin = i.markup / (1 + i.markup) * revenue;
        double means = Math.max(0, margin) / revenue;
        return Math.max(0, Math.min(r, means));
    }

    /**
     * The margin per month a design of its own one rung up would add to what producer i earns now (see
     * {@link #chooseRd}); 0 or less where it would not pay.
     */
    double ownDesignGain(Firm i) {
        double revenue = i.finalSales;
        if (revenue <= 0 || i.unitCost <= 0) return 0;
        double beta = model.params.get(Param.CHOICE_INTENSITY), sigma = model.params.get(Param.NEST_CORRELATION);
        double margin = i.markup / (1 + i.markup) * revenue;
        int n = Math.max(1, i.getDesignSellers());
        double sole = Math.min(0.999, i.marketShare * Math.pow(n, sigma));
        double m = Math.exp(beta * model.lnQualityStep);
        double s1 = sole * m / (1 - sole + sole * m);
        double mu1 = FinalMarket.nashMarkup(FinalMarket.elasticity(beta, sigma, model.params.get(Param.DEMAND_ELASTICITY), s1, 1));
        return mu1 / (1 + mu1) * revenue * (s1 / Math.max(i.marketShare, 1e-12)) - margin;
    }

    /** Smoothed records, the choice of R&D and the learning of alpha (see the class comment). */
    void adaptStrategies() {
        final List<Firm> firms = model.firms;
        final int n = firms.size();
        final double learn = model.params.get(Param.RD_LEARNING);
        for (int f = 0; f < n; f++) adapt(model.inTurn(f), firms, n, learn);
    }

    /**
     * One producer's smoothed results and, now and then, its strategies. (A method of its own, called once a
     * firm, so that the JIT compiler compiles it within the first month: the walk of a method called once a
     * month is compiled only on its stack, after some 20 months of interpreting it.)
     */
    private void adapt(Firm i, List<Firm> firms, int n, double learn) {
        if (!i.producer || !i.alive || i.bankrupt) return;
        // operating results, before R&D (an investment, whose worth chooseRd judges), over about two
        // years for the rate (it pays off late and in lumps) and about ten months for the money
        double operating = i.profit + i.rdSpend;
        double rate = i.finalSales > 0 ? operating / i.finalSales : 0;
        i.profitRateEma = 0.96 * i.profitRateEma + 0.04 * rate;
        i.profitEma = 0.9 * i.profitEma + 0.1 * operating;
        i.rentEma = 0.96 * i.rentEma + 0.04 * innovationRent(i);
        if (model.random.nextDouble() >= learn) return;
        i.rdTarget = chooseRd(i);
        Firm rival = firms.get(model.random.nextInt(n));
        if (rival != i && rival.producer && rival.alive && rival.profitRateEma > i.profitRateEma) i.alpha = rival.alpha;
        i.alpha = clamp(i.alpha + 0.01 * model.random.nextGaussian(), 0.05, 0.95);
    }

    /** Two years in the cluster. */
    static boolean oldEnough(Firm i, int now) {
        return now - i.birthStep >= 24;
    }

    /** How much harder R&D is for a firm whose know-how is ahead of the cluster's mean know-how. */
    double successDiscount(Firm i) {
        double ahead = Math.max(0, i.capability - model.meanCapability);
        // most firms are not ahead: exp(-0) is 1 without the call
        return ahead == 0 ? 1 : Math.exp(-ahead / model.params.get(Param.FRONTIER_REACH));
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
