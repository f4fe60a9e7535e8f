package clustersim.metrics;

import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.ModelObserver;
import clustersim.model.StepCounters;
import clustersim.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;

/**
 * The one metrics object of a model: computed after every step from the model's state, read by every
 * driver (GUI charts, CSV writers, sweeps, tests). Definitions are MODEL.md section 4.
 *
 * <p>Listeners are transient: a checkpoint keeps the numbers, not the windows or files watching them.
 */
public final class ClusterMetrics implements ModelObserver {
    private static final long serialVersionUID = 1L;

    /** A value undefined this step (a mean or ratio over nothing): written as an empty field, never 0. */
    private static final double NONE = Double.NaN;

    private final ClusterModel model;
    private String[] columns = new String[0];
    private double[] values = new double[0];
    private int stages;
    /** Copied on change, so that a listener may remove itself while being told, at no cost per step. */
    private transient MetricsListener[] listeners = new MetricsListener[0];
    /** Scratch per stage, reused every step. */
    private double[] buyers = new double[0];
    private final Flows flows = new Flows();
    private final Tally tally = new Tally();
    private int[] activeSellers = new int[0];

    private ClusterMetrics(ClusterModel model) {
        this.model = model;
        reset();
    }

    /**
     * The one metrics object of this model, attached to it on first asking: every reader (GUI, runner,
     * tests) gets the same numbers.
     */
    public static synchronized ClusterMetrics of(ClusterModel model) {
        ClusterMetrics m = model.observer(ClusterMetrics.class);
        if (m == null) {
            m = new ClusterMetrics(model);
            model.addObserver(m);
        }
        return m;
    }

    @Override
    public void modelStarted(ClusterModel started) {
        reset();
    }

    /** Lays out the columns for the model's value chain and clears the values. */
    private void reset() {
        ValueChain chain = model.chain();
        stages = chain.size();
        Metric[] ms = Metric.values();
        List<String> cols = new ArrayList<>();
        for (Metric m : ms) cols.add(m.column);
        for (int s = 0; s < stages - 1; s++) cols.add(stageColumn("dol", s));
        for (int s = 0; s < stages - 1; s++) cols.add(stageColumn("specialists", s));
        columns = cols.toArray(new String[0]);
        values = new double[columns.length];
        buyers = new double[stages];
        activeSellers = new int[stages];
    }

    /** Per-stage column name: prefix_s1 is the first stage; stage names are in run.json. */
    public static String stageColumn(String prefix, int stage) {
        return prefix + "_s" + (stage + 1);
    }

    public synchronized void addListener(MetricsListener l) {
        MetricsListener[] now = listeners == null ? new MetricsListener[0] : listeners;
        MetricsListener[] more = java.util.Arrays.copyOf(now, now.length + 1);
        more[now.length] = l;
        listeners = more;
    }

    public synchronized void removeListener(MetricsListener l) {
        if (listeners == null) return;
        List<MetricsListener> rest = new ArrayList<>(java.util.Arrays.asList(listeners));
        rest.remove(l);
        listeners = rest.toArray(new MetricsListener[0]);
    }

    /** Column names, in timeseries.csv order. */
    public String[] columns() {
        return columns.clone();
    }

    /** The values of the last measured step, aligned with {@link #columns()}. Do not modify. */
    public double[] values() {
        return values;
    }

    public double get(Metric m) {
        return values[m.ordinal()];
    }

    /** Value by column name; throws if there is no such column. */
    public double get(String column) {
        for (int k = 0; k < columns.length; k++) if (columns[k].equals(column)) return values[k];
        throw new IllegalArgumentException("no metric column '" + column + "'");
    }

    /**
     * Measures the step just done and tells the listeners. A step that none of several listeners needs
     * (see {@link MetricsListener#firstStepNeeded()}) is skipped, and {@link #values()} keeps the last
     * measured step's; with no listener at all every step is measured, for whoever reads the values.
     */
    @Override
    public void step(SimState state) {
        MetricsListener[] told = listeners;
        if (told != null && told.length > 0) {
            long step = model.currentStep();
            boolean needed = false;
            for (MetricsListener l : told) needed |= step >= l.firstStepNeeded();
            if (!needed) return;
        }
        measure();
        if (told != null) for (MetricsListener l : told) l.stepMeasured(this);
    }

    private void measure() {
        final ValueChain chain = model.chain();
        final int K = chain.size();
        final StepCounters c = model.counters();
        final int now = model.currentStep();
        final double lnStep = Math.log(model.qualityStep());
        final double totalV = chain.totalValueShare();
        final double[] v = values;
        java.util.Arrays.fill(v, 0);

        final double[] buyers = this.buyers;
        final int[] activeSellers = this.activeSellers;
        java.util.Arrays.fill(buyers, 0);
        java.util.Arrays.fill(activeSellers, 0);
        final Flows flows = this.flows;
        flows.clear();
        final Tally t = this.tally;
        t.clear();
        final List<Firm> present = model.firms();
        for (int f = 0, n = present.size(); f < n; f++) t.add(present.get(f), flows, chain, K, now, lnStep, buyers, activeSellers);
        final int firms = t.firms, producers = t.producers, specialists = t.specialists, relations = t.relations;
        final int innovators = t.innovators, ownDesigns = t.ownDesigns, members = t.members;
        double employment = t.employment;
        final double debt = t.debt, guaranteed = t.guaranteed;
        final double boughtValue = t.boughtValue, integration = t.integration, trust = t.trust, relAge = t.relAge;
        final double rdShare = t.rdShare, netWorth = t.netWorth;
        final double output = t.output, units = t.units, markup = t.markup, hhi = t.hhi;

        for (Firm x : model.departedFirms()) {
            flows.add(x);
            employment += x.getEmployment();
        }
        final double grossOutput = flows.grossOutput, finalSales = flows.finalSales, outside = flows.outside;
        final double purchases = flows.purchases, rd = flows.rd, firmRatio = flows.firmRatio;
        final int withSales = flows.withSales;
        double va = grossOutput - purchases;

        v[Metric.STEP.ordinal()] = now;
        v[Metric.FIRMS.ordinal()] = firms;
        v[Metric.PRODUCERS.ordinal()] = producers;
        v[Metric.SPECIALISTS.ordinal()] = specialists;
        v[Metric.ENTRIES.ordinal()] = c.entries;
        v[Metric.EXITS.ordinal()] = c.exits;
        v[Metric.DIVISION_OF_LABOR.ordinal()] = producers > 0 ? boughtValue / (producers * totalV) : NONE;
        v[Metric.VERTICAL_INTEGRATION.ordinal()] = producers > 0 ? integration / producers : NONE;
        v[Metric.VA_TO_SALES.ordinal()] = grossOutput > 0 ? va / grossOutput : NONE;
        v[Metric.MEAN_FIRM_VA_TO_SALES.ordinal()] = withSales > 0 ? firmRatio / withSales : NONE;
        v[Metric.VALUE_ADDED.ordinal()] = va;
        v[Metric.VALUE_ADDED_PER_FIRM.ordinal()] = firms > 0 ? va / firms : NONE;
        v[Metric.MEAN_QUALITY.ordinal()] = units > 0 ? output / units : NONE;
        v[Metric.RD_INTENSITY.ordinal()] = grossOutput > 0 ? rd / grossOutput : NONE;
        v[Metric.INDEPENDENT_DEVELOPMENT_SHARE.ordinal()] = producers > 0 ? (double) ownDesigns / producers : NONE;
        v[Metric.IMITATION_RATE.ordinal()] = producers > 0 ? (double) c.imitations / producers : NONE;
        v[Metric.DEFAULT_RATE.ordinal()] = c.transactions > 0 ? (double) c.breaches / c.transactions : NONE;
        v[Metric.MEAN_TRUST.ordinal()] = relations > 0 ? trust / relations : NONE;
        v[Metric.MEAN_RELATION_LENGTH.ordinal()] = relations > 0 ? relAge / relations : NONE;
        double sp = 0;
        for (int s = 0; s < K - 1; s++) sp += activeSellers[s];
        v[Metric.SPECIALISTS_PER_STAGE.ordinal()] = K > 1 ? sp / (K - 1) : NONE;
        v[Metric.CREDIT_CONSTRAINED_SHARE.ordinal()] = c.makeEvaluations > 0 ? (double) c.makeRefused / c.makeEvaluations : NONE;
        v[Metric.MEAN_MARKUP.ordinal()] = output > 0 ? markup / output : NONE;
        v[Metric.HHI.ordinal()] = hhi;
        v[Metric.INNOVATION_RATE.ordinal()] = producers > 0 ? (double) innovators / producers : NONE;
        v[Metric.EMPLOYMENT.ordinal()] = employment;
        v[Metric.LABOUR_PRODUCTIVITY.ordinal()] = employment > 0 ? va / employment : NONE;
        v[Metric.ENTRY_BARRIER.ordinal()] = c.entries > 0 ? c.entryBarrier / c.entries : NONE;
        v[Metric.UNIVERSITY_SHARE.ordinal()] = c.innovations > 0 ? (double) c.universityInnovations / c.innovations : NONE;
        v[Metric.ASSOCIATION_MEMBERS.ordinal()] = firms > 0 ? (double) members / firms : 0;
        v[Metric.GUARANTEED_LOANS.ordinal()] = guaranteed == 0 ? 0 : debt > 0 ? guaranteed / debt : NONE;
        v[Metric.TALENT_MOVES.ordinal()] = employment > 0 ? 1000.0 * c.talentMoves / employment : NONE;

        v[Metric.BANKRUPTCIES.ordinal()] = c.bankruptcies;
        v[Metric.BLOCKED_ENTRIES.ordinal()] = c.blockedEntries;
        v[Metric.ROLE_CHANGES.ordinal()] = c.roleChanges;
        v[Metric.INNOVATIONS.ordinal()] = c.innovations;
        v[Metric.MEAN_RD_SHARE.ordinal()] = producers > 0 ? rdShare / producers : NONE;
        v[Metric.MEAN_RUNG.ordinal()] = model.meanRung();
        v[Metric.PRICE_INDEX.ordinal()] = model.priceIndex();
        v[Metric.TOTAL_OUTPUT.ordinal()] = model.totalOutput();
        v[Metric.FINAL_SALES.ordinal()] = finalSales;
        v[Metric.GROSS_OUTPUT.ordinal()] = grossOutput;
        v[Metric.OUTSIDE_INPUTS.ordinal()] = outside;
        v[Metric.MEAN_NET_WORTH.ordinal()] = firms > 0 ? netWorth / firms : NONE;
        v[Metric.SMALL_CREDIT_CONSTRAINED_SHARE.ordinal()] = c.smallMakeEvaluations > 0 ? (double) c.smallMakeRefused / c.smallMakeEvaluations : NONE;

        int base = Metric.values().length;
        for (int s = 0; s < K - 1; s++) {
            v[base + s] = producers > 0 ? buyers[s] / producers : NONE;
            v[base + (K - 1) + s] = activeSellers[s];
        }
    }

    /**
     * Counts and sums over the firms present (one reused instance: measuring allocates nothing). One firm
     * a call, so that the JIT compiler compiles it within the first month: the loop of a method called
     * once a month is compiled only after some 20 months of interpreting it.
     */
    private static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        int firms, producers, specialists, relations, innovators, ownDesigns, members;
        double employment, debt, guaranteed, boughtValue, integration, trust, relAge, rdShare, netWorth;
        double output, units, markup, hhi;

        void clear() {
            firms = producers = specialists = relations = innovators = ownDesigns = members = 0;
            employment = debt = guaranteed = boughtValue = integration = trust = relAge = rdShare = netWorth = 0;
            output = units = markup = hhi = 0;
        }

        void add(Firm x, Flows flows, ValueChain chain, int K, int now, double lnStep, double[] buyers, int[] activeSellers) {
            firms++;
            employment += x.getEmployment();
            if (x.isAssociationMember()) members++;
            double owed = Math.max(0, x.getCapital() - x.getNetWorth());
            debt += owed;
            // the cover is set at the finance phase; profit booked since may have repaid part of the debt
            guaranteed += Math.min(owed, x.getGuaranteedDebt());
            // the flows of the step: firms present now, then (in measure) those that left during it
            flows.add(x);
            netWorth += x.getNetWorth();
            if (x.isSpecialist()) specialists++;
            for (int s = 0; s < K - 1; s++) if (x.sells(s) && x.customerCountOf(s) > 0) activeSellers[s]++;
            if (!x.isProducer()) return;
            producers++;
            rdShare += x.getRdShare();
            for (int s = 0; s < K; s++) {
                double vs = chain.get(s).valueShare;
                if (!x.makes(s) && x.buys(s)) {
                    boughtValue += vs;
                    buyers[s]++;
                    relations++;
                    trust += x.trustInSupplier(s);
                    relAge += now - x.relationStartOf(s) + 1;
                }
            }
            integration += x.integration(chain);
            if (now - x.getLastOwnInnovation() < 12) innovators++;
            if (x.hasOwnDesign()) ownDesigns++;
            double q = x.getOutput();
            if (q > 0) {
                // output is in quality units; quality is averaged over physical units (q units / quality)
                double quality_i = Math.exp(x.getQualityRung() * lnStep);
                output += q;
                units += q / quality_i;
                markup += q * x.getMarkup();
                hhi += x.getMarketShare() * x.getMarketShare();
            }
        }
    }

    /** Sums of the step's money flows over firms (one reused instance: measuring allocates nothing). */
    private static final class Flows implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        double grossOutput, finalSales, outside, purchases, rd, firmRatio;
        int withSales;

        void clear() {
            grossOutput = finalSales = outside = purchases = rd = firmRatio = 0;
            withSales = 0;
        }

        void add(Firm x) {
            double sales = x.getSales();
            grossOutput += sales;
            finalSales += x.getFinalSales();
            outside += x.getOutsidePurchases();
            purchases += x.getClusterPurchases() + x.getOutsidePurchases();
            rd += x.getRdSpend();
            if (sales > 0) {
                firmRatio += (sales - x.getClusterPurchases() - x.getOutsidePurchases()) / sales;
                withSales++;
            }
        }
    }
}
