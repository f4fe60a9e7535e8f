package clustersim.model;

import java.io.Serializable;
import java.util.List;

/**
 * Talent mobility (MODEL.md section 6, second row; Saxenian 1994, Almeida and Kogut 1999): skilled
 * workers change employer inside the cluster, carry part of their old employer's know-how, and some found
 * firms of their own.
 *
 * <ul>
 *   <li><b>Moves.</b> A share SKILLED_SHARE of each producer's workers is skilled (engineers, designers,
 *       technicians). Each month Poisson(talentMobility x skilled workers) of them change employer; a mover
 *       leaves producer i with probability proportional to i's skilled workers and joins a random other
 *       producer j.</li>
 *   <li><b>Spillover.</b> Where the old employer's know-how is ahead of the new one's, the mover carries a
 *       rung of it with probability KNOWHOW_CARRIED: capability_j += 1 (never beyond capability_i): its own
 *       R&D then needs fewer successes for a design of its own. Where j's know-how reaches the rung of
 *       the old employer's better design, j makes that product (it joins the design's nest, as a copy
 *       would; counted apart from IP-channel imitations). Followers' quality catches up with leaders',
 *       and the leader's premium erodes.</li>
 *   <li><b>Spin-outs.</b> A mover founds a firm instead with probability spinoutRate (Klepper's
 *       spin-outs): a producer entrant, financed like any entrant, that knows what its parent knows and
 *       sells a design of its own on its parent's rung.</li>
 *   <li><b>Appropriability.</b> An innovator expects this leak: {@link IpRegime#erosionHazard} adds
 *       {@link #departureHazard} = talentMobility x skilled workers x KNOWHOW_CARRIED, the monthly
 *       chance that a mover takes its lead to a rival, so mobility shortens its expected premium
 *       ({@link IpRegime#premiumDuration}) and so its R&D.</li>
 * </ul>
 * With talentMobility 0 nobody moves, the hazard adds exactly 0 and no random number is drawn.
 */
final class TalentMarket implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Share of a producer's workers that are skilled (carry know-how). */
    static final double SKILLED_SHARE = 0.1;
    /** Chance that a mover from a firm whose know-how is ahead carries a rung of it. */
    static final double KNOWHOW_CARRIED = 0.3;

    private final ClusterModel model;
    /** Scratch: cumulative skilled workers over producers, reused every month. */
    private double[] cumulative = new double[0];
    private Firm[] who = new Firm[0];
    /** The month's moves as pairs of firm ids (old employer, new employer or spin-out): read only by observers. */
    private int[] moved = new int[16];
    private int movedPairs;

    TalentMarket(ClusterModel model) {
        this.model = model;
    }

    /** Monthly hazard that a skilled worker leaving producer i carries its lead to a rival. */
    double departureHazard(Firm i) {
        double m = model.params.get(Param.TALENT_MOBILITY);
        if (m <= 0) return 0;
        return m * SKILLED_SHARE * i.employment * KNOWHOW_CARRIED;
    }

    /** The month's moves and spin-outs (after production: this month's employment). */
    void step() {
        movedPairs = 0;
        double mobility = model.params.get(Param.TALENT_MOBILITY);
        if (mobility <= 0) return;
        final List<Firm> firms = model.firms;
        int n = firms.size();
        if (cumulative.length < n) {
            cumulative = new double[n];
            who = new Firm[n];
        }
        int k = 0;
        double total = 0;
        for (int f = 0; f < n; f++) {
            Firm x = firms.get(f);
            if (!x.producer || !x.alive || x.bankrupt || x.employment <= 0) continue;
            total += SKILLED_SHARE * x.employment;
            cumulative[k] = total;
            who[k++] = x;
        }
        if (k < 2) return;
        int moves = ModelRandom.poisson(model.random, mobility * total);
        double spinout = model.params.get(Param.SPINOUT_RATE);
        int now = model.currentStep();
        for (int m = 0; m < moves; m++) {
            Firm from = who[pick(k, total * model.random.nextDouble())];
            model.counters.talentMoves++;
            if (spinout > 0 && model.random.nextDouble() < spinout) {
                Firm founded = model.demography.enterProducer(new Design(from.rung, now), from.capability);
                if (founded != null) {
                    model.counters.spinouts++;
                    note(from, founded);
                }
                continue;
            }
            Firm to = who[model.random.nextInt(k)];
            if (to == from || !to.alive || to.bankrupt) continue;
            note(from, to);
            if (from.capability > to.capability && model.random.nextDouble() < KNOWHOW_CARRIED) {
                to.capability++;
                model.counters.knowhowSpills++;
                // knowing how to make the old employer's product, it makes it: it joins that design's nest
                if (from.design != null && to.design != from.design && from.rung > to.rung && to.capability >= from.rung) {
                    to.adopt(from.design, false);
                    model.counters.talentCopies++;
                }
            }
        }
        // no firm is kept past the month
        java.util.Arrays.fill(who, 0, k, null);
    }

    private void note(Firm from, Firm to) {
        if (2 * movedPairs + 2 > moved.length) moved = java.util.Arrays.copyOf(moved, 2 * moved.length);
        moved[2 * movedPairs] = from.id;
        moved[2 * movedPairs + 1] = to.id;
        movedPairs++;
    }

    /** The last month's moves: firm ids in pairs, old employer then new one (or the spin-out it founded). */
    int[] lastMonthMoves() {
        return java.util.Arrays.copyOf(moved, 2 * movedPairs);
    }

    /** First index whose cumulative weight exceeds u. */
    private int pick(int k, double u) {
        int lo = 0, hi = k - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
