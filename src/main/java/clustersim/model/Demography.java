package clustersim.model;

import java.io.Serializable;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Entry, exit and role change.
 * <ul>
 *   <li>Exit: bankrupt firms leave (their partners re-source); a specialist without customers for
 *       idleMonths closes; a producer that sold a stage nobody buys stops selling it.</li>
 *   <li>Role change: a producer with spare capacity in a stage it makes starts selling that stage when
 *       buyers would rather buy it than make it; a producer squeezed out of the final market retreats
 *       into the stage it has most experience in (as small firms did in Wenzhou and Zhili).</li>
 *   <li>Exogenous exit: a producer closes with probability exitHazard a month whatever its profits (its
 *       owner retires or moves on; Hopenhayn 1992, Melitz 2003), so exploratory entrants cannot pile up
 *       where nobody makes losses.</li>
 *   <li>Exit on persistent losses: a producer older than two years whose smoothed profit is negative
 *       and whose smoothed profit rate is below exitProfitRate expects less from going on than from
 *       selling its plants (its value is below its scrap value): it retreats into a stage or closes.</li>
 *   <li>Entry (Sutton 1991): founding a firm costs a sunk entryCost on top of its plants. Producers
 *       come at a rate rising with (V - B) / B, where V is the value of the mean producer's smoothed
 *       operating profit at the firm's discount rate (concentrated profits draw newcomers) and B the entry barrier (entryCost plus the plants it must finance); specialists come
 *       into a stage at a rate rising with incumbent specialists' return on capital above
 *       interestRate; a few come whatever the signals (exploratoryEntry). An entrant must pay entryCost
 *       from its own funds and finance its plants from the rest plus borrowing; otherwise it does not enter.
 *       A producer entrant copies the design, among those of the entrantLooksAt producers it looks at, it
 *       would earn most on as one more seller (a producer met at random sells a crowded design more often
 *       than a lone one, so entrants that copied the first they met crowded onto a few designs).</li>
 * </ul>
 */
final class Demography implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;
    /** Concentration of the Beta distribution of trustworthiness. */
    private static final double TRUST_CONCENTRATION = 8;

    Demography(ClusterModel model) {
        this.model = model;
    }

    /** Innovative capability of a new firm: log-normal with mean 1 and log-sd capabilitySpread. */
    double drawTalent() {
        double sd = model.params.get(Param.CAPABILITY_SPREAD);
        return Math.exp(sd * model.random.nextGaussian() - sd * sd / 2);
    }

    double drawTrustworthiness() {
        double m = model.params.get(Param.TRUSTWORTHINESS_MEAN);
        return new BetaDistribution(model.rng, m * TRUST_CONCENTRATION, (1 - m) * TRUST_CONCENTRATION).sample();
    }

    void step() {
        closeIdle();
        changeRoles();
        removeDeparted();
        enter();
    }

    // ------------------------------------------------------------------ exit

    private void closeIdle() {
        final int idleLimit = model.params.getInt(Param.IDLE_MONTHS);
        final double hazard = model.params.get(Param.EXIT_HAZARD);
        final List<Firm> firms = model.firms;
        for (int f = 0, n = firms.size(); f < n; f++) closeIdle(firms.get(f), idleLimit, hazard);
    }

    // The walks over the firms below do one firm a call: the JIT compiler compiles a method called once a firm
    // within the first month, and a walk of a method called once a month only on its stack, again for each
    // first it meets, with everything the walk calls (docs/PERFORMANCE.md, "Version 2 against version 1").

    private void closeIdle(Firm x, int idleLimit, double hazard) {
        // specialists' smoothed profit, which entry reads below (producers' is smoothed with their strategies)
        if (!x.producer) x.profitEma = 0.9 * x.profitEma + 0.1 * x.profit;
        if (x.bankrupt || !x.alive) return;
        boolean stillSelling = false;
        for (int s = 0; s < x.getStageCount(); s++) {
            if (!x.sells(s)) continue;
            x.setIdleSteps(s, x.customerCount(s) == 0 ? x.idleStepsOf(s) + 1 : 0);
            if (x.idleStepsOf(s) < idleLimit) {
                stillSelling = true;
            } else if (x.producer) {
                model.markets[s].removeSeller(x);
                if (!x.makes(s)) model.finance.divest(x, s, x.plantsOf(s));
            }
        }
        // a specialist nobody buys from closes; its owners keep what is left
        if (!x.producer && !stillSelling) x.alive = false;
        // a producer whose owner retires or moves on closes whatever its profits (no draw at 0: the same bytes)
        if (hazard > 0 && x.producer && model.random.nextDouble() < hazard) x.alive = false;
    }

    /** Takes bankrupt and closed firms out; their partners lose them. Kept in {@code departed} for this step's metrics. */
    private void removeDeparted() {
        final List<Firm> firms = model.firms;
        model.departed.clear();
        int w = 0;
        for (int f = 0, n = firms.size(); f < n; f++) {
            Firm x = firms.get(f);
            if (x.alive && !x.bankrupt) {
                firms.set(w++, x);
                continue;
            }
            depart(x);
        }
        for (int f = firms.size() - 1; f >= w; f--) firms.remove(f);
    }

    /** A firm leaves: its partners lose it. */
    private void depart(Firm x) {
        x.alive = false;
        model.departed.add(x);
        model.counters.exits++;
        for (int s = 0; s < x.getStageCount(); s++) {
            if (x.sells(s)) model.markets[s].removeSeller(x);
            List<Firm> cs = x.customers[s];
            if (cs != null) {
                for (int c = 0; c < cs.size(); c++) {
                    Firm b = cs.get(c);
                    if (b.supplier[s] == x) {
                        b.remember(x, 0);
                        b.supplier[s] = null;
                        b.setMustReview(s, true);
                    }
                }
                cs.clear();
            }
            Firm j = x.supplier[s];
            if (j != null && j.customers[s] != null) j.customers[s].remove(x);
        }
    }

    // ------------------------------------------------------------------ role change

    private void changeRoles() {
        final double p = model.params.get(Param.ROLE_CHANGE_PROBABILITY);
        if (p <= 0) return;
        final double cap = model.params.get(Param.PLANT_CAPACITY);
        final int fin = model.chain.finalStage();
        final List<Firm> firms = model.firms;
        final double exitRate = model.params.get(Param.EXIT_PROFIT_RATE);
        final int now = model.currentStep();
        double[] unmet = new double[model.chain.size()];
        for (int s = 0; s < fin; s++) {
            SupplierMarket m = model.markets[s];
            unmet[s] = m.latentDemand - m.spareCapacity();
        }
        for (int f = 0, n = firms.size(); f < n; f++) changeRole(model.inTurn(f), p, cap, fin, exitRate, now, unmet);
    }

    /** A producer squeezed out retreats into a stage or closes; one with spare capacity others want may start selling it. */
    private void changeRole(Firm x, double p, double cap, int fin, double exitRate, int now, double[] unmet) {
        if (!x.producer || x.bankrupt || !x.alive) return;
        // squeezed out of the final market (persistent losses): retreat into the stage it knows best, or close
        if (worthLessThanScrap(x, now, exitRate)) {
            int best = -1;
            for (int s = 0; s < fin; s++) {
                if (x.makes(s) && x.plantsOf(s) > 0 && (best < 0 || x.experienceOf(s) > x.experienceOf(best))) best = s;
            }
            if (best >= 0 && model.markets[best].latentDemand > 0) retreat(x, best);
            else x.alive = false;
            return;
        }
        if (model.random.nextDouble() >= p) return;
        // spare capacity in a stage others would buy: start selling it
        int best = -1;
        double bestSpare = 0.5 * cap;
        for (int s = 0; s < fin; s++) {
            if (!x.makes(s) || x.sells(s) || unmet[s] <= 0) continue;
            double spare = x.plantsOf(s) * cap - x.volumeOf(s);
            if (spare >= bestSpare) {
                bestSpare = spare;
                best = s;
            }
        }
        if (best >= 0) {
            model.markets[best].addSeller(x);
            unmet[best] -= bestSpare;
            model.counters.roleChanges++;
        }
    }

    /**
     * Whether a producer expects less from going on than from selling up: older than two years, its
     * smoothed operating profit valued at the discount rate is below what its plants fetch (salvage x
     * book value), and its smoothed profit rate is below exitProfitRate; or a year old without sales.
     */
    boolean worthLessThanScrap(Firm x, int now, double exitRate) {
        int age = now - x.birthStep;
        if (age > 12 && x.finalSales <= 0 && x.profitEma < 0) return true;
        if (age <= 24 || x.profitRateEma >= exitRate) return false;
        double scrap = model.params.get(Param.SALVAGE_VALUE) * x.capital;
        return x.profitEma / model.finance.discountRate() < scrap;
    }

    private void retreat(Firm x, int stage) {
        x.producer = false;
        for (int s = 0; s < x.getStageCount(); s++) {
            model.makeOrBuy.endRelation(x, s);
            x.setMustReview(s, false);
            if (s != stage && !x.sells(s)) model.finance.divest(x, s, x.plantsOf(s));
            x.setMakes(s, false);
        }
        model.markets[stage].addSeller(x);
        x.output = 0;
        x.expectedOutput = 0;
        model.counters.roleChanges++;
    }

    // ------------------------------------------------------------------ entry

    private void enter() {
        final int fin = model.chain.finalStage();
        // a floor on the base keeps a market that lost most of its producers open to newcomers
        double base = Math.max(model.producerCount, 0.25 * model.params.get(Param.INITIAL_FIRMS));
        double barrier = producerBarrier();
        double value = entrantProfit() / model.finance.discountRate();
        double lambda = model.params.get(Param.PRODUCER_ENTRY_RATE) * base
                * Math.max(0, (value - barrier) / barrier) + model.params.get(Param.EXPLORATORY_ENTRY);
        int n = Math.min(ModelRandom.poisson(model.random, lambda), maxEntrants());
        for (int k = 0; k < n; k++) enterProducer();
        final double hurdle = model.params.get(Param.INTEREST_RATE);
        for (int s = 0; s < fin; s++) {
            // newcomers follow incumbent specialists that earn more on their plants than a loan costs
            int n0 = 0;
            double roa = 0;
            for (Firm j : model.markets[s].sellers()) {
                if (j.producer || j.capital <= 0) continue;
                n0++;
                roa += j.profitEma / j.capital;
            }
            double excess = n0 > 0 ? Math.max(0, roa / n0 - hurdle) : 0;
            // newcomers also follow the demand buyers show for a new seller (latent demand no seller's spare
            // capacity covers), in plants' worth: a thin supplier market draws entrants, not only a rich one
            SupplierMarket mk = model.markets[s];
            double unmet = Math.max(0, mk.latentDemand - mk.spareCapacity()) / model.params.get(Param.PLANT_CAPACITY);
            double ls = model.params.get(Param.SPECIALIST_ENTRY_RATE) * n0 * excess * 100
                    + model.params.get(Param.LATENT_ENTRY) * unmet + model.params.get(Param.EXPLORATORY_ENTRY);
            int ns = Math.min(ModelRandom.poisson(model.random, ls), maxEntrants());
            for (int k = 0; k < ns; k++) enterSpecialist(s);
        }
    }

    /**
     * At most as many founders of one kind in a month as the cluster has firms (and at least 10): founding
     * takes premises, workers and papers, so a cluster cannot more than double in a month. It never binds
     * in the shipped scenarios (a few entrants a month among hundreds of firms); it keeps an absurd entry
     * signal (a market of 1e12) from founding millions of firms within one month, before the population
     * limit, which is checked between months, can stop the run.
     */
    private int maxEntrants() {
        return Math.max(10, model.firms.size());
    }

    private double drawEquity() {
        return model.params.get(Param.ENTRANT_EQUITY) * (0.5 + model.random.nextDouble());
    }

    /** The capital a producer entrant must finance: its final stage, and every stage nobody in the cluster sells. */
    private double producerCapital() {
        final int fin = model.chain.finalStage();
        double needed = model.plantPrice(fin);
        for (int s = 0; s < fin; s++) if (model.markets[s].sellerCount() == 0) needed += model.plantPrice(s);
        return needed;
    }

    /**
     * Operating profit per step a producer entrant expects (Sutton's free-entry reckoning): entrantShare
     * times an equal share 1/(N+1) of the final market's sales (a young firm expects to start smaller than
     * an incumbent), at the Nash markup of a seller of a copied design
     * (half of its nest), less the user cost of the plants it must finance.
     */
    double entrantProfit() {
        double share = entrantShare();
        double mu = FinalMarket.nashMarkup(FinalMarket.elasticity(model.params.get(Param.CHOICE_INTENSITY),
                model.params.get(Param.NEST_CORRELATION), model.params.get(Param.DEMAND_ELASTICITY), share, 0.5));
        double userCost = producerCapital() * (model.params.get(Param.DEPRECIATION) + model.params.get(Param.INTEREST_RATE));
        return model.market.totalSales * share * mu / (1 + mu) - userCost;
    }

    /** The share of final sales a producer entrant expects as a sole seller: entrantShare / (N + 1). */
    private double entrantShare() {
        return model.params.get(Param.ENTRANT_SHARE) / (model.producerCount + 1);
    }

    /**
     * Whether a producer entrant earns more as one more seller of design d than as the sole seller of a
     * variant {@code lag} rungs lower (entrantVariantLag; the comparison of FinalMarket.nashMargin that
     * IpRegime.worthCopying makes for an incumbent's copy).
     */
    boolean worthJoining(Design d, int lag) {
        double own = entrantShare();
        return joinerMargin(d, own * Math.exp(model.params.get(Param.CHOICE_INTENSITY) * model.lnQualityStep * lag))
                > FinalMarket.nashMargin(model.params.get(Param.CHOICE_INTENSITY), model.params.get(Param.NEST_CORRELATION),
                        model.params.get(Param.DEMAND_ELASTICITY), own, 1);
    }

    /**
     * The margin a producer entrant expects as one more seller of design d (entrantLooksAt): the equal share
     * lifted by qualityStep^beta per rung d stands above the cluster's mean.
     */
    double joiningMargin(Design d) {
        return joinerMargin(d, entrantShare() * Math.exp(model.params.get(Param.CHOICE_INTENSITY) * model.lnQualityStep
                * (d.rung - model.market.meanRung)));
    }

    /** The margin of one more seller of d, which as a sole seller would hold {@code share}: (m + 1)^-sigma of it, at the crowded nest's Nash markup. */
    private double joinerMargin(Design d, double share) {
        double sigma = model.params.get(Param.NEST_CORRELATION);
        int m = Math.max(1, d.sellers);
        return FinalMarket.nashMargin(model.params.get(Param.CHOICE_INTENSITY), sigma, model.params.get(Param.DEMAND_ELASTICITY),
                share * Math.pow(m + 1, -sigma), 1.0 / (m + 1));
    }

    /** Entry barrier of a producer: its plants plus the sunk entry cost (money). */
    double producerBarrier() {
        return producerCapital() + model.params.get(Param.ENTRY_COST);
    }

    /**
     * Whether a founder with these own funds can enter with plants worth {@code capital}: it pays the sunk
     * entryCost from its own funds, and must finance the plants from the rest plus borrowing. If it can, the
     * entry cost is paid and the entry counted with its barrier.
     */
    boolean canEnter(Firm x, double capital) {
        double cost = model.params.get(Param.ENTRY_COST);
        if (x.netWorth < cost) return false;
        x.netWorth -= cost;
        if (!model.finance.canFinance(x, capital)) {
            x.netWorth += cost;
            return false;
        }
        model.counters.entryBarrier += capital + cost;
        return true;
    }

    private void enterProducer() {
        enterProducer(null, 0);
    }

    /**
     * A producer entrant, financed like any (null if finance blocks it). With {@code own} null it starts
     * with a copy of an incumbent's design; otherwise (a university spin-off or a talent spin-out, issue
     * 13) with that design as its own and know-how {@code knowhow}.
     */
    Firm enterProducer(Design own, int knowhow) {
        Firm x = model.newFirm(drawEquity());
        final ValueChain chain = model.chain;
        final int fin = chain.finalStage();
        if (own != null) return enterSpinoff(x, own, knowhow);
        // a newcomer starts with a copy of an incumbent's design (entry itself is imitation) and its own talent
        Firm model0 = model.randomProducer();
        // it looks at a few producers (entrantLooksAt) and copies the design it would earn most on as one more seller
        final int looks = (int) model.params.get(Param.ENTRANT_LOOKS_AT);
        double best = looks > 1 && model0 != null && model0.design != null ? joiningMargin(model0.design) : Double.NaN;
        for (int k = 1; k < looks; k++) {
            Firm other = model.randomProducer();
            if (other == null || other.design == null) continue;
            double margin = joiningMargin(other.design);
            if (Double.isNaN(best) || margin > best) {
                model0 = other;
                best = margin;
            }
        }
        x.alpha = model0 != null ? model0.alpha : Firm.initialAlpha(model.random.nextDouble());
        x.talent = drawTalent();
        boolean copied = false, ownDesign = false, licensed = false;
        if (model0 != null && model0.design != null) {
            // entry is imitation, and IP law bites on it as on an incumbent's copy (entrantCopyIp): a design
            // younger than the lead time, or a copy that would be deterred or stopped, is out of reach, so
            // the newcomer develops a product of its own one rung lower (mode 1), stays out (2), or licenses the
            // design through a design house where one sells the design stage (3; 4: else stays out)
            final double ipMode = model.params.get(Param.ENTRANT_COPY_IP);
            Design d = model0.design;
            if (ipMode > 0) {
                boolean free = model.ip.copyable(d, model.currentStep()) && model.random.nextDouble() < model.ip.unchecked();
                final int lag = (int) model.params.get(Param.ENTRANT_VARIANT_LAG);
                if (free && lag > 0 && !worthJoining(d, lag)) {
                    // a crowded design is not worth joining: it brings a variant of its own, lag rungs lower
                    ownDesign = true;
                    d = new Design(Math.max(0, d.rung - lag), model.currentStep());
                } else if (free) {
                    copied = true;
                } else if (ipMode >= 3 && model.markets[model.chain.designStage()].sellerCount() > 0) {
                    // mode 3: where copying is deterred, the design is licensed through a design house (a
                    // market for technology needs IP that holds: Arora, Fosfuri and Gambardella 2001): the
                    // entrant sells its model's design legally and buys the design stage from a specialist
                    licensed = true;
                } else if (ipMode == 2 || ipMode >= 4) {
                    model.counters.blockedEntries++;
                    return null;
                } else {
                    // deterred: it develops a product of its own, one rung below the design it could not copy
                    ownDesign = true;
                    d = new Design(Math.max(0, d.rung - 1), model.currentStep());
                }
            }
            x.adopt(d, ownDesign);
            // what it knows of the design it copies: its model's know-how, plus entrantKnowHow of the gap
            // to the design's rung (the cluster's workers and suppliers carry a design's know-how)
            int known = Math.min(model0.capability, x.rung);
            x.capability = ownDesign ? x.rung : known + (int) Math.round(model.params.get(Param.ENTRANT_KNOW_HOW) * (x.rung - known));
            x.markup = model0.markup;
        } else {
            x.adopt(new Design((int) Math.floor(model.market.meanRung), model.currentStep()), true);
            x.capability = x.rung;
            x.markup = FinalMarket.nashMarkup(model.params.get(Param.CHOICE_INTENSITY));
        }
        x.unitCost = model.meanUnitCost;
        x.expectedOutput = 0.5 * model.meanProducerOutput;
        // the stages others sell that it would rather make (entryPlan): planned before it commits its funds
        boolean[] plan = new boolean[fin];
        double planned = 0;
        if (model.params.get(Param.ENTRY_PLAN) > 0) {
            int plants = model.makeOrBuy.plantsFor(x.expectedOutput);
            for (int s = 0; s < fin; s++) {
                if (model.markets[s].sellerCount() == 0 || (licensed && s == model.chain.designStage())
                        || !model.makeOrBuy.entrantWouldMake(x, s)) continue;
                plan[s] = true;
                planned += plants * model.plantPrice(s);
            }
        }
        // an entrant that would rather make a stage than depend on an unknown supplier for it enters only if
        // it can finance that plant too: where trust is low and finance thin, entry takes an integrated firm
        if (!canEnter(x, producerCapital() + planned)) {
            x.design.sellers--;
            model.counters.blockedEntries++;
            return null;
        }
        x.producer = true;
        if (copied) model.counters.imitations++;
        x.setMakes(fin, true);
        model.finance.invest(x, fin, 1);
        // the stages nobody sells it makes itself, with the plants it financed to enter, and those it planned to make
        for (int s = 0; s < fin; s++) {
            if (plan[s]) {
                x.setMakes(s, true);
                model.finance.invest(x, s, model.makeOrBuy.plantsFor(x.expectedOutput));
                continue;
            }
            if (model.markets[s].sellerCount() > 0) continue;
            x.setMakes(s, true);
            model.finance.invest(x, s, 1);
        }
        for (int s = 0; s < fin; s++) if (!plan[s]) x.setMustReview(s, true);
        model.addFirm(x);
        return x;
    }

    /**
     * A university spin-off or talent spin-out (issue 13): it starts with a design of its own and know-how
     * {@code knowhow}, makes the stages nobody sells and reviews the rest (null if finance blocks it).
     */
    private Firm enterSpinoff(Firm x, Design own, int knowhow) {
        final int fin = model.chain.finalStage();
        if (!canEnter(x, producerCapital())) {
            model.counters.blockedEntries++;
            return null;
        }
        x.producer = true;
        x.setMakes(fin, true);
        model.finance.invest(x, fin, 1);
        for (int s = 0; s < fin; s++) {
            if (model.markets[s].sellerCount() > 0) continue;
            x.setMakes(s, true);
            model.finance.invest(x, s, 1);
        }
        for (int s = 0; s < fin; s++) x.setMustReview(s, true);
        x.alpha = Firm.initialAlpha(model.random.nextDouble());
        x.talent = drawTalent();
        x.adopt(own, true);
        x.capability = Math.max(knowhow, own.rung);
        x.markup = FinalMarket.nashMarkup(model.params.get(Param.CHOICE_INTENSITY));
        x.unitCost = model.meanUnitCost;
        x.expectedOutput = 0.5 * model.meanProducerOutput;
        model.addFirm(x);
        return x;
    }

    private void enterSpecialist(int s) {
        Firm x = model.newFirm(drawEquity());
        if (!canEnter(x, model.plantPrice(s))) {
            model.counters.blockedEntries++;
            return;
        }
        model.finance.invest(x, s, 1);
        x.alpha = Firm.initialAlpha(model.random.nextDouble());
        model.addFirm(x);
        model.markets[s].addSeller(x);
    }
}
