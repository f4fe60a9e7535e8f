package clustersim.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cluster-level parameter of the model: its scenario name (camelCase, as in MODEL.md), default,
 * allowed range, unit and meaning. This enum is the one place where defaults and ranges live; the
 * scenario loader validates against it, the GUI builds its sliders from it, docs/ODD.md tabulates it.
 *
 * <p>Stage parameters (value share, specificity, ...) belong to {@link Stage}, not here.
 */
public enum Param {
    // --- institutions (MODEL.md section 2) ---
    CREDIT_ENVIRONMENT("creditEnvironment", 0.3, 0, 1, Kind.INSTITUTION, "probability",
            "contract enforcement and credit information: chance a breach is sanctioned or compensated, and how visible a partner's record is"),
    IP_PROTECTION("ipProtection", 0.4, 0, 1, Kind.INSTITUTION, "probability",
            "chance that leaking or copying a design is deterred or punished"),
    FINANCE_ACCESS("financeAccess", 0.5, 0, 1, Kind.INSTITUTION, "share",
            "share of a firm's plant value it can borrow (financial development, credit guarantees)"),
    INTEREST_RATE("interestRate", 0.006, 0, 0.1, Kind.INSTITUTION, "per step",
            "interest on debt per step (month)"),
    SOCIAL_TRUST("socialTrust", 0.4, 0, 1, Kind.INSTITUTION, "trust index",
            "trust towards firms one has not traded with (kinship and community ties)"),
    UNIVERSITY_LINKAGE("universityLinkage", 0.2, 0, 1, Kind.INSTITUTION, "probability per step",
            "chance per step that a firm draws on a university or research institute (contract research for a firm doing R&D; a licence near the pool's frontier for any producer)"),

    // --- the seed's institutions as mechanisms (MODEL.md section 6, in its order; issue 13). Each is absent at
    // its default (research, spin-offs, mobility, association, intermediaries, guarantee capital, education,
    // training, lead firms, budget and soft environment 0), so that model v2's results are unchanged to the
    // byte; the others only shape an institution that exists.
    // universities and research institutes (universityLinkage above), talent mobility
    UNIVERSITY_RESEARCH("universityResearch", 0, 0, 1, Kind.INSTITUTION, "rungs per year",
            "research effort of universities and research institutes: their public knowledge pool's frontier rises by this many quality rungs a year from the cluster's mean know-how or its last frontier, whichever is further (0: a pool that stays at the founders' know-how and adds nothing beyond contract research)"),
    SPINOFF_RATE("spinoffRate", 0, 0, 10, Kind.INSTITUTION, "entrants per step",
            "university spin-off producers per step (Poisson): each starts with a design of its own at the pool's frontier (or the cluster's mean rung, if higher)"),
    TALENT_MOBILITY("talentMobility", 0, 0, 0.2, Kind.INSTITUTION, "share per step",
            "share of the cluster's skilled workers who change employer inside the cluster each month; a mover from a firm whose know-how is ahead carries part of it"),
    SPINOUT_RATE("spinoutRate", 0, 0, 1, Kind.INSTITUTION, "share of movers",
            "share of moving skilled workers who found a firm of their own (a spin-out with the former employer's know-how) instead of joining a rival"),
    // industry association and intermediaries, credit guarantee
    ASSOCIATION_STRENGTH("associationStrength", 0, 0, 1, Kind.INSTITUTION, "index",
            "industry association (0 = none): weight of its members' shared blacklist on what the credit record does not show, share of search cost members save finding a member partner, and the expectation at founding that partners will join"),
    ASSOCIATION_FEE("associationFee", 0.1, 0, 1e6, Kind.INSTITUTION, "money per step",
            "dues a member pays each step; a firm joins when its expected benefit (arbitration, cheaper search) exceeds them"),
    ASSOCIATION_ARBITRATION("associationArbitration", 0.5, 0, 1, Kind.INSTITUTION, "probability",
            "chance that a breach between two members is compensated by the association's arbitration, on top of the credit environment's compensation"),
    INTERMEDIARY_SERVICES("intermediaryServices", 0, 0, 1, Kind.INSTITUTION, "index",
            "technology brokers, testing and certification (0 = none): extra screened candidates per review (this times searchBreadth, rounded up) and the share of a stranger's record the credit environment leaves hidden that they reveal"),
    GUARANTEE_CAPITAL("guaranteeCapital", 0, 0, 1e12, Kind.INSTITUTION, "money",
            "capital of the credit-guarantee fund (0 = none); raising it by a policy event replenishes the fund by the difference"),
    GUARANTEE_COVERAGE("guaranteeCoverage", 0.5, 0, 1, Kind.INSTITUTION, "share",
            "share of a small firm's loan the guarantee fund covers: a guaranteed firm can borrow financeAccess + coverage (1 - financeAccess) of its plants"),
    GUARANTEE_FEE("guaranteeFee", 0.002, 0, 0.1, Kind.INSTITUTION, "per step",
            "fee per step on the covered debt, paid to the guarantee fund"),
    // education and training
    EDUCATION_LEVEL("educationLevel", 0, 0, 1, Kind.INSTITUTION, "skill index",
            "skill of the cluster's workforce from schooling, above the v2 reference workforce (0): raises R&D success and lowers labour per unit in knowledge-intensive stages"),
    TRAINING_RATE("trainingRate", 0, 0, 1, Kind.INSTITUTION, "share per step",
            "share of the gap between the workforce's skill and full skill (1) that training institutions close each month"),
    // lead firms and the local government
    LEAD_FIRMS("leadFirms", 0, 0, 0.5, Kind.INSTITUTION, "share",
            "share of the initial producers that are lead firms: five times the plants and funds, a brand two rungs up the quality ladder"),
    GOVERNMENT_BUDGET("governmentBudget", 0, 0, 1e12, Kind.INSTITUTION, "money per step",
            "local government's budget for the cluster per step (0 = none)"),
    LARGE_PROJECT_SHARE("largeProjectShare", 0.5, 0, 1, Kind.INSTITUTION, "share",
            "share of the budget spent on large projects (half capital grants to lead firms, half hard park infrastructure that lowers the materials part of base costs); the rest goes to SME services (training, association dues, guarantee capital: see trainingShare)"),
    TRAINING_SHARE("trainingShare", 0.3, 0, 1, Kind.INSTITUTION, "share",
            "share of the local government's SME-service money spent on training: it raises the month's training effort by money / (12 wage-months x wage x employment); of the rest, up to half supports the association's dues and the remainder is guarantee capital"),
    SOFT_ENVIRONMENT("softEnvironment", 0, 0, 1, Kind.INSTITUTION, "share per year",
            "share of the gap between socialTrust and 1 closed each year by the 'soft environment' (0 = socialTrust stays as set)"),

    // --- the outside market ---
    MARKET_SIZE("marketSize", 3000, 1, 1e12, Kind.MARKET, "quality units per step",
            "A in D(P) = A P^-e: demand, in quality units, at quality-adjusted price 1 (scale it with initialFirms)"),
    DEMAND_ELASTICITY("demandElasticity", 1, 0.1, 10, Kind.MARKET, "elasticity",
            "price elasticity e of the cluster's total demand"),
    DEMAND_GROWTH("demandGrowth", 0, -0.05, 0.05, Kind.MARKET, "per step",
            "growth rate of A per step (0 by default: a cluster that settles; growth is a scenario's choice)"),
    CHOICE_INTENSITY("choiceIntensity", 7, 0, 50, Kind.MARKET, "1/log price",
            "beta: logit intensity of buyers' choice between producers on log quality-adjusted price"),
    NEST_CORRELATION("nestCorrelation", 0.5, 0, 0.95, Kind.MARKET, "correlation",
            "sigma of the nested logit: how close substitutes buyers find the sellers of one design (its copies) compared with other designs"),
    MARKUP_ADJUSTMENT("markupAdjustment", 0.1, 0, 1, Kind.MARKET, "share per step",
            "share of the gap to the profit-maximising (Nash) markup a producer closes each step"),
    SUPPLIER_MARKUP("supplierMarkup", 0.08, 0, 1, Kind.MARKET, "share of cost",
            "markup a specialist charges over its unit cost"),

    // --- population and run ---
    // caps: a million firms needs about 4 GB of heap (experiment.PopulationLimit checks the actual heap); 100,000
    // months are 8,000 years, and their timeseries.csv about 30 MB
    INITIAL_FIRMS("initialFirms", 300, 1, 1_000_000, Kind.RUN, "firms", "firms at the start (all integrated producers by default)"),
    STEPS("steps", 600, 1, 100_000, Kind.RUN, "steps", "run length; one step is one month"),
    INITIAL_SPECIALIST_SHARE("initialSpecialistShare", 0, 0, 1, Kind.RUN, "share",
            "share of the initial firms that start as single-stage specialists instead of integrated producers"),

    // --- sourcing and matching ---
    REVIEW_PROBABILITY("reviewProbability", 0.1, 0, 1, Kind.SOURCING, "probability per step",
            "chance per step that a producer reviews the sourcing of a given stage (inertia)"),
    REGULAR_CUSTOMERS_FIRST("regularCustomersFirst", 1, 0, 1, Kind.SOURCING, "switch (0 or 1)",
            "1: a supplier over its capacity quota never turns away a regular customer (served for regularCustomerMonths or more) in favour of a newcomer (relational contracting); 0: it ranks current and new customers alike"),
    REGULAR_CUSTOMER_MONTHS("regularCustomerMonths", 0, 0, 600, Kind.SOURCING, "steps",
            "months a relation must have lasted before its customer counts as regular (read only with regularCustomersFirst = 1)"),
    SEARCH_BREADTH("searchBreadth", 3, 0, 20, Kind.SOURCING, "specialists",
            "candidate specialists a reviewing buyer considers besides its current partner and itself"),
    SEARCH_COST("searchCost", 0.5, 0, 24, Kind.SOURCING, "months of purchases",
            "one-off cost of finding and contracting a new partner, in months of the stage's purchases"),
    PLANNING_HORIZON("planningHorizon", 24, 1, 600, Kind.SOURCING, "steps",
            "months over which one-off costs of a sourcing choice are spread when options are compared"),
    GOVERNANCE_PREMIUM("governancePremium", 0.05, 0, 1, Kind.SOURCING, "share of cost",
            "extra variable cost of running a stage inside a diversified firm"),
    ECONOMIES_CAP("economiesCap", 0.5, 0, 0.95, Kind.SOURCING, "share of cost",
            "largest share of variable cost that scale and learning together can save"),
    VOLUME_UNIT("volumeUnit", 10, 0.001, 1e9, Kind.SOURCING, "quality units per step",
            "volume at which scale economies start (x = volume / volumeUnit in E(x;f))"),
    LOCAL_CONTENT_CAP("localContentCap", 0.8, 0, 1, Kind.SOURCING, "share of materials",
            "largest share of a stage's materials that the firm running it processes itself from raw inputs instead of importing them semi-finished, reached at a volume far above localContentVolume"),
    LOCAL_CONTENT_VOLUME("localContentVolume", 250, 0.001, 1e9, Kind.SOURCING, "quality units per step",
            "volume of a stage at which its runner starts to process its materials itself (the minimum efficient scale of the processing line; x = volume / localContentVolume in E(x;f))"),
    LOCAL_CONTENT_SAVING("localContentSaving", 0.3, 0, 1, Kind.SOURCING, "share of the import's price",
            "what a runner saves by processing materials itself instead of importing them semi-finished (0: at import parity)"),
    PLANT_CAPACITY("plantCapacity", 40, 0.001, 1e9, Kind.SOURCING, "quality units per step",
            "output one plant (capital K_s) can process per step"),
    OVERTIME_PREMIUM("overtimePremium", 0.5, 0, 5, Kind.SOURCING, "share of cost",
            "extra variable cost on volume beyond installed capacity"),

    // --- breaches, trust, credit record ---
    BREACH_BASE("breachBase", 0.15, 0, 1, Kind.TRUST, "probability per step",
            "breach probability per relation and step of a wholly untrustworthy partner when nothing is enforced and the gain from breaching equals the value of the relation"),
    HOLDUP_MONTHS("holdupMonths", 4, 0, 60, Kind.TRUST, "months of the stage's share of revenue",
            "hold-up loss per unit of specificity: the months it takes to find and qualify another supplier and re-tool a buyer-specific input (a mould alone takes 4-8 weeks); a non-delivery also loses the stage's share of the month's output"),
    DISTRESS_BREACH("distressBreach", 1.0, 0, 10, Kind.TRUST, "factor",
            "how much less a partner near its borrowing limit values going on with a relation (its continuation value is divided by 1 + distressBreach x distress)"),
    TRUST_GAIN("trustGain", 0.05, 0, 1, Kind.TRUST, "share of distrust per step",
            "trust gained after each honoured delivery: t += gain (1 - t)"),
    TRUST_LOSS("trustLoss", 0.5, 0, 1, Kind.TRUST, "share of trust",
            "trust lost after a breach: t *= 1 - loss"),
    BREACH_BELIEF_TRUST("breachBeliefTrust", 0.9, 0, 1, Kind.TRUST, "weight",
            "how far a buyer's expected breach loss rests on its trust in the partner (1 - trust) rather than on the typical firm's untrustworthiness (1 - trustworthinessMean)"),
    TRUSTWORTHINESS_MEAN("trustworthinessMean", 0.7, 0.01, 0.99, Kind.TRUST, "probability",
            "mean of the Beta distribution of firms' trustworthiness"),
    RECORD_MEMORY("recordMemory", 0.98, 0, 1, Kind.TRUST, "decay per step",
            "how much of the credit record survives each step"),
    RECORD_PRIOR_WEIGHT("recordPriorWeight", 5, 0, 1000, Kind.TRUST, "transactions",
            "weight of the prior (social trust) against a firm's recorded transactions"),

    // --- innovation and imitation ---
    QUALITY_STEP("qualityStep", 1.05, 1.0001, 3, Kind.INNOVATION, "factor",
            "quality gain of one rung of the quality ladder"),
    QUALITY_COST_ELASTICITY("qualityCostElasticity", 1.7, 0, 3, Kind.INNOVATION, "elasticity",
            "how processing (value-added) cost per unit rises with quality: upgrading adds value per unit of material"),
    QUALITY_COST_REFERENCE("qualityCostReference", 1, 0, 1, Kind.INNOVATION, "share of the cluster's mean rung",
            "w: the model counts in standard units of Q = qualityStep^(w meanRung) quality units, and a standard unit's cost depends on a product's rung less w times the cluster's mean rung; with w = 1 a physical unit's cost depends only on a product's lead or lag against the cluster, the cluster's climb lowers the price per quality unit, volumes and plant capacity are in units of the typical product, and with demandElasticity 1 spending stays put (Grossman and Helpman 1991: a quality ladder has a stationary state only if it is homogeneous in the quality level); 0: costs and volumes follow the absolute rung"),
    RD_PRODUCTIVITY("rdProductivity", 0.2, 0, 10, Kind.INNOVATION, "success probability per step per square root of R&D share",
            "a in p = a talent sqrt(rdShare): monthly chance of an innovation (decreasing returns to R&D)"),
    RD_FIXED_COST("rdFixedCost", 0.05, 0, 1e9, Kind.INNOVATION, "money per step",
            "fixed cost per step of running any R&D (a designer, a prototype shop): small expected returns do not cover it"),
    CAPABILITY_SPREAD("capabilitySpread", 0.6, 0, 3, Kind.INNOVATION, "log-normal sd",
            "spread of firms' innovative capability (talent), drawn at birth: ln talent ~ N(-spread^2/2, spread^2)"),
    IMITATION_LAG("imitationLag", 6, 0, 120, Kind.INNOVATION, "steps",
            "months a rival needs to copy a design it has seen (lead time); leaks through a supplier skip it"),
    BRAND_RETENTION("brandRetention", 0.3, 0, 1, Kind.INNOVATION, "share",
            "share of an innovation's premium the originator keeps once copies appear (brand, customers: complementary assets)"),
    REPEATED_EROSION("repeatedErosion", 0.75, 0, 1, Kind.INNOVATION, "share of the first copy's hazard",
            "after the first copy of a new design, further copies arrive at this share of the first one's hazard and each leaves the originator brandRetention of what it kept: 0 only the first copy erodes the premium, 1 every imitator does (Mansfield, Schwartz and Wagner 1981; Bertrand with free imitation)"),
    DESIGN_LIFE("designLife", 110, 1, 600, Kind.INNOVATION, "steps",
            "expected months before a better design makes a new one obsolete (creative destruction): a new design's premium is discounted at interestRate + 1/designLife, not at the plants' planning horizon (Aghion and Howitt 1992: an innovation's value is its rent over r + the rate of its replacement)"),
    TRADITIONAL_DESIGNS("traditionalDesigns", 48, 0, 1_000_000, Kind.INNOVATION, "designs",
            "how many traditional designs the founding producers share, nobody's own (the cluster's craft products, or the foreign models it makes to order): 0 gives every founder a design of its own on the first rung; k splits the founders evenly over k shared designs, so their markups start where copies of one design compete and own designs must come from R&D"),
    FRONTIER_REACH("frontierReach", 2, 0.1, 100, Kind.INNOVATION, "rungs",
            "how far ahead of the cluster's mean know-how R&D still succeeds easily: success falls by a factor e per frontierReach rungs of lead"),
    UNIVERSITY_BOOST("universityBoost", 1.0, 0, 10, Kind.INNOVATION, "factor",
            "extra success chance when a firm draws on a university this step"),
    RD_LEARNING("rdLearning", 0.08, 0, 1, Kind.INNOVATION, "probability per step",
            "chance per step that a producer reconsiders the R&D share it aims at (and its weight on trust); its R&D share moves a tenth of the way there each step"),
    LEAK_RATE("leakRate", 0.045, 0, 1, Kind.INNOVATION, "probability per step",
            "chance per step and outsourced stage that a design leaks, at knowledge intensity 1 and no protection"),
    LEAK_ENDS_RELATION("leakEndsRelation", 0, 0, 1, Kind.INNOVATION, "switch (0 or 1)",
            "1: a design that leaks through a supplier (and is copied) ends the buyer's relation with that supplier as a breach would (trust falls as after a breach; the stage is reviewed); 0: a leak costs only the margin the copy takes"),
    COPY_RATE("copyRate", 0.15, 0, 1, Kind.INNOVATION, "probability per step",
            "chance per step that a producer copies a better rival design, with no protection"),

    // --- labour ---
    WAGE("wage", 0.01, 1e-6, 1e6, Kind.FINANCE, "money per worker-month",
            "wage; a stage's labour coefficient is (1 - materialShare) baseCost / wage's default workers per quality unit at scale 1"),

    // --- finance ---
    DEPRECIATION("depreciation", 0.008, 0, 1, Kind.FINANCE, "per step", "maintenance cost of plants per step (share of capital)"),
    SALVAGE_VALUE("salvageValue", 0.4, 0, 1, Kind.FINANCE, "share", "share of a plant's value recovered when it is sold"),
    DIVIDEND_RATE("dividendRate", 0.7, 0, 1, Kind.FINANCE, "share", "share of positive profit paid out to owners"),
    RECOVERY_RATE("recoveryRate", 0.2, 0, 1, Kind.FINANCE, "share",
            "share of its receivable a creditor recovers from a bankrupt buyer"),

    // --- entry, exit, role change ---
    ENTRANT_EQUITY("entrantEquity", 60, 0, 1e12, Kind.DEMOGRAPHY, "money", "mean own funds of an entrant"),
    ENTRY_COST("entryCost", 20, 0, 1e12, Kind.DEMOGRAPHY, "money",
            "sunk cost of founding a firm (registration, brand, distribution, first designs), paid from own funds on top of the plants"),
    PRODUCER_ENTRY_RATE("producerEntryRate", 0.5, 0, 10, Kind.DEMOGRAPHY, "entrants per producer per unit of net return",
            "producer entry per step = rate x max(producers, initialFirms / 4) x max(0, (V - B) / B) + exploratoryEntry, V the value of an entrant's expected operating profit (an equal share of final sales at its Nash markup, less its plants' user cost), B the entry barrier"),
    ENTRANT_SHARE("entrantShare", 1, 0.1, 2, Kind.DEMOGRAPHY, "share of an equal share",
            "the share of final sales a producer entrant expects, as a multiple of an equal share 1/(N+1) (Sutton's free-entry reckoning at 1); below 1 it expects to start smaller than an incumbent (a young firm's lower sales, Dunne, Roberts and Samuelson 1988)"),
    ENTRANT_KNOW_HOW("entrantKnowHow", 1, 0, 1, Kind.DEMOGRAPHY, "share of the know-how gap",
            "how much of the gap between the know-how of the incumbent it copies and the rung of the design an entrant closes at entry: 0 it knows only what its model knows, 1 it knows the design it makes (the cluster's skilled workers and suppliers carry a design's know-how, Marshall's industrial atmosphere)"),
    ENTRANT_VARIANT_LAG("entrantVariantLag", 0, 0, 1000, Kind.DEMOGRAPHY, "rungs",
            "0: a producer entrant that may copy its model's design does; k >= 1: it brings a variant of its own k rungs below that design instead where joining the design's sellers would earn it less (product differentiation at entry, which keeps the variety of designs from shrinking onto a few crowded ones; docs/ECONOMICS-STATUS.md, round 10: not calibrated, not the default)"),
    ENTRANT_LOOKS_AT("entrantLooksAt", 3, 1, 100, Kind.DEMOGRAPHY, "producers",
            "how many incumbent producers a producer entrant looks at before it chooses whose design to copy, as many as a copier looks at (3): it copies the design it would earn most on as one more seller (qualityStep^(beta (rung - mean rung)) (m + 1)^-sigma of an equal share, at the crowded nest's Nash markup: the reckoning of IpRegime.worthCopying), so entrants spread over designs instead of crowding onto the most sold; 1: the first producer it meets, whose design is a crowded one more often than a lone one (the model before round 11)"),
    ENTRY_PLAN("entryPlan", 1, 0, 1, Kind.DEMOGRAPHY, "switch (0 or 1)",
            "1: before it enters, a producer entrant chooses make or buy for each stage others sell, as a review would (its own plant against a newcomer seller whom nobody knows yet, socialTrust), and enters only if it can finance the plants it would make; 0: it makes only its final stage and the stages nobody sells and buys the rest"),
    ENTRANT_COPY_IP("entrantCopyIp", 3, 0, 4, Kind.DEMOGRAPHY, "mode (0-4)",
            "whether IP law bites on the design a producer entrant copies (entry is imitation): 0 it copies its model's design under any regime, uncounted; 1 it copies only a design old enough to copy (imitationLag) and only when the copy goes unchecked (as an incumbent's copy, IpRegime.unchecked), counted as an imitation, else it starts with an older, unprotected design one rung lower; 2 as 1, but a deterred entrant stays out; 3 as 1, but where a specialist sells the design stage a deterred entrant licenses its model's design (not an imitation) and buys the design stage from the design house; 4 as 3, but with no design seller a deterred entrant stays out"),
    EXIT_PROFIT_RATE("exitProfitRate", 0.04, -1, 1, Kind.DEMOGRAPHY, "profit / sales",
            "smoothed operating profit rate below which a producer older than two years whose value (smoothed profit / discount rate) is below its scrap value (salvage x capital) gives up its brand (retreats into a stage or closes)"),
    SPECIALIST_ENTRY_RATE("specialistEntryRate", 1.0, 0, 100, Kind.DEMOGRAPHY, "entrants per incumbent per percentage point",
            "specialist entry per step into a stage = rate x incumbent specialists x (their mean monthly return on capital - interestRate) in percentage points"),
    LATENT_ENTRY("latentEntry", 0.1, 0, 10, Kind.DEMOGRAPHY, "entrants per step per plant of unmet demand",
            "specialist entrants per step into a stage per plant's worth of latent demand for a new seller that sellers' spare capacity does not cover"),
    EXIT_HAZARD("exitHazard", 0.0005, 0, 1, Kind.DEMOGRAPHY, "probability per step",
            "probability that a producer closes in a month for reasons outside the model (its owner retires, falls ill or moves on), whatever its profits: the exogenous exit of Hopenhayn (1992) and Melitz (2003). Without it the entrants that come whatever the signals (exploratoryEntry) pile up where no incumbent makes losses; 0.0005 (0.6% a year): of the values tried (0.0005, 0.001) the one that keeps every seed of strong institutions settled without costing another fact (fact 8; docs/ECONOMICS-STATUS.md, round 11)"),
    EXPLORATORY_ENTRY("exploratoryEntry", 0.1, 0, 10, Kind.DEMOGRAPHY, "entrants per step",
            "entrants per step that come whatever the signals: into each stage as specialists, and into the final market as producers"),
    ROLE_CHANGE_PROBABILITY("roleChangeProbability", 0.02, 0, 1, Kind.DEMOGRAPHY, "probability per step",
            "chance per step that a producer reconsiders selling spare output of a stage, or retreating into one"),
    IDLE_MONTHS("idleMonths", 6, 1, 600, Kind.DEMOGRAPHY, "steps",
            "steps a specialist stays without customers before it closes (or a producer stops selling the stage)");

    /** Groups, so that the GUI and the documentation can lay parameters out by theme. */
    public enum Kind { INSTITUTION, MARKET, RUN, SOURCING, TRUST, INNOVATION, FINANCE, DEMOGRAPHY }

    private static final Map<String, Param> BY_NAME;
    static {
        Map<String, Param> m = new LinkedHashMap<>();
        for (Param p : values()) m.put(p.key, p);
        BY_NAME = Collections.unmodifiableMap(m);
    }
    private static final List<Param> INTEGERS = Arrays.asList(INITIAL_FIRMS, STEPS, TRADITIONAL_DESIGNS, SEARCH_BREADTH, REGULAR_CUSTOMERS_FIRST,
            ENTRANT_VARIANT_LAG, ENTRANT_LOOKS_AT);

    public final String key;
    public final double defaultValue;
    public final double min;
    public final double max;
    public final Kind kind;
    public final String unit;
    public final String description;

    Param(String key, double defaultValue, double min, double max, Kind kind, String unit, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.kind = kind;
        this.unit = unit;
        this.description = description;
    }

    /** True for parameters that only take whole numbers. */
    public boolean isInteger() {
        return INTEGERS.contains(this);
    }

    /**
     * Whether a student may move it while a run is in progress (the institutions and the outside market):
     * the window's Model tab shows a slider for each, in declaration order.
     */
    public boolean isLive() {
        return kind == Kind.INSTITUTION || kind == Kind.MARKET;
    }

    /** The parameter of that scenario name, or null. */
    public static Param byName(String key) {
        return BY_NAME.get(key);
    }

    /** All scenario names, in declaration order. */
    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }

    /** Whether a value is allowed (inside the range, whole when it must be). */
    public boolean allows(double v) {
        if (Double.isNaN(v) || v < min || v > max) return false;
        return !isInteger() || v == Math.rint(v);
    }

    /** The allowed range, for messages: "[0, 1]" or "a whole number in [1, 20]". */
    public String rangeText() {
        String r = "[" + fmt(min) + ", " + fmt(max) + "]";
        return isInteger() ? "a whole number in " + r : "a number in " + r;
    }

    /** A number as a person would write it: whole numbers without ".0". */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
