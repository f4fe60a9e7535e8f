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
        movedSinceEnd.clear();
        ended = null;
        running = model;
        seed = model.seed();
    }

    synchronized void runFinished() {
        pending.clear();
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
        Map<Param, Double> moves;
        synchronized (this) {
            if (pending.isEmpty() || model != running) return;
            moves = new LinkedHashMap<>(pending);
            pending.clear();
        }
        for (Map.Entry<Param, Double> e : moves.entrySet()) {
            if (model.parameter(e.getKey()) != e.getValue()) model.setParameter(e.getKey(), e.getValue(), SOURCE);
            if (compared != null && compared.parameter(e.getKey()) != e.getValue()) {
                compared.setParameter(e.getKey(), e.getValue(), SOURCE);
            }
        }
    }

    /** Another scenario's configuration with the levers moved while stopped (the compared cluster's next run). */
    synchronized ClusterConfig withSetup(ClusterConfig c) {
        for (Map.Entry<Param, Double> e : setup.entrySet()) c = c.with(e.getKey(), e.getValue());
        return c;
    }

    // ------------------------------------------------------------------ one lever

    /**
     * What the slider shows: a queued move, else the live value, else a move made since the last run ended,
     * else the value that run ended with, else the next run's starting value.
     */
    synchronized double value(Param p) {
        Double queued = pending.get(p);
        if (queued != null) return queued;
        ClusterModel m = running;
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
        if (running != null && !isStartOnly(p)) {
            pending.put(p, v);
        } else {
            setup.put(p, v);
            movedSinceEnd.put(p, v);
        }
    }

    long seed() {
        return seed;
    }

    private static boolean isStartOnly(Param p) {
        return p.kind == Param.Kind.RUN;
    }

    /** Slider range: the parameter's own, unless it spans many orders of magnitude. */
    Interval domain(Param p) {
        double base = scenario.get(p);
        double lo = p.min, hi = p.max;
        if (base > 0 && hi / base > WIDE) {
            lo = Math.max(p.min, base / 10);
            hi = Math.min(p.max, base * 10);
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
        private final List<Param> sliders = new ArrayList<>();

        Rows() {
            object = PolicyLevers.this;
            sliders.add(Param.INITIAL_FIRMS);
            sliders.addAll(LIVE);
        }

        /** The parameter of row k, or null for the scenario (first) and seed (last) rows. */
        private Param param(int k) {
            return k >= 1 && k <= sliders.size() ? sliders.get(k - 1) : null;
        }

        private boolean isSeed(int k) {
            return k == sliders.size() + 1;
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return sliders.size() + 2;
        }

        @Override
        public String getName(int k) {
            Param p = param(k);
            if (p != null) return p.key;
            return isSeed(k) ? "seed" : "scenario";
        }

        @Override
        public Object getValue(int k) {
            Param p = param(k);
            if (p != null) {
                double v = value(p);
                return p.isInteger() ? (Object) (int) v : (Object) v;
            }
            return isSeed(k) ? (Object) seed : scenarioName;
        }

        @Override
        public boolean isReadWrite(int k) {
            return param(k) != null;
        }

        @Override
        public Class getType(int k) {
            Param p = param(k);
            if (p != null) return p.isInteger() ? Integer.TYPE : Double.TYPE;
            return isSeed(k) ? Long.TYPE : String.class;
        }

        @Override
        public Object getDomain(int k) {
            Param p = param(k);
            return p == null ? null : domain(p);
        }

        @Override
        public String getDescription(int k) {
            Param p = param(k);
            if (p != null) return describe(p);
            if (isSeed(k)) {
                return "<html>the random seed of the run; set it in the Console tab (Random Number Seed),<br>"
                        + "then stop and play: the same seed replays the same history</html>";
            }
            return "the scenario file the window was opened on";
        }

        @Override
        protected Object _setValue(int k, Object value) {
            Param p = param(k);
            if (p != null && value instanceof Number) set(p, ((Number) value).doubleValue());
            return getValue(k);
        }
    }
}
