package clustersim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A firm of the cluster: a brand owner that sells the final product (producer), a specialist that sells
 * one or more stages to other firms, or both.
 *
 * <p>Per-stage state lives in arrays indexed by stage so that the hot paths touch no collections. The
 * fields are package-private: the mechanism classes of this package (MakeOrBuy, SupplierMarket,
 * Production, TradeCredit, ...) act on them; everyone else reads through the getters, which are also
 * what MASON's inspector shows when a student clicks a firm.
 */
public final class Firm implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Size of the memory of former partners (bounded so memory per firm stays constant). */
    static final int ACQUAINTANCES = 4;

    final int id;
    final int birthStep;
    boolean alive = true;
    /** Set when the firm goes bankrupt in the current step (it is removed at the entry/exit phase). */
    boolean bankrupt;

    // --- roles and sourcing, per stage ---
    boolean producer;
    final boolean[] makes;
    final boolean[] sells;
    final Firm[] supplier;
    final int[] relationStart;
    final double[] supplierTrust;
    /** This step's bill from the current supplier of the stage, settled in the payment phase. */
    final double[] payable;
    /** Step of the last breach in the current relation for the stage, by either side (for the display). */
    final int[] lastBreach;
    /** Whether the stage must be reviewed at the next sourcing phase (supplier lost, new entrant). */
    final boolean[] mustReview;
    /** Buyers of each stage this firm sells; null until the firm first sells the stage. */
    final List<Firm>[] customers;
    /** Position in the stage's {@link SupplierMarket} seller list, or -1. */
    final int[] sellerIndex;
    /** Consecutive steps the firm has sold the stage without a customer. */
    final int[] idleSteps;

    // --- production, per stage ---
    final int[] plants;
    /** Book value of the plants of each stage (their purchase prices); {@link #capital} is the sum. */
    final double[] bookValue;
    double capital;
    final double[] experience;
    /**
     * Quality units processed in the stage (own use plus sales to customers) at the last production:
     * during sourcing this is last step's volume, what a specialist expects when it quotes a price.
     */
    final double[] volume;

    // --- traits and strategy ---
    final double trustworthiness;
    double alpha;
    double rdShare;

    // --- product and market ---
    /** Rung of the firm's product design (own or copied). */
    int rung;
    /** Rung the firm's own R&D has reached: copying a design gives the product, not the know-how. */
    int capability;
    double clone;
    int lastOwnInnovation = Integer.MIN_VALUE / 2;
    double unitCost;
    double markup;
    double price;
    double output;
    double expectedOutput;
    double marketShare;
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

    // --- memory of former partners ---
    final int[] knownId = new int[ACQUAINTANCES];
    final double[] knownTrust = new double[ACQUAINTANCES];
    int knownNext;

    @SuppressWarnings("unchecked")
    Firm(int id, int birthStep, int stages, double trustworthiness) {
        this.id = id;
        this.birthStep = birthStep;
        this.trustworthiness = trustworthiness;
        makes = new boolean[stages];
        sells = new boolean[stages];
        supplier = new Firm[stages];
        relationStart = new int[stages];
        supplierTrust = new double[stages];
        payable = new double[stages];
        lastBreach = new int[stages];
        mustReview = new boolean[stages];
        customers = (List<Firm>[]) new List[stages];
        sellerIndex = new int[stages];
        idleSteps = new int[stages];
        plants = new int[stages];
        bookValue = new double[stages];
        experience = new double[stages];
        volume = new double[stages];
        java.util.Arrays.fill(sellerIndex, -1);
        java.util.Arrays.fill(lastBreach, Integer.MIN_VALUE / 2);
        java.util.Arrays.fill(knownId, -1);
    }

    /**
     * A newcomer's weight on profit against trust: alpha in [0.45, 0.75] from a uniform draw u. Firms
     * weigh profit somewhat above trust; what they learn later moves them.
     */
    static double initialAlpha(double u) {
        return 0.45 + 0.3 * u;
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
        for (int s = 0; s < makes.length; s++) if (!makes[s] && supplier[s] == null) return false;
        return true;
    }


    // ---------------------------------------------------------------- read-only view (inspector, metrics, output)

    public int getId() { return id; }
    public int getBirthStep() { return birthStep; }
    public boolean isAlive() { return alive; }
    public boolean isProducer() { return producer; }
    /** True if the firm sells at least one stage to other firms. */
    public boolean isSpecialist() {
        for (boolean b : sells) if (b) return true;
        return false;
    }
    public int getStageCount() { return makes.length; }
    public boolean makes(int s) { return makes[s]; }
    public boolean sells(int s) { return sells[s]; }
    public boolean buys(int s) { return supplier[s] != null; }
    /** The firm that supplies stage s, or null. */
    public Firm supplierOf(int s) { return supplier[s]; }
    public double trustInSupplier(int s) { return supplierTrust[s]; }
    public int relationStartOf(int s) { return relationStart[s]; }
    public int lastBreachOf(int s) { return lastBreach[s]; }
    public int customerCountOf(int s) { return customerCount(s); }
    public int plantsOf(int s) { return plants[s]; }
    public double volumeOf(int s) { return volume[s]; }
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
    public double getCloneIntensity() { return clone; }
    /** Recorded breaches per recorded transaction (decayed counts). */
    public double getRecordedBreachRate() { return recTransactions > 0 ? recBreaches / recTransactions : 0; }
    /** Value-weighted share of stages the firm makes itself (producers), using the chain's value shares. */
    public double integration(ValueChain chain) {
        double made = 0;
        for (int s = 0; s < makes.length; s++) if (makes[s]) made += chain.get(s).valueShare;
        return made / chain.totalValueShare();
    }

    @Override
    public String toString() {
        return (producer ? (isSpecialist() ? "Producer+specialist " : "Producer ") : "Specialist ") + id;
    }
}
