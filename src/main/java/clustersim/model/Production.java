package clustersim.model;

import java.io.Serializable;

/**
 * Unit costs of running a stage: scale economies on generic assets (a specialist pools the volume of
 * all its buyers) and learning on specific assets (within a lasting relation, or from a firm's own
 * experience when it makes the stage itself). Klos and Nooteboom's (2001) economy function, bounded:
 *
 * <pre>
 *   E(x; f)    = max(0, 1 - 1 / (f x + 1 - f))                      economies, 0 at x = 1
 *   S(V)       = cap (1 - sigma) E(V / volumeUnit; scaleFactor)     scale saving (generic assets)
 *   L(months)  = cap sigma E(1 + months; learningFactor)            learning saving (specific assets)
 *   lab(V,L)   = l (1 - S - L)                                          workers per quality unit
 *   var(q,V,L) = baseCost m (1 - S) / q + wage q^(phi - 1) lab(V,L)     money per quality unit
 * </pre>
 * where, for costs, q = qualityStep^(rung - w meanRung) with w = qualityCostReference and meanRung the cluster's
 * last month. With w = 0 costs follow the absolute rung and the value-added rate climbs with the ladder for as
 * long as a run lasts. With w &gt; 0 the model counts in <em>standard units</em>: quality units divided by
 * Q = qualityStep^(w meanRung), the quality of the cluster's typical product (with w = 1). Volumes, plant
 * capacity and the scale thresholds are then in units of the typical product, nearly physical units, and so
 * is the demand the final market clears ({@link FinalMarket}); a physical unit's cost depends only on its
 * rung against the cluster's, as in Grossman and Helpman's (1991) quality ladder, whose stationary state
 * needs exactly this homogeneity: the cluster's climb lowers the price of a quality unit (the price index,
 * per quality unit, is the standard unit's divided by Q), and with unit-elastic demand spending, volumes and
 * every money magnitude stay put while real output grows.
 * All volumes and costs are per quality unit (per standard unit when w &gt; 0; a product of quality q is q quality units): a better
 * product needs the same material but more skilled work: the wage bill per physical unit rises as q^phi
 * (the same workers per quality unit, each paid wage q^(phi - 1): skill), so upgrading adds value per unit
 * of material and per worker. m is the stage's material share at quality 1 (bought outside the cluster), V the
 * pooled volume, l the stage's labour coefficient (workers per quality unit at scale 1 and quality 1):
 * (1 - m) baseCost / wage's default, so that at the default wage a stage costs baseCost at scale 1.
 * Scale saves materials and labour alike (bulk buying, less waste, better machines); learning saves
 * labour only (people learn, the material in a unit stays). Making in-house takes governancePremium more
 * of everything (coordination inside a diversified firm), labour included.
 */
final class Production implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;
    /** Per rung: 1 / q and q^(phi - 1), for the qualityStep and phi they were computed with. */
    private double[] inverseQuality = new double[0], processingPerQuality = new double[0];
    private double cachedLnStep = Double.NaN, cachedPhi = Double.NaN;

    Production(ClusterModel model) {
        this.model = model;
    }

    // The parameters the cost functions read, taken at each step's start (events and sliders change
    // parameters only between steps): the cost functions run for every stage of every producer and every
    // priced option, and each looked its parameters up again every time.
    /** The park's saving on materials (LocalGovernment; 1 without a park). */
    private double materialFactor = 1;
    private double economiesCap, volumeUnit, overtimePremium, plantCapacity, markupFactor, wage, localContentCap, localContentVolume, localContentSaving;
    /** Per stage: workers per quality unit at scale 1 and quality 1. */
    private double[] labourCoefficient = new double[0];
    /** Per stage: a plant's user cost per step. */
    private double[] userCost = new double[0];
    /** qualityCostReference times the cluster's mean rung, and the cost factors it implies (see refresh). */
    private double referenceRung, referenceInverse = 1, referenceProcessing = 1;

    /**
     * Takes this step's parameters, and drops the per-rung factors if qualityStep or qualityCostElasticity
     * changed (call at each step's start).
     */
    void refresh() {
        final int K = model.chain.size();
        referenceRung = model.params.get(Param.QUALITY_COST_REFERENCE) * model.market.meanRung;
        if (userCost.length != K) userCost = new double[K];
        if (labourCoefficient.length != K) labourCoefficient = new double[K];
        wage = model.params.get(Param.WAGE);
        for (int s = 0; s < K; s++) labourCoefficient[s] = labourCoefficient(model.chain.get(s)) * model.skills.labourFactor(model.chain.get(s));
        final double capitalRate = model.params.get(Param.DEPRECIATION) + model.params.get(Param.INTEREST_RATE);
        for (int s = 0; s < K; s++) userCost[s] = model.plantPrice(s) * capitalRate;
        economiesCap = model.params.get(Param.ECONOMIES_CAP);
        volumeUnit = model.params.get(Param.VOLUME_UNIT);
        localContentCap = model.params.get(Param.LOCAL_CONTENT_CAP);
        localContentVolume = model.params.get(Param.LOCAL_CONTENT_VOLUME);
        localContentSaving = model.params.get(Param.LOCAL_CONTENT_SAVING);
        overtimePremium = model.params.get(Param.OVERTIME_PREMIUM);
        plantCapacity = model.params.get(Param.PLANT_CAPACITY);
        markupFactor = 1 + model.params.get(Param.SUPPLIER_MARKUP);
        materialFactor = model.government.materialFactor;
        double phi = model.params.get(Param.QUALITY_COST_ELASTICITY);
        if (model.lnQualityStep != cachedLnStep || phi != cachedPhi) {
            cachedLnStep = model.lnQualityStep;
            cachedPhi = phi;
            inverseQuality = new double[0];
            processingPerQuality = new double[0];
        }
        // q^-1 and q^(phi - 1) against the reference rung are the absolute factors times these (1 when w is 0)
        referenceInverse = referenceRung == 0 ? 1 : Math.exp(referenceRung * cachedLnStep);
        referenceProcessing = referenceRung == 0 ? 1 : Math.exp(-referenceRung * cachedLnStep * (cachedPhi - 1));
    }

    /**
     * Q = qualityStep^(w meanRung): quality units per standard unit this step (1 when w is 0). The final market
     * reckons its demand and its price index per quality unit with it.
     */
    double referenceQuality() {
        return referenceInverse;
    }

    /** 1 / q of a rung for costs, in standard units: Q / q (see the class comment). */
    double costInverseQuality(int rung) {
        return inverseQuality(rung) * referenceInverse;
    }

    /** q^(phi - 1) of a rung for costs: against the reference rung. */
    double costProcessing(int rung) {
        return processingPerQuality(rung) * referenceProcessing;
    }

    private void extendTo(int rung) {
        int n = Math.max(rung + 1, 2 * inverseQuality.length);
        double[] inv = new double[n], proc = new double[n];
        for (int r = 0; r < n; r++) {
            double lnq = r * cachedLnStep;
            inv[r] = Math.exp(-lnq);
            proc[r] = Math.exp(lnq * (cachedPhi - 1));
        }
        inverseQuality = inv;
        processingPerQuality = proc;
    }

    /** 1 / q of a rung. */
    double inverseQuality(int rung) {
        if (rung >= inverseQuality.length) extendTo(rung);
        return inverseQuality[rung];
    }

    /** Processing per quality unit relative to quality 1: q^(phi - 1). */
    double processingPerQuality(int rung) {
        if (rung >= processingPerQuality.length) extendTo(rung);
        return processingPerQuality[rung];
    }

    /** Klos and Nooteboom's economy function, bounded below by 0. */
    static double economy(double x, double f) {
        if (x <= 1) return 0;
        return 1 - 1 / (f * x + 1 - f);
    }

    /** S(V): share of cost saved by pooled volume on the stage's generic assets. */
    double scaleSaving(Stage st, double pooledVolume) {
        return economiesCap * (1 - st.specificity) * economy(pooledVolume / volumeUnit, st.scaleFactor);
    }

    /** L(months): share of processing cost saved by learning on the stage's specific assets. */
    double learnSaving(Stage st, double learnMonths) {
        return economiesCap * st.specificity * economy(1 + learnMonths, st.learningFactor);
    }

    /** Workers per quality unit of a stage at scale 1 and quality 1. */
    static double labourCoefficient(Stage st) {
        return (1 - st.materialShare) * st.baseCost / Param.WAGE.defaultValue;
    }

    /**
     * Workers per quality unit of stage s, at a scale saving and learning already known. The rung does not
     * enter: a better product takes more skilled, dearer work per physical unit (its wage bill per quality
     * unit rises as q^(phi - 1), see {@link #variableCost}), not more hands per quality unit.
     */
    double labourPerUnit(int s, int rung, double scale, double learnMonths) {
        return labourAtSavings(s, scale, learnSaving(model.chain.get(s), learnMonths));
    }

    /** Workers per quality unit of stage s at a scale saving and a learning saving already known. */
    private double labourAtSavings(int s, double scale, double learned) {
        return labourCoefficient[s] * (1 - scale - learned);
    }

    /** Workers per quality unit of stage s on a rung at a pooled volume and months of learning. */
    double labourPerUnit(int s, int rung, double pooledVolume, double learnMonths, boolean inHouse) {
        double l = labourPerUnit(s, rung, scaleSaving(model.chain.get(s), pooledVolume), learnMonths);
        return inHouse ? l * (1 + model.params.get(Param.GOVERNANCE_PREMIUM)) : l;
    }

    /** Variable cost per quality unit of a product on the given rung. */
    double variableCost(Stage st, int rung, double pooledVolume, double learnMonths) {
        return variableCostAtSaving(st, rung, scaleSaving(st, pooledVolume), localContent(st, pooledVolume), learnMonths);
    }

    /** The same, from a scale saving already computed (production needs it for materials too). */
    private double variableCostAtSaving(Stage st, int rung, double scale, double local, double learnMonths) {
        return variableCostAtSavings(st, rung, scale, local, learnSaving(st, learnMonths));
    }

    /** The same, from the learning saving too ({@link #learnSaving}). */
    private double variableCostAtSavings(Stage st, int rung, double scale, double local, double learned) {
        return st.baseCost * st.materialShare * materialFactor * (1 - scale) * (1 - localContentSaving * local) * costInverseQuality(rung)
                + wage * labourCoefficient(st) * model.skills.labourFactor(st) * costProcessing(rung) * (1 - scale - learned);
    }

    /**
     * Share of a stage's materials its runner processes itself from raw inputs instead of importing them
     * semi-finished: a firm that runs a stage at a volume V covers the minimum efficient scale of a
     * processing line (blanks, castings, pre-cut stock) once V passes localContentVolume, so local
     * content rises with the depth of the local market for the stage (Stigler 1951: functions split off
     * and are taken up locally as the market grows; Young 1928: more roundabout methods at larger scale).
     * Lambda(V) = localContentCap E(V / localContentVolume; scaleFactor). The line is capital-intensive (it
     * takes no extra workers) and processes the material for (1 - localContentSaving) of the import's
     * price: the stage's cost falls by localContentSaving Lambda of its materials, which makes a deep
     * supplier market cheaper still to buy from, and the rest of what was imported, (1 - localContentSaving)
     * Lambda, is now the runner's own value-added (the line's capital and surplus), no longer a purchase
     * from outside the cluster. So value-added per unit and per worker rise with the scale of whoever runs
     * a stage, which is where institutions let specialists pool volume.
     */
    double localContent(Stage st, double pooledVolume) {
        return localContentCap <= 0 ? 0 : localContentCap * economy(pooledVolume / localContentVolume, st.scaleFactor);
    }

    /** Materials bought outside the cluster per quality unit (what its runner does not process itself). */
    double materialPerUnit(Stage st, int rung, double pooledVolume) {
        return materialFromSaving(st, rung, scaleSaving(st, pooledVolume)) * (1 - localContent(st, pooledVolume));
    }

    /** Materials per quality unit at a scale saving already computed (imported or processed locally). */
    private double materialFromSaving(Stage st, int rung, double scale) {
        return st.baseCost * st.materialShare * materialFactor * (1 - scale) * costInverseQuality(rung);
    }

    /** Multiplier on variable cost when a plant runs above capacity (overtime on the excess only). */
    double overtimeFactor(double volume, double capacity) {
        if (volume <= capacity || volume <= 0) return 1;
        return 1 + overtimePremium * (volume - capacity) / volume;
    }

    /** User cost of capital per step of one plant of stage s: maintenance plus interest. */
    double plantUserCost(int s) {
        return userCost[s];
    }

    /** A specialist's variable cost per unit for one buyer (with overtime when it runs above capacity). */
    double sellerVariableCost(Firm seller, int s, int buyerRung, double pooledVolume, double learnMonths) {
        Stage st = model.chain.get(s);
        double capacity = seller.plantsOf(s) * plantCapacity;
        return variableCost(st, buyerRung, pooledVolume, learnMonths) * overtimeFactor(pooledVolume, capacity);
    }

    /**
     * Capital cost per unit of a stage run with {@code plants} plants at volume V. Spread over at least
     * half the installed capacity: prices rest on normal, not momentary, volume (standard costing), so a
     * firm whose orders dip does not price itself out of the market.
     */
    double capitalPerUnit(int s, int plants, double volume) {
        int p = Math.max(1, plants);
        double normal = Math.max(volume, 0.5 * p * plantCapacity);
        return p * plantUserCost(s) / normal;
    }

    /**
     * The price a specialist quotes a buyer per unit: variable cost (with the learning of their relation)
     * plus the capital cost spread over its volume, times its markup.
     */
    double quote(Firm seller, int s, int buyerRung, double pooledVolume, double learnMonths) {
        double v = Math.max(pooledVolume, 1e-9);
        double var = sellerVariableCost(seller, s, buyerRung, v, learnMonths);
        return (var + capitalPerUnit(s, seller.plantsOf(s), v)) * markupFactor;
    }

    /**
     * Adds a producer's output to the volume of every firm that runs one of its stages: itself where it
     * makes the stage, its supplier where it buys it. The final market calls this as it sets each
     * producer's output (in list order, after every firm's volume was cleared), so that production need
     * not walk the firms twice more to do it.
     */
    void pool(Firm b) {
        if (!b.producer || b.output <= 0) return;
        for (int s = 0, K = b.getStageCount(); s < K; s++) {
            if (b.makes(s)) b.addVolume(s, b.output);
            else if (b.supplier[s] != null) b.supplier[s].addVolume(s, b.output);
        }
    }

    /**
     * Production phase: book every firm's costs, purchases (inside and outside the cluster) and
     * intermediate sales at this step's volumes (pooled as the market set outputs; see {@link #pool}).
     */
    void produce() {
        final ValueChain chain = model.chain;
        final int K = chain.size();
        final double g = model.params.get(Param.GOVERNANCE_PREMIUM);
        final double dep = model.params.get(Param.DEPRECIATION);
        final int now = model.currentStep();
        final java.util.List<Firm> firms = model.firms;

        for (int f = 0, n = firms.size(); f < n; f++) produce(firms.get(f), chain, K, g, dep, now);
    }

    /**
     * One firm's books of the production phase. (A method of its own, called once a firm, so that the JIT
     * compiler compiles it within the first month: the loop of a method called once a month is compiled
     * only after some 20 months of interpreting it.)
     */
    private void produce(Firm b, ValueChain chain, int K, double g, double dep, int now) {
        // maintenance of every installed plant, used or idle: the fixed cost of capacity. Plants keep their
        // value (capital does not wear down), so this is ordinary maintenance and repair, which national
        // accounts count as intermediate consumption (SNA 2008, 6.225); no cluster firm sells it, so it is
        // bought outside and is no part of the cluster's value-added
        b.earn(-dep * b.capital);
        b.outsidePurchases += dep * b.capital;
        if (!b.producer || b.output <= 0) {
            gainExperience(b, K);
            return;
        }
        int q = b.rung;
        double total = 0;
        for (int s = 0; s < K; s++) {
            Stage st = chain.get(s);
            if (b.makes(s)) {
                double V = b.volumeOf(s);
                double scale = scaleSaving(st, V);
                // the cost, the workers and the materials below share their scale, local-content and learning savings
                double local = localContent(st, V), learned = learnSaving(st, b.experienceOf(s));
                double unit = variableCostAtSavings(st, q, scale, local, learned) * (1 + g) * overtimeFactor(V, b.plantsOf(s) * plantCapacity);
                b.employment += labourAtSavings(s, scale, learned) * (1 + g) * b.output;
                // the governance premium is more of everything, materials too: the extra material is bought outside
                b.outsidePurchases += materialFromSaving(st, q, scale) * (1 - local) * (1 + g) * b.output;
                b.earn(-unit * b.output);
                total += (unit + capitalPerUnit(s, b.plantsOf(s), V)) * b.output;
            } else {
                Firm j = b.supplier[s];
                if (j == null) continue;
                double learn = now - b.relationStartOf(s);
                double V = Math.max(j.volumeOf(s), 1e-9);
                double scale = scaleSaving(st, V);
                double local = localContent(st, V), learned = learnSaving(st, learn);
                double var = variableCostAtSavings(st, q, scale, local, learned) * overtimeFactor(V, j.plantsOf(s) * plantCapacity);
                double price = (var + capitalPerUnit(s, j.plantsOf(s), V)) * markupFactor;
                double bill = price * b.output;
                b.clusterPurchases += bill;
                b.earn(-bill);
                b.setPayable(s, bill);
                j.intermediateSales += bill;
                j.outsidePurchases += materialFromSaving(st, q, scale) * (1 - local) * b.output;
                j.employment += labourAtSavings(s, scale, learned) * b.output;
                j.earn(bill - var * b.output);
                total += bill;
            }
        }
        b.unitCost = total / b.output;
        gainExperience(b, K);
    }

    /** A month of running a stage is a month of experience in it (after this month's costs are booked). */
    private static void gainExperience(Firm x, int K) {
        for (int s = 0; s < K; s++) if (x.volumeOf(s) > 0) x.setExperience(s, x.experienceOf(s) + 1);
    }
}
