package clustersim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A firm of the cluster: a brand owner that sells the final product (producer), a specialist that sells
 * one or more stages to other firms, or both.
 *
 * <p>Per-stage state lives in one array, a block per stage, and the stage flags in bit sets, so that the
 * hot paths touch no collections and few cache lines. Scalar fields are package-private: the mechanism
 * classes of this package (MakeOrBuy, SupplierMarket, Production, TradeCredit, ...) act on them, and on
 * the per-stage state through the package-private accessors; everyone else reads through the public
 * getters, which are also what MASON's inspector shows when a student clicks a firm.
 */
public final class Firm implements Serializable {
    /**
     * 3 since model v2 (designs, talent, labour; no clone intensity), 4 since the per-stage numbers are
     * stored a row per number: a checkpoint of an older model cannot be read.
     */
    private static final long serialVersionUID = 4L;
    /** Size of the memory of former partners (bounded so memory per firm stays constant). */
    static final int ACQUAINTANCES = 4;

    final int id;
    final int birthStep;
    boolean alive = true;
    /** Set when the firm goes bankrupt in the current step (it is removed at the entry/exit phase). */
    boolean bankrupt;

    // --- roles and sourcing, per stage ---
    boolean producer;
    /** Bit s set: the firm makes stage s, sells it to others, must review it at the next sourcing phase. */
    private long makeBits, sellBits, reviewBits;
    final Firm[] supplier;
    /** Buyers of each stage this firm sells; null until the firm first sells the stage. */
    final List<Firm>[] customers;

    /**
     * The numbers of each stage, in one array, a row of {@link #stages} per number (all the stages'
     * volumes, then all their plants, ...): a step walks over every firm a dozen times, and most of those
     * walks read one number of every stage (clearing the volumes, gaining experience, checking plants),
     * which then sit in one cache line instead of one per stage; and with the numbers in one array a
     * firm's state takes a few cache lines instead of one small array (and object header) per number.
     * Counts are stored as doubles (exact below 2^53); the accessors below give them back as ints.
     */
    private final double[] stageData;
    /** Stages of the value chain (the length of a row of {@link #stageData}). */
    private final int stages;
    private static final int VOLUME = 0, PLANTS = 1, EXPERIENCE = 2, BOOK_VALUE = 3, SELLER_INDEX = 4,
            IDLE_STEPS = 5, SUPPLIER_TRUST = 6, PAYABLE = 7, RELATION_START = 8, LAST_BREACH = 9, FIELDS = 10;
    /** Largest value chain a firm can work in (the stage flags are bits of a long). */
    public static final int MAX_STAGES = 64;

    // --- production ---
    /** Book value of all the firm's plants (the sum of the stages' book values). */
    double capital;

    // --- traits and strategy ---
    final double trustworthiness;
    /** Innovative capability drawn at birth: multiplies the chance that its R&D succeeds. */
    double talent = 1;
    double alpha;
    double rdShare;
    /** The R&D share the firm last chose as best ({@link Innovation#chooseRd}); rdShare moves toward it. */
    double rdTarget;

    // --- product and market ---
    /** Rung of the firm's product design (own or copied): its design's rung. */
    int rung;
    /** The design it sells (its nest in the final market); null before it first gets one. */
    Design design;
    /** True when the design is its own (reached by its own R&D or brought at founding), not copied or leaked. */
    boolean ownDesign;
    /** Rung the firm's own R&D has reached: copying a design gives the product, not the know-how. */
    int capability;
    int lastOwnInnovation = Integer.MIN_VALUE / 2;
    double unitCost;
    double markup;
    double price;
    double output;
    double expectedOutput;
    double marketShare;
    /** Its share among the sellers of its design (the within-nest share) at the last market. */
    double nestShare = 1;
    /** Workers employed this step. */
    double employment;
    double profitRateEma;
    /** Smoothed profit per step (money): what specialists' returns on capital are judged by. */
    double profitEma;
    /** Smoothed innovation rent: the premium earned on designs of its own (reported in firms.csv). */
    double rentEma;

    // --- money ---
    double netWorth;
    double profit;
    double finalSales;
    double intermediateSales;
    double clusterPurchases;
    double outsidePurchases;
    double rdSpend;

    // --- credit record (decaying counts, visible to others in proportion to creditEnvironment) ---
    double recTransactions;
    double recBreaches;

    // --- repute and trust as a stranger, memoised for one sourcing round (see CreditEnvironment) ---
    long memoRound = -1;
    double memoRepute, memoTrust, memoLnTrust;

    // --- memory of former partners ---
    final int[] knownId = new int[ACQUAINTANCES];
    final double[] knownTrust = new double[ACQUAINTANCES];
    int knownNext;

    // --- institutions of the market (IndustryAssociation, GuaranteeFund, LocalGovernment) ---
    /** A member of the industry association. */
    boolean member;
    /** A lead firm (large capital, brand) from the start. */
    boolean lead;
    /** Part of the debt covered by the guarantee fund (money); 0 for a firm without a guarantee. */
    double guaranteedDebt;
    /** The association's blacklist: decayed counts of transactions with members, and breaches against them. */
    double assocTransactions, assocBreaches;
    /** Trust of an association member in this firm as a stranger, memoised for one sourcing round. */
    long memoMemberRound = -1;
    double memoMemberTrust;

    @SuppressWarnings("unchecked")
    Firm(int id, int birthStep, int stages, double trustworthiness) {
        if (stages > MAX_STAGES) throw new IllegalArgumentException("a value chain has at most " + MAX_STAGES + " stages, got " + stages);
        this.id = id;
        this.birthStep = birthStep;
        this.trustworthiness = trustworthiness;
        supplier = new Firm[stages];
        customers = (List<Firm>[]) new List[stages];
        this.stages = stages;
        stageData = new double[stages * FIELDS];
        for (int s = 0; s < stages; s++) {
            stageData[SELLER_INDEX * stages + s] = -1;
            stageData[LAST_BREACH * stages + s] = Integer.MIN_VALUE / 2;
        }
        java.util.Arrays.fill(knownId, -1);
    }

    /**
     * A newcomer's weight on profit against trust: alpha in [0.45, 0.75] from a uniform draw u. Firms
     * weigh profit somewhat above trust; what they learn later moves them.
     */
    static double initialAlpha(double u) {
        return 0.45 + 0.3 * u;
    }

    /**
     * Starts selling a design (its own or a copy). The design's count of sellers is kept up to date
     * here between two markets, which recount it.
     */
    void adopt(Design d, boolean own) {
        if (design != null && design.sellers > 0) design.sellers--;
        design = d;
        d.sellers++;
        rung = d.rung;
        ownDesign = own;
        nestShare = 1.0 / d.sellers;
    }

    /** Books an income (positive) or a cost (negative): it changes profit and net worth at once. */
    void earn(double amount) {
        profit += amount;
        netWorth += amount;
    }

    // ---------------------------------------------------------------- relations

    List<Firm> customersOf(int s) {
        if (customers[s] == null) customers[s] = new ArrayList<>(4);
        return customers[s];
    }

    int customerCount(int s) {
        return customers[s] == null ? 0 : customers[s].size();
    }

    /** Remembers trust in a former partner, overwriting the oldest memory. */
    void remember(Firm partner, double trust) {
        for (int k = 0; k < ACQUAINTANCES; k++) {
            if (knownId[k] == partner.id) {
                knownTrust[k] = trust;
                return;
            }
        }
        knownId[knownNext] = partner.id;
        knownTrust[knownNext] = trust;
        knownNext = (knownNext + 1) % ACQUAINTANCES;
    }

    /** Trust remembered from an earlier relation, or NaN if none. */
    double recalled(Firm partner) {
        for (int k = 0; k < ACQUAINTANCES; k++) if (knownId[k] == partner.id) return knownTrust[k];
        return Double.NaN;
    }

    /** True if every stage is either made or bought, so the firm can produce this step. */
    boolean fullySourced() {
        for (int s = 0; s < supplier.length; s++) if (!makes(s) && supplier[s] == null) return false;
        return true;
    }

    // ---------------------------------------------------------------- per-stage state (model package)

    private static long withBit(long bits, int s, boolean on) {
        return on ? bits | (1L << s) : bits & ~(1L << s);
    }

    void setMakes(int s, boolean on) { makeBits = withBit(makeBits, s, on); }
    void setSells(int s, boolean on) { sellBits = withBit(sellBits, s, on); }
    boolean mustReview(int s) { return (reviewBits >>> s & 1) != 0; }
    void setMustReview(int s, boolean on) { reviewBits = withBit(reviewBits, s, on); }

    void addVolume(int s, double v) { stageData[VOLUME * stages + s] += v; }
    /** Forgets last step's volumes before this step's are pooled. */
    void clearVolumes() { for (int s = 0; s < supplier.length; s++) stageData[VOLUME * stages + s] = 0; }
    void setPlants(int s, int n) { stageData[PLANTS * stages + s] = n; }
    /** Months of experience in running the stage (reset when its last plant goes). */
    double experienceOf(int s) { return stageData[EXPERIENCE * stages + s]; }
    void setExperience(int s, double v) { stageData[EXPERIENCE * stages + s] = v; }
    /** Book value of the plants of the stage (their purchase prices); {@link #capital} is the sum. */
    double bookValueOf(int s) { return stageData[BOOK_VALUE * stages + s]; }
    void setBookValue(int s, double v) { stageData[BOOK_VALUE * stages + s] = v; }
    /** Position in the stage's {@link SupplierMarket} seller list, or -1. */
    int sellerIndexOf(int s) { return (int) stageData[SELLER_INDEX * stages + s]; }
    void setSellerIndex(int s, int k) { stageData[SELLER_INDEX * stages + s] = k; }
    /** Consecutive steps the firm has sold the stage without a customer. */
    int idleStepsOf(int s) { return (int) stageData[IDLE_STEPS * stages + s]; }
    void setIdleSteps(int s, int n) { stageData[IDLE_STEPS * stages + s] = n; }
    void setSupplierTrust(int s, double t) { stageData[SUPPLIER_TRUST * stages + s] = t; }
    /** This step's bill from the current supplier of the stage, settled in the payment phase. */
    double payableOf(int s) { return stageData[PAYABLE * stages + s]; }
    void setPayable(int s, double v) { stageData[PAYABLE * stages + s] = v; }
    void setRelationStart(int s, int step) { stageData[RELATION_START * stages + s] = step; }
    void setLastBreach(int s, int step) { stageData[LAST_BREACH * stages + s] = step; }

    // ---------------------------------------------------------------- read-only view (inspector, metrics, output)

    public int getId() { return id; }
    public int getBirthStep() { return birthStep; }
    public boolean isAlive() { return alive; }
    public boolean isProducer() { return producer; }
    /** True if the firm sells at least one stage to other firms. */
    public boolean isSpecialist() { return sellBits != 0; }
    public int getStageCount() { return supplier.length; }
    public boolean makes(int s) { return (makeBits >>> s & 1) != 0; }
    public boolean sells(int s) { return (sellBits >>> s & 1) != 0; }
    public boolean buys(int s) { return supplier[s] != null; }
    /** The firm that supplies stage s, or null. */
    public Firm supplierOf(int s) { return supplier[s]; }
    public double trustInSupplier(int s) { return stageData[SUPPLIER_TRUST * stages + s]; }
    /** Step the current relation for stage s began. */
    public int relationStartOf(int s) { return (int) stageData[RELATION_START * stages + s]; }
    /** Step of the last breach in the current relation for stage s, by either side (for the display). */
    public int lastBreachOf(int s) { return (int) stageData[LAST_BREACH * stages + s]; }
    public int customerCountOf(int s) { return customerCount(s); }
    public int plantsOf(int s) { return (int) stageData[PLANTS * stages + s]; }
    /**
     * Quality units processed in the stage (own use plus sales to customers) at the last production:
     * during sourcing this is last step's volume, what a specialist expects when it quotes a price.
     */
    public double volumeOf(int s) { return stageData[VOLUME * stages + s]; }
    public double getNetWorth() { return netWorth; }
    /** Book value of the firm's plants. */
    public double getCapital() { return capital; }
    public double getProfit() { return profit; }
    public double getQuality(double qualityStep) { return Math.pow(qualityStep, rung); }
    public int getQualityRung() { return rung; }
    public int getCapability() { return capability; }
    public double getRdShare() { return rdShare; }
    public double getAlpha() { return alpha; }
    public double getTrustworthiness() { return trustworthiness; }
    public double getMarkup() { return markup; }
    /** Price per quality unit. */
    public double getPrice() { return price; }
    /** Cost per quality unit. */
    public double getUnitCost() { return unitCost; }
    /** Output this step in quality units (physical units x quality). */
    public double getOutput() { return output; }
    public double getMarketShare() { return marketShare; }
    public double getFinalSales() { return finalSales; }
    public double getIntermediateSales() { return intermediateSales; }
    public double getSales() { return finalSales + intermediateSales; }
    public double getClusterPurchases() { return clusterPurchases; }
    public double getOutsidePurchases() { return outsidePurchases; }
    /** Sales minus purchased inputs (from cluster firms and from outside). */
    public double getValueAdded() { return finalSales + intermediateSales - clusterPurchases - outsidePurchases; }
    public double getRdSpend() { return rdSpend; }
    /** Smoothed rent earned on designs of its own, per step. */
    public double getInnovationRent() { return rentEma; }
    public int getLastOwnInnovation() { return lastOwnInnovation; }
    /** Firms selling the same design (1: the design is exclusive). */
    public int getDesignSellers() { return design == null ? 0 : Math.max(1, design.sellers); }
    /** True when the firm sells a design of its own (own R&D or brought at founding), not a copy. */
    public boolean hasOwnDesign() { return ownDesign; }
    /** Innovative capability drawn at birth (1 = typical). */
    public double getTalent() { return talent; }
    public double getRdTarget() { return rdTarget; }
    /** Workers employed this step. */
    public double getEmployment() { return employment; }
    public double getNestShare() { return nestShare; }
    /** Recorded breaches per recorded transaction (decayed counts). */
    public double getRecordedBreachRate() { return recTransactions > 0 ? recBreaches / recTransactions : 0; }
    /** Value-weighted share of stages the firm makes itself (producers), using the chain's value shares. */
    public double integration(ValueChain chain) {
        double made = 0;
        for (int s = 0; s < supplier.length; s++) if (makes(s)) made += chain.get(s).valueShare;
        return made / chain.totalValueShare();
    }

    /** A member of the industry association. */
    public boolean isAssociationMember() { return member; }
    /** A lead firm (large capital and a brand at the start). */
    public boolean isLeadFirm() { return lead; }
    /** Debt covered by the guarantee fund (money). */
    public double getGuaranteedDebt() { return guaranteedDebt; }

    @Override
    public String toString() {
        return (producer ? (isSpecialist() ? "Producer+specialist " : "Producer ") : "Specialist ") + id;
    }
}
