package clustersim.model;

/** Models in a state worth measuring: the baseline cluster at a given size, some months into its run. */
final class JmhModels {
    private JmhModels() {
    }

    /**
     * The baseline scenario with {@code firms} initial firms and its market scaled with them (as
     * {@code clustersim bench} does), started and stepped {@code steps} times, so that specialists,
     * relations and a supplier market exist.
     */
    static ClusterModel baseline(int firms, int steps, long seed) {
        ClusterConfig base = ClusterConfig.defaults(); // what scenarios/baseline.yaml gives
        double perFirm = base.get(Param.MARKET_SIZE) / base.get(Param.INITIAL_FIRMS);
        ClusterConfig config = base.with(Param.INITIAL_FIRMS, firms).with(Param.MARKET_SIZE, perFirm * firms);
        ClusterModel m = new ClusterModel(seed, config);
        m.start();
        for (int k = 0; k < steps; k++) m.schedule.step(m);
        return m;
    }

    /** The intermediate stage with the most sellers (where buyers have the most to choose from). */
    static int busiestStage(ClusterModel m) {
        int best = 0;
        for (int s = 1; s < m.chain.finalStage(); s++) if (m.markets[s].sellerCount() > m.markets[best].sellerCount()) best = s;
        return best;
    }

    /** The live producers, in the model's current order. */
    static Firm[] producers(ClusterModel m) {
        return m.firms.stream().filter(f -> f.producer && f.alive).toArray(Firm[]::new);
    }
}
