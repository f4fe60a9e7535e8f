package clustersim.model;

import java.io.Serializable;
import java.util.List;

/**
 * Innovation and imitation on a quality ladder. A producer spends rdShare of its revenue on R&D; its
 * know-how (capability) climbs one rung (quality x qualityStep) with probability
 * <pre>   p = rdProductivity rdShare (1 + universityBoost if it draws on a university) exp(-ahead / frontierReach)</pre>
 * per step (a firm draws on a university with probability
 * universityLinkage; "ahead" is its know-how lead over the cluster's mean know-how, since pushing far
 * beyond what the cluster knows - its engineers, suppliers, institutes - is harder). Its product climbs with it when its know-how passes the design
 * it sells: that is a product innovation of its own.
 *
 * <p>Designs spread two ways, both less often under stronger ipProtection: producers copy a better
 * rival's design, and designs leak through the specialists that handle knowledge-intensive stages. A
 * copied or leaked design closes the copier's quality gap (it gets the product, not the know-how) and
 * starts a price war (see {@link IpRegime}, {@link FinalMarket}).
 *
 * <p>Strategies adapt to what they earned. R&D: producers look at who is doing well. When a producer
 * reconsiders (probability rdLearning per step) it raises its R&D share by rdStep if the producers that
 * spend more than the median share on R&D earned a higher profit rate over about the last two years (net
 * of their R&D) than those that spend less, and lowers it otherwise, never above its margin (R&D is paid
 * out of margins); a small mutation keeps firms exploring. Where copying erodes the rent of new
 * designs, R&D-intensive firms earn less and R&D dies out; where IP holds, they earn more and R&D spreads.
 * Alpha (the weight on profit against trust): a producer takes over the alpha of a more profitable
 * random rival, with mutation.
 */
final class Innovation implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Rival designs a copier compares before it copies the best. */
    private static final int COPY_SAMPLE = 3;
    private final ClusterModel model;
    private double[] scratch = new double[0];

    Innovation(ClusterModel model) {
        this.model = model;
    }

    // this step's constants of the innovation phase, set by prepare()
    private double productivity, university, boost, copyP, cloneDecay;
    private int now;

    /** Reads the parameters of this step's innovation phase (call before the firms innovate). */
    void prepare() {
        productivity = model.params.get(Param.RD_PRODUCTIVITY);
        university = model.params.get(Param.UNIVERSITY_LINKAGE);
        boost = model.params.get(Param.UNIVERSITY_BOOST);
        copyP = model.ip.copyProbability();
        cloneDecay = 1 - 1 / model.params.get(Param.CLONE_MONTHS);
        now = model.currentStep();
    }

    /**
     * Innovation phase of one producer, in its turn: R&D, copying a rival's design, and leaks through
     * its specialists. (ClusterModel runs it in the same pass over the firms as their finance.)
     */
    void innovateAndImitate(Firm i) {
        final List<Firm> firms = model.firms;
        final int n = firms.size();
        final int K = i.supplier.length;
        i.clone *= cloneDecay;
        if (i.output > 0 && i.rdShare > 0) {
            i.rdSpend = i.rdShare * i.finalSales;
            i.earn(-i.rdSpend);
            double p = productivity * i.rdShare * successDiscount(i);
            if (model.random.nextDouble() < university) p *= 1 + boost;
            if (model.random.nextDouble() < p) {
                // R&D raises know-how; the product improves only where know-how passes the design
                // in use, so a copied design does not become a free base for the next rung
                i.capability++;
                model.counters.innovations++;
                if (i.capability > i.rung) {
                    i.rung = i.capability;
                    i.clone = 0;
                    i.lastOwnInnovation = now;
                }
            }
        }
        if (copyP > 0 && model.random.nextDouble() < copyP) {
            // copiers go for the best design among the few rivals they look at
            Firm best = null;
            for (int k = 0; k < COPY_SAMPLE; k++) {
                Firm rival = firms.get(model.random.nextInt(n));
                if (rival != i && rival.producer && rival.alive && (best == null || rival.rung > best.rung)) best = rival;
            }
            // copying a design as good as one's own is still a clone: the two now fight on price
            if (best != null && best.rung >= i.rung) model.ip.copy(best, i);
        }
        // leakage through the specialists that handle knowledge-intensive stages
        for (int s = 0; s < K; s++) {
            Firm j = i.supplier[s];
            if (j == null || i.makes(s)) continue;
            if (model.random.nextDouble() < model.ip.leakProbability(model.chain.get(s))) {
                Firm rival = leakRecipient(i, j, s);
                if (rival != null) model.ip.copy(i, rival);
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
        List<Firm> firms = model.firms;
        Firm c = firms.get(model.random.nextInt(firms.size()));
        return c != victim && c.producer && c.alive ? c : null;
    }

    /** Rent a producer earned this step on designs of its own. */
    double innovationRent(Firm i, int now) {
        if (i.output <= 0) return 0;
        double rate = i.rung <= i.capability ? model.market.qualityPremium(i) * (1 - i.clone) : 0;
        if (now - i.lastOwnInnovation < model.params.get(Param.CLONE_MONTHS)) {
            rate += (model.params.get(Param.BASE_MARKUP) - model.params.get(Param.PRICE_WAR_MARKUP)) * (1 - i.clone);
        }
        return rate * i.unitCost * i.output;
    }

    /** Learning of strategies from what they earned (see the class comment). */
    void adaptStrategies(TurnMarks candidates) {
        final List<Firm> firms = model.firms;
        final int n = firms.size();
        final double learn = model.params.get(Param.RD_LEARNING);
        final double noise = model.params.get(Param.STRATEGY_NOISE);
        final double rdMax = model.params.get(Param.RD_MAX);
        final double rdStep = model.params.get(Param.RD_STEP);
        final int now = model.currentStep();
        final boolean rdPays = rdPays(candidates);
        for (int f = 0; f < n; f++) {
            Firm i = model.inTurn(f);
            if (!i.producer || !i.alive || i.bankrupt) continue;
            double rate = i.finalSales > 0 ? i.profit / i.finalSales : 0;
            // strategies are judged over about two years: R&D pays off late and in lumps
            i.profitRateEma = 0.96 * i.profitRateEma + 0.04 * rate;
            i.profitEma = 0.9 * i.profitEma + 0.1 * i.profit;
            i.rentEma = 0.96 * i.rentEma + 0.04 * innovationRent(i, now);
            if (model.random.nextDouble() >= learn) continue;
            double step = rdPays ? rdStep : -rdStep;
            // R&D is paid out of margins: no producer spends more of its revenue on it than its markup
            double cap = Math.min(rdMax, i.markup / (1 + i.markup));
            i.rdShare = clamp(i.rdShare + step + noise * model.random.nextGaussian(), 0, cap);
            Firm rival = firms.get(model.random.nextInt(n));
            if (rival != i && rival.producer && rival.alive && rival.profitRateEma > i.profitRateEma) i.alpha = rival.alpha;
            i.alpha = clamp(i.alpha + 0.01 * model.random.nextGaussian(), 0.05, 0.95);
        }
    }

    /**
     * Whether R&D has earned its cost in the cluster: established producers spending more than the
     * median R&D share earned a higher smoothed profit rate than those spending less (what an owner sees
     * by looking at who is doing well).
     */
    private boolean rdPays(TurnMarks candidates) {
        final int now = model.currentStep();
        final int n = candidates.size();
        int producers = 0;
        if (scratch.length < n) scratch = new double[Math.max(n, 2 * scratch.length)];
        for (int k = 0; k < n; k++) {
            Firm i = candidates.get(k);
            if (established(i, now)) scratch[producers++] = i.rdShare;
        }
        if (producers < 2) return false;
        double median = Median.of(scratch, producers);
        double hi = 0, lo = 0;
        int nHi = 0, nLo = 0;
        for (int k = 0; k < n; k++) {
            Firm i = candidates.get(k);
            if (!established(i, now)) continue;
            if (i.rdShare > median) {
                hi += i.profitRateEma;
                nHi++;
            } else {
                lo += i.profitRateEma;
                nLo++;
            }
        }
        return nHi > 0 && nLo > 0 && hi / nHi > lo / nLo;
    }

    /** A producer with two years of record: newcomers' profits say more about starting than about R&D. */
    private static boolean established(Firm i, int now) {
        return i.producer && i.alive && !i.bankrupt && oldEnough(i, now);
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
