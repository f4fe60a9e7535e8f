package clustersim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The cluster: institutions, value chain and firms, stepped one month at a time. The GUI, the experiment
 * runner and the tests all drive this one class; what they read is measured by an observer attached from
 * outside ({@link ModelObserver}: the metrics), so the model does not know who watches it.
 *
 * <p>One step runs these phases in this order (docs/ODD.md, "Process overview and scheduling"):
 * policy events; sourcing (make or buy) and matching; the final market; production and costs; delivery,
 * payment, trust and the bankruptcy cascade; innovation and imitation; finance (with a second pass of
 * the bankruptcy cascade for firms that interest pushed under); strategy learning; entry, exit and role
 * change; the institutions of MODEL.md section 6 (university research and spin-offs, talent moves and
 * spin-outs, the association's and the guarantee fund's counts, the local government's budget, training:
 * {@link University}, {@link TalentMarket}, {@link IndustryAssociation}, {@link GuaranteeFund},
 * {@link LocalGovernment}, {@link Skills}); the decay of the credit record; then the metrics. Association
 * dues and the guarantee's fee are paid in the finance pass.
 */
public class ClusterModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Schedule orderings within a step. */
    static final int ORDER_EVENTS = -1, ORDER_STEP = 0, ORDER_OBSERVERS = 1;

    private ClusterConfig config;
    /** Live parameter values: events and sliders change them; the model reads them every step. */
    Parameters params;
    ValueChain chain;
    final ArrayList<Firm> firms = new ArrayList<>();
    /** Position in {@link #firms} of the firm that acts first this step. */
    private int turnStart;
    /** Picked out in the innovation and finance pass: firms with negative net worth. */
    private final TurnMarks underWater = new TurnMarks();
    /** Firms that left in the current step (their flows still count in this step's metrics). */
    final ArrayList<Firm> departed = new ArrayList<>();
    SupplierMarket[] markets;
    private int nextId;

    final StepCounters counters = new StepCounters();
    final ModelRandom rng;
    final Production production = new Production(this);
    final CreditEnvironment credit = new CreditEnvironment(this);
    final PartnerSearch search = new PartnerSearch(this);
    final IpRegime ip = new IpRegime(this);
    final Finance finance = new Finance(this);
    final FinalMarket market = new FinalMarket(this);
    final MakeOrBuy makeOrBuy = new MakeOrBuy(this);
    final TradeCredit tradeCredit = new TradeCredit(this);
    final Innovation innovation = new Innovation(this);
    final Demography demography = new Demography(this);
    // the seed's institutions (MODEL.md section 6; issue 13), each absent at its defaults: of the market ...
    final IndustryAssociation association = new IndustryAssociation(this);
    final Intermediaries intermediaries = new Intermediaries(this);
    final GuaranteeFund guarantee = new GuaranteeFund(this);
    final LocalGovernment government = new LocalGovernment(this);
    // ... and of knowledge
    final University university = new University(this);
    final TalentMarket talentMarket = new TalentMarket(this);
    final Skills skills = new Skills(this);
    /** Kept across restarts: an observer attached once watches every run of this instance. */
    private final List<ModelObserver> observers = new ArrayList<>();
    private boolean started;
    private final List<ParameterChange> changes = new ArrayList<>();

    // aggregates of the last completed step, used by decisions of the next
    double lnQualityStep;
    double demandGrowthFactor = 1;
    int producerCount;
    double meanProducerOutput;
    double meanUnitCost;
    /** Mean smoothed operating profit (money per step) of producers: what a newcomer to the final market can expect. */
    double meanProfit;
    /** Mean know-how rung of producers: the cluster's knowledge base, from which R&D climbs. */
    double meanCapability;

    /** The baseline scenario (MASON's Console and doLoop construct models this way). */
    public ClusterModel(long seed) {
        this(seed, ClusterConfig.defaults());
    }

    public ClusterModel(long seed, ClusterConfig config) {
        super(seed);
        this.config = config;
        this.params = config.parameters();
        this.chain = config.chain();
        this.rng = new ModelRandom(this);
    }

    /** Replaces the configuration used by the next {@link #start()} (the GUI loads scenarios this way). */
    public void setConfig(ClusterConfig config) {
        this.config = config;
        this.params = config.parameters();
        this.chain = config.chain();
    }

    public ClusterConfig config() {
        return config;
    }

    @Override
    public void start() {
        super.start();
        params = config.parameters();
        chain = config.chain();
        firms.clear();
        departed.clear();
        changes.clear();
        counters.reset();
        nextId = 0;
        demandGrowthFactor = 1;
        market.meanRung = 0;
        lnQualityStep = Math.log(params.get(Param.QUALITY_STEP));
        association.start();
        guarantee.start();
        government.start();
        university.start();
        skills.start();
        production.refresh();
        markets = new SupplierMarket[chain.size()];
        for (int s = 0; s < chain.size(); s++) markets[s] = new SupplierMarket(this, s);
        populate();

        for (PolicyEvent e : config.events()) {
            schedule.scheduleOnce(Math.max(0, e.step - 1), ORDER_EVENTS, new EventFirer(e));
        }
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_STEP, new ClusterStep(), 1);
        started = true;
        for (int k = 0; k < observers.size(); k++) watch(k);
    }

    /**
     * Attaches an observer, before the first month: from then on it is stepped after each month's
     * processes. Each observer has an ordering of its own, after those attached before it: MASON shuffles
     * steppables that share an ordering with the model's generator, and results must not depend on who
     * watches. One observer of each class: {@link #observer(Class)} finds it.
     */
    public void addObserver(ModelObserver o) {
        if (observer(o.getClass()) != null) {
            throw new IllegalArgumentException("an observer of class " + o.getClass().getSimpleName() + " is attached already");
        }
        // one attached mid-run would miss the months before and report them as nothing happened
        if (started && schedule.getSteps() > 0) {
            throw new IllegalStateException("attach " + o.getClass().getSimpleName() + " before the model's first step, not after " + schedule.getSteps());
        }
        observers.add(o);
        if (started) watch(observers.size() - 1);
    }

    /** The attached observer of that class, or null. */
    public <T extends ModelObserver> T observer(Class<T> type) {
        for (ModelObserver o : observers) if (type.isInstance(o)) return type.cast(o);
        return null;
    }

    private void watch(int k) {
        ModelObserver o = observers.get(k);
        o.modelStarted(this);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_OBSERVERS + k, o, 1);
    }

    /** The step being processed (1 during the first step); after a step, the number of steps done. */
    public int currentStep() {
        return (int) schedule.getSteps() + 1;
    }

    /** Steps completed so far. */
    public long stepsDone() {
        return schedule.getSteps();
    }

    // ------------------------------------------------------------------ parameters and events

    /** The step of the cluster as a schedulable (a named class, so that checkpoints can serialise it). */
    private static final class ClusterStep implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((ClusterModel) state).stepCluster();
        }
    }

    private static final class EventFirer implements Steppable {
        private static final long serialVersionUID = 1L;
        private final PolicyEvent event;

        EventFirer(PolicyEvent event) {
            this.event = event;
        }

        @Override
        public void step(SimState state) {
            ((ClusterModel) state).fire(event);
        }
    }

    private void fire(PolicyEvent e) {
        for (java.util.Map.Entry<Param, Double> c : e.changes.entrySet()) {
            setParameter(c.getKey(), c.getValue(), "event: " + e.label);
        }
    }

    /** Changes a parameter from now on and logs the change (policy events and GUI sliders both come here). */
    public void setParameter(Param p, double value, String source) {
        params.set(p, value);
        changes.add(new ParameterChange(currentStep(), p, value, source));
    }

    /** The live value of a parameter (what the model reads this step). */
    public double parameter(Param p) {
        return params.get(p);
    }

    /** Every parameter change since start, in order. */
    public List<ParameterChange> parameterChanges() {
        return Collections.unmodifiableList(changes);
    }

    /** A logged parameter change: from month {@code step} on, {@code param} has {@code value}, set by {@code source}. */
    public record ParameterChange(int step, Param param, double value, String source) implements java.io.Serializable {
        @Override
        public String toString() {
            return "step " + step + ": " + param.key + " = " + Param.fmt(value) + " (" + source + ")";
        }
    }

    // ------------------------------------------------------------------ the step

    void stepCluster() {
        counters.reset();
        lnQualityStep = Math.log(params.get(Param.QUALITY_STEP));
        guarantee.refresh();
        production.refresh();
        // Who acts first changes each step: firms take turns in list order from a random starting point.
        // (A full shuffle of the list would scatter it in memory; list order is allocation order, which
        // the processor can prefetch, and every firm is still as likely as any other to go first.)
        turnStart = firms.isEmpty() ? 0 : random.nextInt(firms.size());

        sourcing();
        market.clear();
        production.produce();
        tradeCredit.settle();
        // Innovation and finance in one pass, in turn order: neither reads what the other writes for
        // another firm (innovation moves designs, R&D spending and its own books; finance each firm's
        // own books and plants), so one walk over the firms does both. Once a firm's turn is over its net
        // worth is final for the step's second bankruptcy check: the same walk picks out the firms under water.
        innovation.prepare();
        innovateAndFinance();
        tradeCredit.resolveBankruptcies(underWater);
        innovation.adaptStrategies();
        demography.step();
        // the institutions, after the month's entry: university spin-offs and talent spin-outs are entrants too;
        // the association and the fund then count the month's firms, the local government spends next month's
        // budget, and a month of training (the government's share included) raises the workforce's skill
        university.step();
        talentMarket.step();
        association.recount();
        guarantee.recount();
        government.step();
        skills.step();
        demandGrowthFactor *= 1 + params.get(Param.DEMAND_GROWTH);
        updateAggregates(true);
    }

    /**
     * The innovation and finance pass. (Apart from stepCluster, which then has no loop of its own: the JIT
     * compiler compiled the whole month on its stack for this loop, every phase inlined into it a second
     * time.)
     */
    private void innovateAndFinance() {
        underWater.begin();
        for (int f = 0, n = firms.size(), wrap = n - turnStart; f < n; f++) {
            if (f == wrap) underWater.wrapped();
            innovateAndFinance(inTurn(f));
        }
    }

    /**
     * One firm's turn in the innovation and finance pass. (A method of its own, called once a firm, so that
     * the JIT compiler compiles the month's walk without compiling every mechanism of the pass into it.)
     */
    private void innovateAndFinance(Firm x) {
        if (!x.bankrupt) {
            if (x.producer && x.alive) innovation.innovateAndImitate(x);
            association.settle(x);
            finance.settle(x);
            finance.adjustCapacity(x);
        }
        if (TradeCredit.underWater(x)) underWater.add(x);
    }

    /** Price of one plant of stage s (its capital K_s). */
    double plantPrice(int s) {
        return chain.get(s).capital;
    }

    private void sourcing() {
        final int fin = chain.finalStage();
        final double review = params.get(Param.REVIEW_PROBABILITY);
        for (SupplierMarket m : markets) m.beginRound();
        credit.beginSourcing();
        reviewWalk(fin, review);
        final double smoothing = 0.2;
        for (int s = 0; s < fin; s++) {
            SupplierMarket m = markets[s];
            m.match();
            makeOrBuy.apply(s);
            m.endRound();
            double estimate = review > 0 ? m.latentThisStep / review : 0;
            m.latentDemand = (1 - smoothing) * m.latentDemand + smoothing * estimate;
        }
        credit.endSourcing();
    }

    /**
     * Every firm's turn in the sourcing pass. (Apart from sourcing, so that the JIT compiler, which compiles
     * this loop on its stack, does not compile the stages' matching, inlined into sourcing, with it.)
     */
    private void reviewWalk(int fin, double review) {
        for (int f = 0, n = firms.size(); f < n; f++) source(inTurn(f), fin, review);
    }

    /**
     * One firm's turn in the sourcing pass: its flows reset, and the stages it reviews reviewed. (A method
     * of its own, called once a firm, so that the JIT compiler compiles it within the first month: the
     * loop of a method called once a month is compiled only after some 20 months of interpreting it.)
     */
    private void source(Firm i, int fin, double review) {
        // this step's flows start from zero here, in the pass every step makes anyway: reviews and
        // matching read none of them, and nothing is booked before the matches are carried out
        i.profit = 0;
        // payable needs no reset: it is written for every relation that produces, and read only for those
        i.finalSales = i.intermediateSales = i.clusterPurchases = i.outsidePurchases = i.rdSpend = i.employment = 0;
        if (!i.producer) return;
        for (int s = 0; s < fin; s++) {
            // A supplier that stops selling a stage or leaves drops its customers at once
            // (Demography.removeDeparted), so a buyer need not look at its supplier to know it lost it.
            assert i.makes(s) || i.supplier[s] == null || (i.supplier[s].alive && i.supplier[s].sells(s));
            if ((!i.makes(s) && i.supplier[s] == null) || i.mustReview(s) || random.nextDouble() < review) {
                i.setMustReview(s, true);
                makeOrBuy.review(i, s);
            }
        }
    }

    /** The aggregates the next step's decisions read; at the end of a step also the credit record's decay. */
    private void updateAggregates(boolean decayRecords) {
        int producers = 0;
        double out = 0, cost = 0, know = 0, profits = 0;
        int costed = 0;
        for (int f = 0, n = firms.size(); f < n; f++) {
            Firm x = firms.get(f);
            if (decayRecords) credit.decay(x);
            if (!x.producer) continue;
            profits += x.profitEma;
            producers++;
            out += x.output;
            know += x.capability;
            if (x.unitCost > 0) {
                cost += x.unitCost;
                costed++;
            }
        }
        producerCount = producers;
        meanProducerOutput = producers > 0 ? out / producers : 0;
        if (costed > 0) meanUnitCost = cost / costed;
        meanProfit = producers > 0 ? profits / producers : 0;
        meanCapability = producers > 0 ? know / producers : 0;
    }

    /** The k-th firm to act this step, for phases where the order of turns matters (see stepCluster). */
    Firm inTurn(int k) {
        int idx = turnStart + k;
        int n = firms.size();
        return firms.get(idx >= n ? idx - n : idx);
    }

    // ------------------------------------------------------------------ population

    private void populate() {
        final int n = params.getInt(Param.INITIAL_FIRMS);
        final int K = chain.size();
        final int fin = chain.finalStage();
        final double specialistShare = params.get(Param.INITIAL_SPECIALIST_SHARE);
        int specialists = (int) Math.round(n * specialistShare);
        int producers = Math.max(1, n - specialists);
        specialists = n - producers;
        double q = params.get(Param.MARKET_SIZE) / producers;
        double tw = params.get(Param.TRUSTWORTHINESS_MEAN);
        BetaDistribution trust = new BetaDistribution(rng, tw * 8, (1 - tw) * 8);

        final int leads = government.leadCount(producers);
        final Design[] traditional = new Design[(int) params.get(Param.TRADITIONAL_DESIGNS)];
        for (int d = 0; d < traditional.length; d++) traditional[d] = new Design(0, 0);
        for (int k = 0; k < producers; k++) {
            Firm x = new Firm(nextId++, 0, K, trust.sample());
            x.producer = true;
            // lead firms (LocalGovernment): the first of the founders, with LEAD_SCALE times the plants and funds
            final double scale = k < leads ? LocalGovernment.LEAD_SCALE : 1;
            if (k < leads) government.makeLead(x);
            for (int s = 0; s < K; s++) {
                x.setMakes(s, true);
                finance.invest(x, s, makeOrBuy.plantsFor(scale * q));
                x.setExperience(s, 12 + 48 * random.nextDouble());
            }
            x.alpha = Firm.initialAlpha(random.nextDouble());
            x.talent = demography.drawTalent();
            // founders start on the first rung: each with a design of its own, or sharing the traditional designs
            // (then own designs come only from R&D); lead firms have their own, further up
            if (x.lead) {
                x.adopt(new Design(LocalGovernment.LEAD_RUNGS, 0), true);
                x.capability = LocalGovernment.LEAD_RUNGS;
            } else if (traditional.length > 0) {
                x.adopt(traditional[(k - leads) % traditional.length], false);
            } else {
                x.adopt(new Design(0, 0), true);
            }
            // the Nash markup of a seller with an equal share, alone with its design or one of those sharing it
            double nest = x.ownDesign ? 1 : (double) traditional.length / Math.max(1, producers - leads);
            x.markup = FinalMarket.nashMarkup(FinalMarket.elasticity(params.get(Param.CHOICE_INTENSITY),
                    params.get(Param.NEST_CORRELATION), params.get(Param.DEMAND_ELASTICITY), 1.0 / producers, Math.min(1, nest)));
            x.marketShare = 1.0 / producers;
            x.expectedOutput = scale * q;
            x.netWorth = x.capital * (0.8 + 0.6 * random.nextDouble());
            firms.add(x);
        }
        for (int k = 0; k < specialists; k++) {
            int s = random.nextInt(fin);
            Firm x = new Firm(nextId++, 0, K, trust.sample());
            finance.invest(x, s, 1);
            x.alpha = Firm.initialAlpha(random.nextDouble());
            x.netWorth = x.capital * (0.8 + 0.6 * random.nextDouble());
            firms.add(x);
            markets[s].addSeller(x);
        }
        // a producer's first price rests on the cost of making everything itself
        for (Firm x : firms) {
            if (!x.producer) continue;
            double total = 0;
            for (int s = 0; s < K; s++) total += makeOrBuy.makeCost(x, s, q, 0);
            x.unitCost = total / q;
            if (specialists > 0) for (int s = 0; s < fin; s++) x.setMustReview(s, true);
        }
        updateAggregates(false);
    }

    Firm newFirm(double equity) {
        Firm x = new Firm(nextId++, currentStep(), chain.size(), demography.drawTrustworthiness());
        x.netWorth = equity;
        return x;
    }

    void addFirm(Firm x) {
        firms.add(x);
        counters.entries++;
    }

    Firm randomProducer() {
        for (int tries = 0; tries < 8 && !firms.isEmpty(); tries++) {
            Firm x = firms.get(random.nextInt(firms.size()));
            if (x.producer && x.alive) return x;
        }
        return null;
    }

    // ------------------------------------------------------------------ read access (metrics, GUI, output)

    public List<Firm> firms() {
        return Collections.unmodifiableList(firms);
    }

    /** Firms that left during the last step. */
    public List<Firm> departedFirms() {
        return Collections.unmodifiableList(departed);
    }

    public ValueChain chain() {
        return chain;
    }

    public SupplierMarket market(int stage) {
        return markets[stage];
    }

    public StepCounters counters() {
        return counters;
    }

    /**
     * The credit-guarantee fund's own capital (money) after the last step: 0 where there is no fund or it
     * ran dry (then it gives no new guarantees until guaranteeCapital is raised or the government refills it).
     */
    public double guaranteeFundCapital() {
        return guarantee.capital();
    }

    /** Whether the guarantee fund gives new guarantees: it has capital, room under its leverage and a coverage. */
    public boolean guaranteeFundOpen() {
        return guarantee.open();
    }

    /**
     * Skilled workers who changed employer in the last step, as firm ids in pairs: the firm left, then the
     * firm joined (or the spin-out the worker founded). Empty without talent mobility. A copy.
     */
    public int[] talentMovesLastStep() {
        return talentMarket.lastMonthMoves();
    }

    public double qualityStep() {
        return params.get(Param.QUALITY_STEP);
    }

    /** Mean quality rung of the last step, weighted by physical units sold. */
    public double meanRung() {
        return market.outputMeanRung;
    }

    public double priceIndex() {
        return market.priceIndex;
    }

    public double totalOutput() {
        return market.totalOutput;
    }

    /** The random generator as a Commons Math generator (for model code that samples distributions). */
    public MersenneTwisterFast generator() {
        return random;
    }
}
