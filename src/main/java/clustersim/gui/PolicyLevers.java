package clustersim.gui;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import sim.util.Interval;

/**
 * The Model tab of MASON's Console: the cluster's institutions and outside market as sliders, plus the
 * run's seed and size. Each lever is a bean property (get/set, a {@code dom} range and a {@code des}
 * description, read by MASON's inspector) whose range and text come from {@link Param}.
 *
 * <p>While a run is in progress a moved slider is queued and handed to
 * {@link ClusterModel#setParameter} at the start of the next step, on the model's thread, so that the
 * change lands between two steps, is logged with its step, and a drag across many values counts once per
 * step. While no run is in progress the sliders set the starting values of the next run; stop and play
 * starts again from the scenario with them.
 */
public final class PolicyLevers {
    /** The parameters shown as live sliders, in the order of the Model tab. */
    static final Param[] LIVE = {
        Param.CREDIT_ENVIRONMENT, Param.IP_PROTECTION, Param.FINANCE_ACCESS, Param.INTEREST_RATE,
        Param.SOCIAL_TRUST, Param.UNIVERSITY_LINKAGE,
        // knowledge institutions (issue 13)
        Param.UNIVERSITY_RESEARCH, Param.SPINOFF_RATE, Param.TALENT_MOBILITY, Param.SPINOUT_RATE,
        Param.EDUCATION_LEVEL, Param.TRAINING_RATE,
        Param.MARKET_SIZE, Param.DEMAND_ELASTICITY, Param.DEMAND_GROWTH, Param.CHOICE_INTENSITY,
        Param.NEST_CORRELATION, Param.MARKUP_ADJUSTMENT, Param.SUPPLIER_MARKUP, Param.WAGE, Param.ENTRY_COST, Param.IMITATION_LAG};
    /** Source recorded with a slider's change in {@link ClusterModel#parameterChanges()}. */
    static final String SOURCE = "slider";
    /** A range wider than this many times the starting value is cut to a tenth..ten times it for the slider. */
    private static final double WIDE = 1000;

    private final String scenarioName;
    private final ClusterConfig scenario;
    /** Starting values for the next run, set while no run is in progress. */
    private final Map<Param, Double> setup = new EnumMap<>(Param.class);
    /** Moves made during a run, waiting for the next step (insertion order = order of application). */
    private final Map<Param, Double> pending = new LinkedHashMap<>();
    private volatile ClusterModel running;
    private volatile long seed;

    PolicyLevers(String scenarioName, ClusterConfig scenario, long seed) {
        this.scenarioName = scenarioName;
        this.scenario = scenario;
        this.seed = seed;
    }

    // ------------------------------------------------------------------ run life

    /** The configuration the next run starts from: the scenario with the levers moved while stopped. */
    synchronized ClusterConfig nextRunConfig() {
        ClusterConfig c = scenario;
        for (Map.Entry<Param, Double> e : setup.entrySet()) c = c.with(e.getKey(), e.getValue());
        return c;
    }

    synchronized void runStarted(ClusterModel model) {
        pending.clear();
        running = model;
        seed = model.seed();
    }

    synchronized void runFinished() {
        pending.clear();
        running = null;
    }

    /** Hands the queued moves to the model; called on the model's thread just before a step. */
    void applyPending(ClusterModel model) {
        Map<Param, Double> moves;
        synchronized (this) {
            if (pending.isEmpty() || model != running) return;
            moves = new LinkedHashMap<>(pending);
            pending.clear();
        }
        for (Map.Entry<Param, Double> e : moves.entrySet()) {
            if (model.parameter(e.getKey()) != e.getValue()) model.setParameter(e.getKey(), e.getValue(), SOURCE);
        }
    }

    // ------------------------------------------------------------------ generic lever access

    /** What the slider shows: a queued move, else the live value, else the next run's starting value. */
    synchronized double value(Param p) {
        Double queued = pending.get(p);
        if (queued != null) return queued;
        ClusterModel m = running;
        if (m != null && !isStartOnly(p)) return m.parameter(p);
        Double s = setup.get(p);
        return s != null ? s : scenario.get(p);
    }

    /** Moves a lever; values outside the parameter's range are refused (the slider snaps back). */
    synchronized void set(Param p, double v) {
        if (p.isInteger()) v = Math.rint(v);
        if (!p.allows(v)) return;
        if (running != null && !isStartOnly(p)) pending.put(p, v);
        else setup.put(p, v);
    }

    private static boolean isStartOnly(Param p) {
        return p.kind == Param.Kind.RUN;
    }

    /** Slider range: the parameter's own, unless it spans many orders of magnitude. */
    Interval domain(Param p) {
        double base = scenario.get(p);
        double lo = p.min, hi = p.max;
        if (base > 0 && hi / base > WIDE) {
            lo = Math.max(p.min, base / 10);
            hi = Math.min(p.max, base * 10);
        }
        if (p.isInteger()) return new Interval((long) Math.ceil(lo), (long) Math.floor(hi));
        return new Interval(lo, hi);
    }

    static String describe(Param p) {
        return "<html>" + p.key + ": " + p.description + "<br>unit: " + p.unit + "; allowed " + p.rangeText()
                + "</html>";
    }

    // ------------------------------------------------------------------ the run

    public String getScenario() { return scenarioName; }
    public String desScenario() { return "the scenario file the window was opened on"; }

    public long getSeed() { return seed; }
    public String desSeed() {
        return "<html>the random seed of the run; set it in the Console tab (Random Number Seed),<br>"
                + "then stop and play: the same seed replays the same history</html>";
    }

    public int getInitialFirms() { return (int) value(Param.INITIAL_FIRMS); }
    public void setInitialFirms(int v) { set(Param.INITIAL_FIRMS, v); }
    public Object domInitialFirms() { return domain(Param.INITIAL_FIRMS); }
    public String desInitialFirms() {
        return "<html>" + Param.INITIAL_FIRMS.description + "<br>takes effect when the next run starts (stop, then play)</html>";
    }

    // ---- institutions (MODEL.md section 2): live, from the next step on
    public double getCreditEnvironment() { return value(Param.CREDIT_ENVIRONMENT); }
    public void setCreditEnvironment(double v) { set(Param.CREDIT_ENVIRONMENT, v); }
    public Object domCreditEnvironment() { return domain(Param.CREDIT_ENVIRONMENT); }
    public String desCreditEnvironment() { return describe(Param.CREDIT_ENVIRONMENT); }

    public double getIpProtection() { return value(Param.IP_PROTECTION); }
    public void setIpProtection(double v) { set(Param.IP_PROTECTION, v); }
    public Object domIpProtection() { return domain(Param.IP_PROTECTION); }
    public String desIpProtection() { return describe(Param.IP_PROTECTION); }

    public double getFinanceAccess() { return value(Param.FINANCE_ACCESS); }
    public void setFinanceAccess(double v) { set(Param.FINANCE_ACCESS, v); }
    public Object domFinanceAccess() { return domain(Param.FINANCE_ACCESS); }
    public String desFinanceAccess() { return describe(Param.FINANCE_ACCESS); }

    public double getInterestRate() { return value(Param.INTEREST_RATE); }
    public void setInterestRate(double v) { set(Param.INTEREST_RATE, v); }
    public Object domInterestRate() { return domain(Param.INTEREST_RATE); }
    public String desInterestRate() { return describe(Param.INTEREST_RATE); }

    public double getSocialTrust() { return value(Param.SOCIAL_TRUST); }
    public void setSocialTrust(double v) { set(Param.SOCIAL_TRUST, v); }
    public Object domSocialTrust() { return domain(Param.SOCIAL_TRUST); }
    public String desSocialTrust() { return describe(Param.SOCIAL_TRUST); }

    public double getUniversityLinkage() { return value(Param.UNIVERSITY_LINKAGE); }
    public void setUniversityLinkage(double v) { set(Param.UNIVERSITY_LINKAGE, v); }
    public Object domUniversityLinkage() { return domain(Param.UNIVERSITY_LINKAGE); }
    public String desUniversityLinkage() { return describe(Param.UNIVERSITY_LINKAGE); }

    // ---- knowledge institutions (issue 13): live, from the next step on
    public double getUniversityResearch() { return value(Param.UNIVERSITY_RESEARCH); }
    public void setUniversityResearch(double v) { set(Param.UNIVERSITY_RESEARCH, v); }
    public Object domUniversityResearch() { return domain(Param.UNIVERSITY_RESEARCH); }
    public String desUniversityResearch() { return describe(Param.UNIVERSITY_RESEARCH); }

    public double getSpinoffRate() { return value(Param.SPINOFF_RATE); }
    public void setSpinoffRate(double v) { set(Param.SPINOFF_RATE, v); }
    public Object domSpinoffRate() { return domain(Param.SPINOFF_RATE); }
    public String desSpinoffRate() { return describe(Param.SPINOFF_RATE); }

    public double getTalentMobility() { return value(Param.TALENT_MOBILITY); }
    public void setTalentMobility(double v) { set(Param.TALENT_MOBILITY, v); }
    public Object domTalentMobility() { return domain(Param.TALENT_MOBILITY); }
    public String desTalentMobility() { return describe(Param.TALENT_MOBILITY); }

    public double getSpinoutRate() { return value(Param.SPINOUT_RATE); }
    public void setSpinoutRate(double v) { set(Param.SPINOUT_RATE, v); }
    public Object domSpinoutRate() { return domain(Param.SPINOUT_RATE); }
    public String desSpinoutRate() { return describe(Param.SPINOUT_RATE); }

    public double getEducationLevel() { return value(Param.EDUCATION_LEVEL); }
    public void setEducationLevel(double v) { set(Param.EDUCATION_LEVEL, v); }
    public Object domEducationLevel() { return domain(Param.EDUCATION_LEVEL); }
    public String desEducationLevel() { return describe(Param.EDUCATION_LEVEL); }

    public double getTrainingRate() { return value(Param.TRAINING_RATE); }
    public void setTrainingRate(double v) { set(Param.TRAINING_RATE, v); }
    public Object domTrainingRate() { return domain(Param.TRAINING_RATE); }
    public String desTrainingRate() { return describe(Param.TRAINING_RATE); }

    // ---- the outside market: live, from the next step on
    public double getMarketSize() { return value(Param.MARKET_SIZE); }
    public void setMarketSize(double v) { set(Param.MARKET_SIZE, v); }
    public Object domMarketSize() { return domain(Param.MARKET_SIZE); }
    public String desMarketSize() { return describe(Param.MARKET_SIZE); }

    public double getDemandElasticity() { return value(Param.DEMAND_ELASTICITY); }
    public void setDemandElasticity(double v) { set(Param.DEMAND_ELASTICITY, v); }
    public Object domDemandElasticity() { return domain(Param.DEMAND_ELASTICITY); }
    public String desDemandElasticity() { return describe(Param.DEMAND_ELASTICITY); }

    public double getDemandGrowth() { return value(Param.DEMAND_GROWTH); }
    public void setDemandGrowth(double v) { set(Param.DEMAND_GROWTH, v); }
    public Object domDemandGrowth() { return domain(Param.DEMAND_GROWTH); }
    public String desDemandGrowth() { return describe(Param.DEMAND_GROWTH); }

    public double getChoiceIntensity() { return value(Param.CHOICE_INTENSITY); }
    public void setChoiceIntensity(double v) { set(Param.CHOICE_INTENSITY, v); }
    public Object domChoiceIntensity() { return domain(Param.CHOICE_INTENSITY); }
    public String desChoiceIntensity() { return describe(Param.CHOICE_INTENSITY); }

    public double getNestCorrelation() { return value(Param.NEST_CORRELATION); }
    public void setNestCorrelation(double v) { set(Param.NEST_CORRELATION, v); }
    public Object domNestCorrelation() { return domain(Param.NEST_CORRELATION); }
    public String desNestCorrelation() { return describe(Param.NEST_CORRELATION); }

    public double getMarkupAdjustment() { return value(Param.MARKUP_ADJUSTMENT); }
    public void setMarkupAdjustment(double v) { set(Param.MARKUP_ADJUSTMENT, v); }
    public Object domMarkupAdjustment() { return domain(Param.MARKUP_ADJUSTMENT); }
    public String desMarkupAdjustment() { return describe(Param.MARKUP_ADJUSTMENT); }

    public double getSupplierMarkup() { return value(Param.SUPPLIER_MARKUP); }
    public void setSupplierMarkup(double v) { set(Param.SUPPLIER_MARKUP, v); }
    public Object domSupplierMarkup() { return domain(Param.SUPPLIER_MARKUP); }
    public String desSupplierMarkup() { return describe(Param.SUPPLIER_MARKUP); }

    public double getWage() { return value(Param.WAGE); }
    public void setWage(double v) { set(Param.WAGE, v); }
    public Object domWage() { return domain(Param.WAGE); }
    public String desWage() { return describe(Param.WAGE); }

    public double getEntryCost() { return value(Param.ENTRY_COST); }
    public void setEntryCost(double v) { set(Param.ENTRY_COST, v); }
    public Object domEntryCost() { return domain(Param.ENTRY_COST); }
    public String desEntryCost() { return describe(Param.ENTRY_COST); }

    public double getImitationLag() { return value(Param.IMITATION_LAG); }
    public void setImitationLag(double v) { set(Param.IMITATION_LAG, v); }
    public Object domImitationLag() { return domain(Param.IMITATION_LAG); }
    public String desImitationLag() { return describe(Param.IMITATION_LAG); }
}
