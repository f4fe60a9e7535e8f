package clustersim.gui;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * The Model tab of MASON's Console: the scenario, the run's size, a slider for every live {@link Param}
 * (in {@code Param}'s declaration order) and the run's seed. The rows are generated from {@code Param}
 * through MASON's {@link Propertied}, so a new live parameter gets its slider, range and tooltip without
 * a line here.
 *
 * <p>While a run is in progress a moved slider is queued and handed to
 * {@link ClusterModel#setParameter} at the start of the next step, on the model's thread, so that the
 * change lands between two steps, is logged with its step, and a drag across many values counts once per
 * step. While no run is in progress the sliders set the starting values of the next run; stop and play
 * starts again from the scenario with them. When a run ends the sliders keep showing the values it ended
 * with (the values beside the charts), until a slider is moved or the next run starts.
 */
public final class PolicyLevers implements Propertied {
    /** The parameters shown as live sliders, in the order of the Model tab. */
    static final List<Param> LIVE;
    static {
        List<Param> live = new ArrayList<>();
        for (Param p : Param.values()) if (p.isLive()) live.add(p);
        LIVE = Collections.unmodifiableList(live);
    }
    /** Source recorded with a slider's change in {@link ClusterModel#parameterChanges()}. */
    static final String SOURCE = "slider";
    /** A range wider than this many times the starting value is cut to a tenth..ten times it for the slider. */
    private static final double WIDE = 1000;
    /**
     * Slider tops for the money parameters of institutions absent by default (0 = none; allowed up to 1e12,
     * where a slider's step would be 1e9): about ten times the shipped scenarios' values. guarantee-fund.yaml
     * gives the fund 3000 (a fund of 300 runs dry within a few hundred months); large-projects.yaml and
     * sme-support.yaml spend 30 a month. Any allowed value can still be typed into the box.
     */
    static final Map<Param, Double> PRACTICAL_MAX;
    static {
        Map<Param, Double> m = new EnumMap<>(Param.class);
        m.put(Param.GUARANTEE_CAPITAL, 10_000.0);
        m.put(Param.GOVERNMENT_BUDGET, 300.0);
        PRACTICAL_MAX = Collections.unmodifiableMap(m);
    }

    private final String scenarioName;
    private final ClusterConfig scenario;
    /** Starting values for the next run, set while no run is in progress. */
    private final Map<Param, Double> setup = new EnumMap<>(Param.class);
    /** Moves made since the last run ended (they win over that run's values on the sliders). */
    private final Map<Param, Double> movedSinceEnd = new EnumMap<>(Param.class);
    /** Moves made during a run, waiting for the next step (insertion order = order of application). */
    private final Map<Param, Double> pending = new LinkedHashMap<>();
    private volatile ClusterModel running;
    /** The run that ended last, whose values the sliders show until the next run starts. */
    private volatile ClusterModel ended;
    private volatile long seed;
    /** In a comparison, the side(s) a move goes to; one cluster: always {@link Target#BOTH} (= the one). */
    private volatile Target target = Target.BOTH;
    /** Whether the window compares two clusters (then the Model tab offers the target). */
    private volatile boolean comparing;
    /** Starting values of the compared cluster's next run (moves made while stopped with target B or both). */
    private final Map<Param, Double> setupB = new EnumMap<>(Param.class);
    /** Moves for the compared cluster waiting for the next step. */
    private final Map<Param, Double> pendingB = new LinkedHashMap<>();
    private volatile ClusterModel runningB;

    /** Where a move goes in a comparison: the first cluster, the second, or both (the default). */
    enum Target {
        A("A"), B("B"), BOTH("both");

        final String label;

        Target(String label) {
            this.label = label;
        }

        boolean reachesA() {
            return this != B;
        }

        boolean reachesB() {
            return this != A;
        }

        static String[] labels() {
            Target[] ts = values();
            String[] out = new String[ts.length];
            for (int i = 0; i < ts.length; i++) out[i] = ts[i].label;
            return out;
        }
    }

    PolicyLevers(String scenarioName, ClusterConfig scenario, long seed) {
        this.scenarioName = scenarioName;
        this.scenario = scenario;
        this.seed = seed;
    }

    // ------------------------------------------------------------------ run life

    /** The configuration the next run starts from: the scenario with the levers moved while stopped. */
    synchronized ClusterConfig nextRunConfig() {
        ClusterConfig c = scenario;
        for (Map.Entry<Param, Double> e : setup.entrySet()) c = c.with(e.getKey(), e.getValue());
        return c;
    }

    synchronized void runStarted(ClusterModel model) {
        pending.clear();
        pendingB.clear();
        runningB = null;
        movedSinceEnd.clear();
        ended = null;
        running = model;
        seed = model.seed();
    }

    /** The compared cluster of the run just started (its moves are queued apart). */
    synchronized void comparedStarted(ClusterModel b) {
        runningB = b;
    }

    synchronized void comparing(boolean on) {
        comparing = on;
    }

    Target target() {
        return target;
    }

    void target(Target t) {
        target = t;
    }

    synchronized void runFinished() {
        pending.clear();
        pendingB.clear();
        runningB = null;
        movedSinceEnd.clear();
        ended = running;
        running = null;
    }

    /** Hands the queued moves to the model; called on the model's thread just before a step. */
    void applyPending(ClusterModel model) {
        applyPending(model, null);
    }

    /**
     * Hands the queued moves to the model and to the cluster compared with it (null: none), which a move
     * reaches at the same month; called on the model's thread just before a step.
     */
    void applyPending(ClusterModel model, ClusterModel compared) {
        Map<Param, Double> moves, movesB;
        synchronized (this) {
            if ((pending.isEmpty() && pendingB.isEmpty()) || model != running) return;
            moves = new LinkedHashMap<>(pending);
            movesB = new LinkedHashMap<>(pendingB);
            pending.clear();
            pendingB.clear();
        }
        for (Map.Entry<Param, Double> e : moves.entrySet()) {
            if (model.parameter(e.getKey()) != e.getValue()) model.setParameter(e.getKey(), e.getValue(), SOURCE);
        }
        if (compared == null) return;
        for (Map.Entry<Param, Double> e : movesB.entrySet()) {
            if (compared.parameter(e.getKey()) != e.getValue()) compared.setParameter(e.getKey(), e.getValue(), SOURCE);
        }
    }

    /** Another scenario's configuration with the levers moved while stopped (the compared cluster's next run). */
    synchronized ClusterConfig withSetup(ClusterConfig c) {
        for (Map.Entry<Param, Double> e : setupB.entrySet()) c = c.with(e.getKey(), e.getValue());
        return c;
    }

    // ------------------------------------------------------------------ one lever

    /**
     * What the slider shows: a queued move, else the live value, else a move made since the last run ended,
     * else the value that run ended with, else the next run's starting value.
     */
    synchronized double value(Param p) {
        // with moves going to B alone the sliders show B's values
        boolean showB = comparing && target == Target.B;
        Double queued = (showB ? pendingB : pending).get(p);
        if (queued != null) return queued;
        ClusterModel m = showB && runningB != null ? runningB : running;
        if (m != null && !isStartOnly(p)) return m.parameter(p);
        Double moved = movedSinceEnd.get(p);
        if (moved != null) return moved;
        if (ended != null && !isStartOnly(p)) return ended.parameter(p);
        Double s = setup.get(p);
        return s != null ? s : scenario.get(p);
    }

    /** Moves a lever; values outside the parameter's range are refused (the slider snaps back). */
    synchronized void set(Param p, double v) {
        if (p.isInteger()) v = Math.rint(v);
        if (!p.allows(v)) return;
        // one cluster: the target is ignored (pending B is never applied without a compared cluster)
        Target t = comparing ? target : Target.BOTH;
        // a slider refreshed while stopped writes back the value it shows (the ended run's): not a move
        if (running == null && v == value(p)) return;
        if (running != null && !isStartOnly(p)) {
            if (t.reachesA()) pending.put(p, v);
            if (t.reachesB() && comparing) pendingB.put(p, v);
        } else {
            if (t.reachesA()) setup.put(p, v);
            if (t.reachesB()) setupB.put(p, v);
            movedSinceEnd.put(p, v);
        }
    }

    long seed() {
        return seed;
    }

    /**
     * Parameters the model reads only when a run starts: the run's size, and leadFirms (lead firms exist only
     * among the founders), whose slider therefore sets the next run's value even during a run.
     */
    private static boolean isStartOnly(Param p) {
        return p.kind == Param.Kind.RUN || p == Param.LEAD_FIRMS;
    }

    /**
     * Slider range: the parameter's own, unless it spans many orders of magnitude. Then a tenth to ten times
     * the scenario's value (marketSize); an institution's money (guaranteeCapital, governmentBudget) from 0
     * (none) to its {@link #PRACTICAL_MAX}, or to ten times the scenario's value where that is more; any
     * other wide parameter at 0 from 0 to {@link #WIDE}.
     */
    Interval domain(Param p) {
        double base = scenario.get(p);
        double lo = p.min, hi = p.max;
        Double practical = PRACTICAL_MAX.get(p);
        if (practical != null) {
            hi = Math.min(p.max, Math.max(practical, base * 10));
        } else if (base > 0 && hi / base > WIDE) {
            lo = Math.max(p.min, base / 10);
            hi = Math.min(p.max, base * 10);
        } else if (base == 0 && hi - lo > WIDE) {
            hi = lo + WIDE;
        }
        if (p.isInteger()) return new Interval((long) Math.ceil(lo), (long) Math.floor(hi));
        return new Interval(lo, hi);
    }

    static String describe(Param p) {
        String when = isStartOnly(p) ? "takes effect when the next run starts (stop, then play)"
                : "during a run, takes effect at the next month";
        return "<html>" + p.key + ": " + p.description + "<br>unit: " + p.unit + "; allowed " + p.rangeText()
                + "<br>" + when + "</html>";
    }

    // ------------------------------------------------------------------ the Model tab

    @Override
    public Properties properties() {
        return new Rows();
    }

    /**
     * The Model tab's rows, as MASON's inspector reads them: the scenario's name, initialFirms, every live
     * parameter, the seed. Each parameter row is named by its scenario key.
     */
    private final class Rows extends Properties {
        private static final long serialVersionUID = 1L;
        /** The name of the comparison's target row. */
        static final String TARGET = "apply moves to";
        private final List<Param> sliders = new ArrayList<>();
        /** 1 when the target row follows the scenario row (a comparison), else 0. */
        private final int extra;

        Rows() {
            object = PolicyLevers.this;
            sliders.add(Param.INITIAL_FIRMS);
            sliders.addAll(LIVE);
            extra = comparing ? 1 : 0;
        }

        /** The parameter of row k, or null for the scenario (first), target and seed (last) rows. */
        private Param param(int k) {
            int i = k - extra;
            return i >= 1 && i <= sliders.size() ? sliders.get(i - 1) : null;
        }

        private boolean isSeed(int k) {
            return k == sliders.size() + 1 + extra;
        }

        private boolean isTarget(int k) {
            return extra == 1 && k == 1;
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return sliders.size() + 2 + extra;
        }

        @Override
        public String getName(int k) {
            Param p = param(k);
            if (p != null) return p.key;
            if (isTarget(k)) return TARGET;
            return isSeed(k) ? "seed" : "scenario";
        }

        @Override
        public Object getValue(int k) {
            Param p = param(k);
            if (p != null) {
                double v = value(p);
                return p.isInteger() ? (Object) (int) v : (Object) v;
            }
            if (isTarget(k)) return target.ordinal();
            return isSeed(k) ? (Object) seed : scenarioName;
        }

        @Override
        public boolean isReadWrite(int k) {
            return param(k) != null || isTarget(k);
        }

        @Override
        public Class getType(int k) {
            Param p = param(k);
            if (p != null) return p.isInteger() ? Integer.TYPE : Double.TYPE;
            if (isTarget(k)) return Integer.TYPE;
            return isSeed(k) ? Long.TYPE : String.class;
        }

        @Override
        public Object getDomain(int k) {
            Param p = param(k);
            // an int row with an array of names as domain is a drop-down in MASON's inspector
            if (isTarget(k)) return Target.labels();
            return p == null ? null : domain(p);
        }

        @Override
        public String getDescription(int k) {
            Param p = param(k);
            if (p != null) return describe(p);
            if (isTarget(k)) {
                return "<html>which cluster a slider or a lesson's move changes: A, B or both;<br>"
                        + "the chart's marker names the side(s)</html>";
            }
            if (isSeed(k)) {
                return "<html>the random seed of the run; set it in the Console tab (Random Number Seed),<br>"
                        + "then stop and play: the same seed replays the same history</html>";
            }
            return "the scenario file the window was opened on";
        }

        @Override
        protected Object _setValue(int k, Object value) {
            Param p = param(k);
            if (isTarget(k) && value instanceof Number) {
                int i = ((Number) value).intValue();
                if (i >= 0 && i < Target.values().length) target = Target.values()[i];
            } else if (p != null && value instanceof Number) {
                set(p, ((Number) value).doubleValue());
            }
            return getValue(k);
        }
    }
}
