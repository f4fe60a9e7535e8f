package clustersim.gui;

import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.ValueChain;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;

/**
 * The picture of the cluster: firms placed on a {@link Continuous2D} by {@link ClusterLayout}, supply
 * relations as edges of a {@link Network}. The model knows nothing of either; this class copies what it
 * needs from the model, and only when the display is about to paint a new step (MASON paints under the
 * schedule's lock, so the model stands still meanwhile). Steps that are never painted cost nothing here.
 */
final class ClusterView {
    /** A breach shows on its link for this many months. */
    static final int BREACH_MONTHS = 3;
    /** A lead firm is drawn this many times the size its sales give it. */
    static final double LEAD_SCALE = 1.4;

    final Continuous2D field = new Continuous2D(ClusterLayout.SIZE / 16, ClusterLayout.SIZE, ClusterLayout.SIZE);
    final Network links = new Network(true);
    /** Engineers' moves of the last {@link #MOVE_MONTHS} months shown, from the firm left to the firm joined. */
    final Network moves = new Network(true);
    /** A move shows for this many months. */
    static final int MOVE_MONTHS = 3;
    /** Recent moves: firm left, firm joined, month (in triples), oldest first. */
    private int[] recentMoves = new int[0];
    private int movesLastMonth;
    /** Display objects by firm id; only looked up, never iterated in an order that matters. */
    private final Map<Integer, FirmView> views = new HashMap<>();
    private final List<Runnable> refreshListeners = new ArrayList<>();

    private ClusterModel model;
    private ClusterLayout layout;
    private long refreshedStep = Long.MIN_VALUE;
    private int refreshedFirms;
    private int generation;

    // what the last refresh saw, for the legend and the tests
    private int firms, producers, specialists, both, relations, recentBreaches;
    /** The institutions as the last refresh saw them: association members, lead firms, the guarantee fund. */
    private int members, leads;
    private double fundCapital;
    /** The fund's state as the months painted show it (the charts' markers use the same rule). */
    private final GuaranteeFundWatch fund = new GuaranteeFundWatch();
    /** Firms selling each stage, and how many of them are producers too (the metrics' definition). */
    private int[] specialistsInSector = new int[0];
    private int[] producersInSector = new int[0];

    // what the last painted frame drew
    private final BitSet drawing = new BitSet();
    private BitSet lastFrame = new BitSet();
    private long lastFrameStep = -1;
    private long framesPainted;
    private long frameStart;
    private java.util.function.LongConsumer frameTimes = t -> { };

    /** Shows a (new) model; everything of the previous one is dropped. */
    void attach(ClusterModel m) {
        model = m;
        layout = new ClusterLayout(m.chain().size() - 1);
        specialistsInSector = new int[layout.sectors()];
        producersInSector = new int[layout.sectors()];
        views.clear();
        field.clear();
        links.clear();
        moves.clear();
        recentMoves = new int[0];
        movesLastMonth = 0;
        refreshedStep = Long.MIN_VALUE;
        fund.reset();
        lastFrame = new BitSet();
        lastFrameStep = -1;
    }

    ClusterModel model() {
        return model;
    }

    ClusterLayout layout() {
        return layout;
    }

    void addRefreshListener(Runnable r) {
        refreshListeners.add(r);
    }

    /** Brings the picture up to the model's last step, if it is not there yet. Call under the schedule lock. */
    void refreshIfStale() {
        if (model == null) return;
        long step = model.stepsDone();
        if (step == refreshedStep && model.firms().size() == refreshedFirms) return;
        refresh();
    }

    private void refresh() {
        final ClusterModel m = model;
        final ValueChain chain = m.chain();
        final List<Firm> all = m.firms();
        final int now = (int) m.stepsDone();
        final int stages = chain.size();
        generation++;

        double sales = 0;
        int producerCount = 0, specialistCount = 0, bothCount = 0, memberCount = 0, leadCount = 0;
        java.util.Arrays.fill(specialistsInSector, 0);
        java.util.Arrays.fill(producersInSector, 0);
        for (int k = 0, n = all.size(); k < n; k++) sales += all.get(k).getSales();
        double meanSales = all.isEmpty() ? 0 : sales / all.size();

        for (int k = 0, n = all.size(); k < n; k++) {
            Firm f = all.get(k);
            FirmView v = views.get(f.getId());
            int group = layout.groupOf(f);
            if (v == null) {
                v = new FirmView(f, this);
                views.put(f.getId(), v);
                v.group = Integer.MIN_VALUE;
            }
            if (v.group != group) {
                v.group = group;
                v.position = layout.position(f.getId(), group);
                field.setObjectLocation(v, v.position);
            }
            v.stamp = generation;
            v.inHouse = verticalIntegration(f, chain);
            double scale = meanSales > 0 ? Math.sqrt(Math.max(0, f.getSales()) / meanSales) : 1;
            v.radius = 0.8 * Math.max(0.45, Math.min(2.6, scale));
            v.member = f.isAssociationMember();
            v.lead = f.isLeadFirm();
            // a lead firm is drawn bigger than its sales alone would make it, and outlined in purple
            if (v.lead) v.radius *= LEAD_SCALE;
            if (v.member) memberCount++;
            if (v.lead && f.isAlive()) leadCount++;
            // counted as the metrics count them (MODEL.md section 4): a firm that does both counts in both
            if (f.isProducer()) producerCount++;
            if (f.isSpecialist()) {
                specialistCount++;
                if (f.isProducer()) bothCount++;
                for (int s = 0; s < specialistsInSector.length; s++) {
                    if (!f.sells(s)) continue;
                    specialistsInSector[s]++;
                    if (f.isProducer()) producersInSector[s]++;
                }
            }
        }
        // firms that left the cluster leave the picture
        for (Iterator<FirmView> it = views.values().iterator(); it.hasNext(); ) {
            FirmView v = it.next();
            if (v.stamp != generation) {
                field.remove(v);
                it.remove();
            }
        }

        links.clear();
        int rel = 0, breaches = 0;
        for (int k = 0, n = all.size(); k < n; k++) {
            Firm buyer = all.get(k);
            for (int s = 0; s < stages; s++) {
                Firm supplier = buyer.supplierOf(s);
                if (supplier == null || buyer.makes(s)) continue;
                FirmView from = views.get(supplier.getId());
                FirmView to = views.get(buyer.getId());
                if (from == null || to == null) continue;
                int start = buyer.relationStartOf(s);
                int breach = buyer.lastBreachOf(s);
                int sinceBreach = breach >= start && breach <= now ? now - breach : -1;
                SupplyLink link = new SupplyLink(chain.get(s).name, supplier.getId(), buyer.getId(),
                        buyer.trustInSupplier(s), now - start + 1, sinceBreach);
                links.addEdge(from, to, link);
                rel++;
                if (link.breachedRecently()) breaches++;
            }
        }
        firms = all.size();
        producers = producerCount;
        specialists = specialistCount;
        both = bothCount;
        relations = rel;
        recentBreaches = breaches;
        showMoves(m, now);
        members = memberCount;
        leads = leadCount;
        fundCapital = m.guaranteeFundCapital();
        fund.update(m);
        refreshedStep = now;
        refreshedFirms = all.size();
        for (Runnable r : refreshListeners) r.run();
    }

    /**
     * Keeps the moves of the months painted within the last {@link #MOVE_MONTHS} (a month that was never
     * painted is skipped: a fast run shows fewer lines) and draws those whose two firms are on the picture.
     */
    private void showMoves(ClusterModel m, int now) {
        // a second refresh of the same month (firms came or went) keeps that month's moves as they are
        boolean newMonth = now != refreshedStep;
        int[] latest = newMonth ? m.talentMovesLastStep() : new int[0];
        int keep = 0;
        int[] next = new int[recentMoves.length + latest.length / 2 * 3];
        for (int k = 0; k + 2 < recentMoves.length; k += 3) {
            if (recentMoves[k + 2] > now - MOVE_MONTHS && (!newMonth || recentMoves[k + 2] < now)) {
                next[keep++] = recentMoves[k];
                next[keep++] = recentMoves[k + 1];
                next[keep++] = recentMoves[k + 2];
            }
        }
        if (newMonth) movesLastMonth = latest.length / 2;
        for (int k = 0; k + 1 < latest.length; k += 2) {
            next[keep++] = latest[k];
            next[keep++] = latest[k + 1];
            next[keep++] = now;
        }
        recentMoves = java.util.Arrays.copyOf(next, keep);
        moves.clear();
        for (int k = 0; k + 2 < recentMoves.length; k += 3) {
            FirmView from = views.get(recentMoves[k]), to = views.get(recentMoves[k + 1]);
            if (from != null && to != null) moves.addEdge(from, to, new TalentMove(recentMoves[k], recentMoves[k + 1], recentMoves[k + 2]));
        }
    }

    /** Engineers who moved between firms (or founded a spin-out) in the month on screen. */
    int talentMoves() {
        return movesLastMonth;
    }

    // ------------------------------------------------------------------ frame accounting (tests, legend)

    /** Called by the bottom layer when a frame starts painting. */
    void frameStarted() {
        frameStart = System.nanoTime();
    }

    /** Hears how long each frame took to paint, from the bottom layer to the firms. */
    void onFrameTime(java.util.function.LongConsumer listener) {
        frameTimes = listener;
    }

    void beginFrame() {
        drawing.clear();
    }

    void drawn(FirmView v) {
        drawing.set(v.firm.getId());
    }

    void endFrame() {
        lastFrame = (BitSet) drawing.clone();
        lastFrameStep = refreshedStep;
        framesPainted++;
        if (frameStart != 0) frameTimes.accept(System.nanoTime() - frameStart);
        frameStart = 0;
    }

    /** Frames the firms layer has painted since the window opened. */
    long framesPainted() {
        return framesPainted;
    }

    /** Ids of the firms drawn in the last complete frame. */
    BitSet lastFrameFirmIds() {
        return (BitSet) lastFrame.clone();
    }

    /** The step the last complete frame showed, or -1. */
    long lastFrameStep() {
        return lastFrameStep;
    }

    int firms() {
        return firms;
    }

    int producers() {
        return producers;
    }

    int relations() {
        return relations;
    }

    int recentBreaches() {
        return recentBreaches;
    }

    /** Association members among the firms on screen (the metric association_members is their share). */
    int members() {
        return members;
    }

    /** Lead firms still in the cluster. */
    int leadFirms() {
        return leads;
    }

    /** The guarantee fund's capital at the month on screen. */
    double fundCapital() {
        return fundCapital;
    }

    /** Whether the guarantee fund has run dry ({@link GuaranteeFundWatch}). */
    boolean fundDry() {
        return fundDryFrom != null ? fundDryFrom.getAsBoolean() : fund.dry();
    }

    /**
     * Takes the fund's state from a watch that sees every month (the charts' feed) rather than only the
     * months painted, which at full speed can miss the month the fund ran dry.
     */
    void fundDryFrom(java.util.function.BooleanSupplier source) {
        fundDryFrom = source;
    }

    private java.util.function.BooleanSupplier fundDryFrom;

    /** Firms selling the stage to other firms, producers that also sell it included. */
    int specialistsInSector(int s) {
        return s < specialistsInSector.length ? specialistsInSector[s] : 0;
    }

    /** Of {@link #specialistsInSector}, the producers (they sit in the centre, with a thick ring). */
    int producersInSector(int s) {
        return s < producersInSector.length ? producersInSector[s] : 0;
    }

    /** Firms selling at least one stage to other firms: the metrics' {@code specialists}. */
    int specialists() {
        return specialists;
    }

    /** Firms that are producers and specialists at once. */
    int producersAndSpecialists() {
        return both;
    }

    /**
     * The colour and the inspector's number: a producer's share of its product's value made in-house, the
     * term the {@code vertical_integration} metric averages; 0 for a firm without a product of its own.
     */
    static double verticalIntegration(Firm f, ValueChain chain) {
        return f.isProducer() ? f.integration(chain) : 0;
    }

    long refreshedStep() {
        return refreshedStep;
    }
}
