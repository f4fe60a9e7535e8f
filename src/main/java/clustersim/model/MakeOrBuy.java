package clustersim.model;

import java.io.Serializable;

/**
 * The make-or-buy decision of a producer for one stage (Klos and Nooteboom 2001). Each option - make
 * it (match with oneself), stay with the current supplier, or switch to a candidate specialist - is
 * scored
 * <pre>   score = alpha ln(1 / cost) + (1 - alpha) ln(trust)      (= cost^-alpha trust^(1-alpha))</pre>
 * where cost is the option's expected money cost per step and trust in oneself is 1. The expected cost of
 * buying adds to the supplier's price the expected losses of the transaction: breaches and hold-up,
 * design leakage, and the search cost of a new partner spread over the planning horizon. Making needs
 * the stage's plants, financed from net worth plus borrowing; when they cannot be financed, making is
 * refused and the firm must buy (or cannot produce).
 */
final class MakeOrBuy implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int MAX_OPTIONS = 24;
    private final ClusterModel model;
    private final Firm[] opt = new Firm[MAX_OPTIONS];
    private final double[] score = new double[MAX_OPTIONS];
    private int count;

    MakeOrBuy(ClusterModel model) {
        this.model = model;
    }

    /** Output a producer plans with: its smoothed output, or the typical producer's for a newcomer. */
    double plannedOutput(Firm i) {
        return i.expectedOutput > 0 ? i.expectedOutput : Math.max(model.meanProducerOutput, 1e-6);
    }

    double expectedRevenue(Firm i, double q) {
        double unit = i.unitCost > 0 ? i.unitCost : model.meanUnitCost;
        return q * unit * (1 + i.markup);
    }

    /**
     * What a firm sold of stage s to others last step. During sourcing, volume still holds last step's
     * volume (production, which resets it, comes later), and output last step's output.
     */
    double soldVolume(Firm i, int s) {
        if (!i.sells(s)) return 0;
        return Math.max(0, i.volumeOf(s) - (i.makes(s) ? i.output : 0));
    }

    /** Plants needed to process a volume. */
    int plantsFor(double volume) {
        return Math.max(1, (int) Math.ceil(volume / model.params.get(Param.PLANT_CAPACITY) - 1e-9));
    }

    /**
     * Expected cost per step of making stage s: variable cost at own (plus sold) volume with own
     * experience and the governance premium, plus capital: the user cost of plants kept (valued at
     * salvage, the money they would fetch) and of plants to be bought, whose unrecoverable part is
     * spread over the planning horizon.
     */
    double makeCost(Firm i, int s, double q, int extraPlants) {
        Stage st = model.chain.get(s);
        Production prod = model.production;
        double V = q + soldVolume(i, s);
        double learn = i.plantsOf(s) > 0 ? i.experienceOf(s) : 0;
        double plantCap = model.params.get(Param.PLANT_CAPACITY);
        double var = prod.variableCost(st, i.rung, V, learn)
                * (1 + model.params.get(Param.GOVERNANCE_PREMIUM))
                * prod.overtimeFactor(V, (i.plantsOf(s) + extraPlants) * plantCap);
        double dep = model.params.get(Param.DEPRECIATION);
        double r = model.params.get(Param.INTEREST_RATE);
        double salvage = model.params.get(Param.SALVAGE_VALUE);
        double H = model.params.get(Param.PLANNING_HORIZON);
        double ownShare = V > 0 ? q / V : 1;
        double price = model.plantPrice(s);
        double kept = i.plantsOf(s) * price * (dep + r * salvage) * ownShare;
        double bought = extraPlants * price * (dep + r + (1 - salvage) / H);
        return var * q + kept + bought;
    }

    /** Expected cost per step of buying stage s from seller j. */
    double buyCost(Firm i, int s, Firm j, double q, double trust, boolean current, double revenue) {
        return buyCost(i, s, j, q, trust, current, revenue, leakLoss(i, s, q));
    }

    /** Expected leak loss per step of buying stage s: the same whoever the seller (computed once a review). */
    double leakLoss(Firm i, int s, double q) {
        return model.ip.expectedLeakLoss(i, model.chain.get(s), i.unitCost > 0 ? i.unitCost : model.meanUnitCost, q);
    }

    private double buyCost(Firm i, int s, Firm j, double q, double trust, boolean current, double revenue, double leak) {
        Stage st = model.chain.get(s);
        int now = model.currentStep();
        double learn = current ? now - i.relationStartOf(s) : 0;
        double V = current ? Math.max(j.volumeOf(s), q) : j.volumeOf(s) + q;
        double price = model.production.quote(j, s, i.rung, V, learn);
        double cost = price * q;
        cost += model.association.breachLoss(i, j, model.credit.expectedBreachLoss(st, revenue, cost, trust));
        cost += leak;
        if (!current) cost += model.search.costPerStep(i, j, price, q);
        return cost;
    }

    /**
     * What buying from a newcomer seller would cost: one running at the typical seller's volume, but at
     * least half a plant's. Producers with spare capacity read this latent demand when they consider
     * selling a stage (role change).
     */
    double entrantCost(Firm i, int s, double q, double revenue, double leak) {
        Stage st = model.chain.get(s);
        SupplierMarket m = model.markets[s];
        double V = Math.max(m.meanSellerVolume(), 0.5 * model.params.get(Param.PLANT_CAPACITY)) + q;
        Production prod = model.production;
        double var = prod.variableCost(st, i.rung, V, 0);
        double price = (var + prod.capitalPerUnit(s, plantsFor(V), V)) * (1 + model.params.get(Param.SUPPLIER_MARKUP));
        double trust = model.params.get(Param.SOCIAL_TRUST);
        return price * q + model.credit.expectedBreachLoss(st, revenue, price * q, trust) + leak
                + model.search.costPerStep(price, q);
    }

    /**
     * Whether a producer entrant would rather make stage s with plants of its own than buy it from a
     * newcomer seller (whom nobody knows: socialTrust), at its planned output: the review's comparison,
     * made before it commits its funds.
     */
    boolean entrantWouldMake(Firm i, int s) {
        double q = plannedOutput(i);
        double revenue = expectedRevenue(i, q);
        double make = i.alpha * Math.log(1 / Math.max(makeCost(i, s, q, plantsFor(q)), 1e-12));
        double buy = score(i.alpha, entrantCost(i, s, q, revenue, leakLoss(i, s, q)), lnSocialTrust());
        return make > buy;
    }

    /** The score from the log of trust, as {@link CreditEnvironment#lnTrust} gives it. */
    private static double score(double alpha, double cost, double lnTrust) {
        return alpha * Math.log(1 / Math.max(cost, 1e-12)) + (1 - alpha) * lnTrust;
    }

    /** Whether add() would drop f: it is already among this review's options, or the list is full. */
    private boolean dropped(Firm f) {
        for (int k = 0; k < count; k++) if (opt[k] == f) return true;
        return count == MAX_OPTIONS;
    }

    private void add(Firm f, double sc) {
        model.counters.optionsScored++;
        if (dropped(f)) return;
        // insertion keeps the list sorted, best first
        int k = count++;
        while (k > 0 && score[k - 1] < sc) {
            opt[k] = opt[k - 1];
            score[k] = score[k - 1];
            k--;
        }
        opt[k] = f;
        score[k] = sc;
    }

    /** The trust term of a newcomer seller's score (socialTrust: nobody knows it yet), for the socialTrust it was computed from. */
    private double lnSocialTrust, lnSocialTrustOf = Double.NaN;

    private double lnSocialTrust() {
        double t = model.params.get(Param.SOCIAL_TRUST);
        if (t != lnSocialTrustOf) {
            lnSocialTrustOf = t;
            lnSocialTrust = CreditEnvironment.lnTrust(t);
        }
        return lnSocialTrust;
    }

    /** Reviews stage s of producer i and registers its ranked options with the stage's market. */
    void review(Firm i, int s) {
        count = 0;
        final SupplierMarket market = model.markets[s];
        final double q = plannedOutput(i);
        final double revenue = expectedRevenue(i, q);
        final double a = i.alpha;
        final double leak = leakLoss(i, s, q);

        // make
        int extra = Math.max(0, plantsFor(q + soldVolume(i, s)) - i.plantsOf(s));
        boolean feasible = extra == 0 || model.finance.canFinance(i, extra * model.plantPrice(s));
        model.counters.makeEvaluations++;
        boolean small = model.guarantee.small(i, extra * model.plantPrice(s));
        if (small) model.counters.smallMakeEvaluations++;
        double makeScore = Double.NEGATIVE_INFINITY;
        if (feasible) {
            // trust in oneself is 1, whose log is 0: the score is the cost term alone
            makeScore = a * Math.log(1 / Math.max(makeCost(i, s, q, extra), 1e-12));
            add(i, makeScore);
        } else {
            model.counters.makeRefused++;
            if (small) model.counters.smallMakeRefused++;
        }

        offerSellers(i, s, market, q, revenue, a, leak);

        // would a newcomer specialist beat making? (an entry signal, not an option)
        double entrantScore = score(a, entrantCost(i, s, q, revenue, leak), lnSocialTrust());
        if (entrantScore > makeScore) market.latentThisStep += q;

        market.propose(i, opt, count);
        java.util.Arrays.fill(opt, 0, count, null);
    }

    /**
     * The review's options of buying: the current supplier, and candidates found through the credit record,
     * the network, at random and through intermediaries. (A method of its own, whose bytecode is too large
     * for the JIT compiler to inline: it is compiled apart from the rest of the review. Buying changes as
     * the cluster's division of labour emerges - the first sellers, the first relations, the first former
     * partners met again - and each such first makes the compiler throw this code away and compile it
     * again; the rest of the review, which is the same from the first month on, is then not compiled again
     * with it.)
     */
    private void offerSellers(Firm i, int s, SupplierMarket market, double q, double revenue, double a, double leak) {
        // current supplier
        Firm cur = i.supplier[s];
        if (cur != null && cur.alive && cur.sells(s)) {
            double t = i.trustInSupplier(s);
            add(cur, score(a, buyCost(i, s, cur, q, t, true, revenue, leak), CreditEnvironment.lnTrust(t)));
        }

        // candidates: through the credit record (screened draws, in proportion to CE), the network, at random
        int breadth = model.params.getInt(Param.SEARCH_BREADTH);
        if (market.sellerCount() > 0 && breadth > 0) {
            for (int k = 0; k < breadth; k++) {
                Firm c;
                if (k == 0) {
                    c = networkCandidate(i, s);
                    if (c == null) c = market.randomSeller();
                } else if (model.credit.screens(model.random.nextDouble())) {
                    Firm c1 = market.randomSeller(), c2 = market.randomSeller();
                    c = model.credit.repute(c1) >= model.credit.repute(c2) ? c1 : c2;
                } else {
                    c = market.randomSeller();
                }
                if (c == null || c == i || c == cur || !c.alive) continue;
                if (dropped(c)) {
                    // drawn again: add() would drop it, so it is not priced a second time
                    model.counters.optionsScored++;
                    continue;
                }
                double t = model.credit.trustIn(i, c);
                add(c, score(a, buyCost(i, s, c, q, t, false, revenue, leak), model.credit.lnTrust(c, t)));
            }
            // intermediaries' referrals (none by default: no draw)
            for (int k = 0, extraCandidates = model.intermediaries.extraCandidates(breadth); k < extraCandidates; k++) {
                Firm c = model.intermediaries.referral(market);
                if (c == null || c == i || c == cur || !c.alive || dropped(c)) continue;
                double t = model.credit.trustIn(i, c);
                add(c, score(a, buyCost(i, s, c, q, t, false, revenue, leak), model.credit.lnTrust(c, t)));
            }
        }
    }

    /** A partner's partner: a customer of one of i's suppliers, and that customer's supplier of s. */
    private Firm networkCandidate(Firm i, int s) {
        int K = i.supplier.length;
        int start = model.random.nextInt(K);
        for (int d = 0; d < K; d++) {
            int s2 = (start + d) % K;
            Firm j = i.supplier[s2];
            if (j == null || j.customers[s2] == null || j.customers[s2].isEmpty()) continue;
            Firm peer = j.customers[s2].get(model.random.nextInt(j.customers[s2].size()));
            Firm c = peer.supplier[s];
            if (c != null && c.alive && c.sells(s)) return c;
        }
        return null;
    }

    /** Carries out the matches of stage s: plants bought or sold, relations begun or ended. */
    void apply(int s) {
        SupplierMarket market = model.markets[s];
        int now = model.currentStep();
        for (int r = 0, n = market.reviewerCount(); r < n; r++) apply(market.reviewer(r), market.resultOf(r), s, now);
    }

    /**
     * Carries out one reviewer's match for stage s. (A method of its own, called once a reviewer, so that
     * the JIT compiler compiles it early: the loop of a method called once a month is compiled only after
     * many months of interpreting it.)
     */
    private void apply(Firm i, Firm chosen, int s, int now) {
        i.setMustReview(s, false);
        if (chosen == i) {
            int need = plantsFor(plannedOutput(i)) - i.plantsOf(s);
            // checked again here: a firm taking several stages in-house at once must finance them all
            if (need > 0 && !model.finance.canFinance(i, need * model.plantPrice(s))) {
                model.counters.makeRefused++;
                if (model.guarantee.small(i, need * model.plantPrice(s))) model.counters.smallMakeRefused++;
                endRelation(i, s);
                i.setMustReview(s, true);
                return;
            }
            endRelation(i, s);
            if (need > 0) model.finance.invest(i, s, need);
            i.setMakes(s, true);
        } else if (chosen != null) {
            if (i.supplier[s] != chosen) {
                endRelation(i, s);
                i.supplier[s] = chosen;
                i.setRelationStart(s, now);
                i.setLastBreach(s, Integer.MIN_VALUE / 2);
                i.setSupplierTrust(s, model.credit.trustIn(i, chosen));
                chosen.customersOf(s).add(i);
                chosen.setIdleSteps(s, 0);
                double price = model.production.quote(chosen, s, i.rung,
                        chosen.volumeOf(s) + plannedOutput(i), 0);
                i.earn(-model.search.cost(i, chosen, price, plannedOutput(i)));
            }
            if (i.makes(s)) {
                i.setMakes(s, false);
                if (!i.sells(s)) model.finance.divest(i, s, i.plantsOf(s));
            }
        } else {
            // nothing feasible: the stage stays unsourced and the firm cannot produce this step
            endRelation(i, s);
            i.setMustReview(s, true);
        }
    }

    /** Ends the buyer's relation for stage s, if any, remembering how far it trusted the partner. */
    void endRelation(Firm i, int s) {
        Firm j = i.supplier[s];
        if (j == null) return;
        i.remember(j, i.trustInSupplier(s));
        if (j.customers[s] != null) j.customers[s].remove(i);
        i.supplier[s] = null;
    }
}
