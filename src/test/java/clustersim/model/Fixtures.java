package clustersim.model;

import java.util.List;

/** Small hand-built situations for mechanism tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A started model of a few integrated producers (no step run yet). */
    static ClusterModel smallModel(long seed, Param p, double v) {
        Parameters q = new Parameters();
        q.set(Param.INITIAL_FIRMS, 20);
        q.set(Param.MARKET_SIZE, 200);
        if (p != null) q.set(p, v);
        ClusterModel m = new ClusterModel(seed, new ClusterConfig("fixture", q, ValueChain.standard(), List.of()));
        m.start();
        return m;
    }

    static ClusterModel smallModel(long seed) {
        return smallModel(seed, null, 0);
    }

    /** A specialist in stage s, with one plant and the given net worth and trustworthiness, added to the model. */
    static Firm specialist(ClusterModel m, int s, double netWorth, double trustworthiness) {
        Firm j = new Firm(1000 + m.firms.size(), 0, m.chain.size(), trustworthiness);
        m.finance.invest(j, s, 1);
        j.netWorth = netWorth;
        j.alpha = 0.6;
        m.firms.add(j);
        m.markets[s].addSeller(j);
        return j;
    }

    /** Makes buyer i buy stage s from j (i gives up making it). */
    static void buy(ClusterModel m, Firm i, int s, Firm j) {
        i.setMakes(s, false);
        i.supplier[s] = j;
        i.setRelationStart(s, m.currentStep());
        i.setSupplierTrust(s, 0.5);
        j.customersOf(s).add(i);
    }

    /** The first producer of the model. */
    static Firm producer(ClusterModel m) {
        for (Firm x : m.firms) if (x.producer) return x;
        throw new AssertionError("no producer");
    }
}
