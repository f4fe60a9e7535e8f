package clustersim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The market for one stage: the firms that sell it, and the matching of this step's reviewing buyers to
 * sellers with capacity quotas, by buyer-proposing deferred acceptance (Gale and Shapley; Tesfatsion's
 * Trade Network Game). Making the stage oneself is always among a buyer's options and always accepts,
 * so every buyer with a feasible make option ends matched. A seller over its quota turns away the
 * proposers it likes least. With regularCustomersFirst (on by default) it never turns away a regular
 * customer, one it has served for regularCustomerMonths or more (by default any customer it serves) (a reviewing customer that proposes to
 * its own supplier keeps its place; above capacity the seller works overtime, which its price then
 * carries): relational contracting, in which regular customers are served first and a running relation
 * is not dropped for a newcomer (Macaulay 1963; Kranton 1996; Uzzi 1997). Without the rule a supplier whose quota its non-reviewing customers had
 * filled rejects a reviewing customer it was serving; at CE 0.6 that ends about a tenth of relations
 * directly (the buyer is left unsourced) and more through switches (docs/ECONOMICS-STATUS.md, round 4).
 *
 * <p>Cost is linear in the number of firms: each buyer brings a short preference list (its current
 * partner, a few candidates and itself), each proposal is handled once, and a seller's held list only
 * holds proposals that fit its capacity.
 */
public final class SupplierMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    final int stage;
    private final ClusterModel model;
    private final ArrayList<Firm> sellers = new ArrayList<>();

    /** Volume of reviewers this step who would rather buy from a new entrant than make (an entry signal). */
    double latentThisStep;
    /** Smoothed estimate of the whole cluster's latent demand for a new seller of this stage. */
    double latentDemand;
    /** Sellers' mean volume at the start of this step's sourcing round. */
    private double meanSellerVolume;

    // ---- deferred-acceptance scratch, reused between steps ----
    private int reviewers;
    private Firm[] buyer = new Firm[16];
    private Firm[][] options = new Firm[16][];
    private int[] optionCount = new int[16];
    private int[] next = new int[16];
    private double[] proposerScore = new double[16];
    private Firm[] result = new Firm[16];
    private double[] quota = new double[16];
    private double[] heldVolume = new double[16];
    private int[][] held = new int[16][];
    private int[] heldCount = new int[16];
    private int[] queue = new int[16];

    SupplierMarket(ClusterModel model, int stage) {
        this.model = model;
        this.stage = stage;
    }

    // ------------------------------------------------------------------ sellers

    void addSeller(Firm f) {
        if (f.sellerIndexOf(stage) >= 0) return;
        f.setSellerIndex(stage, sellers.size());
        sellers.add(f);
        f.setSells(stage, true);
        f.setIdleSteps(stage, 0);
        f.customersOf(stage);
    }

    /** Removes a seller in O(1) (swap with the last). Its customers are not touched here. */
    void removeSeller(Firm f) {
        int k = f.sellerIndexOf(stage);
        if (k < 0) return;
        Firm last = sellers.remove(sellers.size() - 1);
        if (last != f) {
            sellers.set(k, last);
            last.setSellerIndex(stage, k);
        }
        f.setSellerIndex(stage, -1);
        f.setSells(stage, false);
    }

    public List<Firm> sellers() {
        return java.util.Collections.unmodifiableList(sellers);
    }

    public int sellerCount() {
        return sellers.size();
    }

    Firm randomSeller() {
        return sellers.isEmpty() ? null : sellers.get(model.random.nextInt(sellers.size()));
    }

    /** Installed capacity minus volume of all sellers: what entrants would compete with. */
    double spareCapacity() {
        double cap = model.params.get(Param.PLANT_CAPACITY);
        double spare = 0;
        for (int k = 0, n = sellers.size(); k < n; k++) {
            Firm j = sellers.get(k);
            spare += Math.max(0, j.plantsOf(stage) * cap - j.volumeOf(stage));
        }
        return spare;
    }

    /** Mean volume a seller of the stage processed last step (the scale a buyer can expect), or 0. */
    double meanSellerVolume() {
        return meanSellerVolume;
    }

    // ------------------------------------------------------------------ matching

    /** Opens this step's round: nothing that changes sellers' volumes happens before the next production. */
    void beginRound() {
        reviewers = 0;
        latentThisStep = 0;
        double v = 0;
        for (int k = 0, n = sellers.size(); k < n; k++) v += sellers.get(k).volumeOf(stage);
        meanSellerVolume = sellers.isEmpty() ? 0 : v / sellers.size();
    }

    /** Registers a reviewing buyer with its options, best first; {@code self} in the list means "make". */
    void propose(Firm b, Firm[] ranked, int count) {
        int r = reviewers++;
        if (r == buyer.length) grow();
        buyer[r] = b;
        Firm[] o = options[r];
        if (o == null || o.length < count) o = options[r] = new Firm[Math.max(count, 4)];
        System.arraycopy(ranked, 0, o, 0, count);
        optionCount[r] = count;
        next[r] = 0;
        result[r] = null;
    }

    private void grow() {
        int n = buyer.length * 2;
        buyer = java.util.Arrays.copyOf(buyer, n);
        options = java.util.Arrays.copyOf(options, n);
        optionCount = java.util.Arrays.copyOf(optionCount, n);
        next = java.util.Arrays.copyOf(next, n);
        proposerScore = java.util.Arrays.copyOf(proposerScore, n);
        result = java.util.Arrays.copyOf(result, n);
        queue = java.util.Arrays.copyOf(queue, n);
    }

    /**
     * Runs deferred acceptance over this step's reviewers. Afterwards {@link #resultOf(int)} gives each
     * reviewer's match: itself (make), a seller, or null (no feasible option).
     */
    void match() {
        final int nSellers = sellers.size();
        if (quota.length < nSellers) {
            int n = Math.max(nSellers, 2 * quota.length);
            quota = new double[n];
            heldVolume = new double[n];
            held = java.util.Arrays.copyOf(held, n);
            heldCount = new int[n];
        }
        final double cap = model.params.get(Param.PLANT_CAPACITY);
        final double plantCost = model.plantPrice(stage);
        final boolean regularFirst = model.params.get(Param.REGULAR_CUSTOMERS_FIRST) > 0;
        final int now = model.currentStep();
        final double regularMonths = model.params.get(Param.REGULAR_CUSTOMER_MONTHS);
        for (int k = 0; k < nSellers; k++) quota(k, sellers.get(k), cap, plantCost);
        accept(regularFirst, now, regularMonths);
        for (int k = 0; k < nSellers; k++) {
            Firm j = sellers.get(k);
            for (int h = 0; h < heldCount[k]; h++) result[held[k][h]] = j;
        }
    }

    /**
     * The deferred acceptance: buyers propose down their ranked options, sellers hold the best proposals
     * their quotas allow. (A method of its own, so that the JIT compiler compiles it apart from the walks
     * over the sellers before and after it.)
     */
    private void accept(boolean regularFirst, int now, double regularMonths) {
        int top = 0;
        for (int r = reviewers - 1; r >= 0; r--) queue[top++] = r;
        while (top > 0) {
            int r = queue[--top];
            Firm b = buyer[r];
            while (next[r] < optionCount[r]) {
                Firm o = options[r][next[r]++];
                if (o == b) {
                    result[r] = b;
                    break;
                }
                int k = o.sellerIndexOf(stage);
                if (k < 0 || !o.alive) continue;
                double vol = b.expectedOutput;
                proposerScore[r] = sellerScore(o, b);
                if (held[k] == null || held[k].length == heldCount[k]) {
                    held[k] = java.util.Arrays.copyOf(held[k] == null ? new int[4] : held[k], Math.max(4, heldCount[k] * 2));
                }
                held[k][heldCount[k]++] = r;
                heldVolume[k] += vol;
                while (heldVolume[k] > quota[k] && heldCount[k] > 0) {
                    // a customer the seller already serves is not turned away for a newcomer (relational
                    // contracting: regular customers are served first; Macaulay 1963, Kranton 1996)
                    int worst = -1;
                    for (int h = 0; h < heldCount[k]; h++) {
                        int a = held[k][h];
                        if (regularFirst && buyer[a].supplier[stage] == o && now - buyer[a].relationStartOf(stage) >= regularMonths) continue;
                        if (worst < 0) {
                            worst = h;
                            continue;
                        }
                        int w = held[k][worst];
                        if (proposerScore[a] < proposerScore[w]
                                || (proposerScore[a] == proposerScore[w] && buyer[a].id > buyer[w].id)) worst = h;
                    }
                    if (worst < 0) break;
                    int rejected = held[k][worst];
                    held[k][worst] = held[k][--heldCount[k]];
                    heldVolume[k] -= buyer[rejected].expectedOutput;
                    queue[top++] = rejected;
                }
                break;
            }
        }
    }

    /**
     * A seller's quota for this round: its capacity (one plant more if it can finance one) less what its
     * regular customers, who are not reviewing, take. (A method of its own, called once a seller, so that
     * the JIT compiler compiles it early and apart from the matching.)
     */
    private void quota(int k, Firm j, double cap, double plantCost) {
        double committed = (j.producer && j.makes(stage)) ? j.expectedOutput : 0;
        List<Firm> cs = j.customers[stage];
        for (int c = 0, m = cs.size(); c < m; c++) {
            Firm b = cs.get(c);
            if (!b.mustReview(stage)) committed += b.expectedOutput;
        }
        double capacity = j.plantsOf(stage) * cap;
        if (model.finance.canFinance(j, plantCost)) capacity += cap;
        quota[k] = capacity - committed;
        heldVolume[k] = 0;
        heldCount[k] = 0;
    }

    /** How much a seller wants a buyer: profit (volume) against trust, by the seller's own weight alpha. */
    private double sellerScore(Firm seller, Firm b) {
        return seller.alpha * Math.log(Math.max(b.expectedOutput, 1e-9)) + (1 - seller.alpha) * model.credit.lnTrustIn(seller, b);
    }

    /**
     * Forgets this round's reviewers and options once their matches are carried out: the scratch arrays
     * outlive the round, and firms left in them would be kept alive after they leave the cluster.
     */
    void endRound() {
        for (int r = 0; r < reviewers; r++) {
            buyer[r] = null;
            result[r] = null;
            java.util.Arrays.fill(options[r], 0, optionCount[r], null);
        }
    }

    int reviewerCount() {
        return reviewers;
    }

    Firm reviewer(int r) {
        return buyer[r];
    }

    Firm resultOf(int r) {
        return result[r];
    }
}
