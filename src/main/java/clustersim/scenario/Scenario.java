package clustersim.scenario;

import clustersim.io.DecimalText;
import clustersim.model.ClusterConfig;
import clustersim.model.Param;
import clustersim.model.Parameters;
import clustersim.model.PolicyEvent;
import clustersim.model.Stage;
import clustersim.model.ValueChain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario: what the model is built from (a {@link ClusterConfig}: name, parameters, value
 * chain, policy events) plus what only a file has: where it came from, its description, its default seed
 * and the line of each event, for errors found later. Immutable: overrides return a new scenario.
 */
public final class Scenario {
    /** Seed used when neither the scenario nor the command line gives one. */
    public static final long DEFAULT_SEED = 1;
    /**
     * The largest seed: MASON's MersenneTwisterFast keeps only the low 32 bits of a long seed, so 2^32 + 1
     * would silently give the run of seed 1. Seeds are refused outside [0, 2^32 - 1] rather than folded.
     */
    public static final long MAX_SEED = 0xFFFF_FFFFL;
    public static final String SEED_RANGE_TEXT = "a seed must be a whole number in [0, 4294967295] (2^32 - 1: "
            + "the random generator uses 32 bits of it)";

    private final String source;
    private final String description;
    private final long seed;
    private final ClusterConfig config;
    /** Line of each event in its file, in the order of {@code config.events()}. */
    private final List<Integer> eventLines;

    Scenario(String name, String source, String description, long seed, Parameters parameters, ValueChain chain,
             List<PolicyEvent> events, List<Integer> eventLines) {
        this(source, description, seed, new ClusterConfig(name, parameters, chain, events), linesInStepOrder(events, eventLines));
    }

    private Scenario(String source, String description, long seed, ClusterConfig config, List<Integer> eventLines) {
        this.source = source;
        this.description = description;
        this.seed = seed;
        this.config = config;
        this.eventLines = eventLines;
    }

    /** The lines of events given in file order, reordered as ClusterConfig orders the events (by step, stably). */
    private static List<Integer> linesInStepOrder(List<PolicyEvent> events, List<Integer> lines) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) order.add(k);
        order.sort((a, b) -> Integer.compare(events.get(a).step, events.get(b).step));
        List<Integer> sorted = new ArrayList<>();
        for (int k : order) sorted.add(k < lines.size() ? lines.get(k) : 0);
        return Collections.unmodifiableList(sorted);
    }

    /** The baseline: every default, the standard value chain, no events. */
    public static Scenario defaults() {
        return new Scenario("(defaults)", "", DEFAULT_SEED, ClusterConfig.defaults(), List.of());
    }

    public String name() { return config.name(); }
    public String source() { return source; }
    public String description() { return description; }
    public long seed() { return seed; }
    public Parameters parameters() { return config.parameters(); }
    public double get(Param p) { return config.get(p); }
    public int steps() { return (int) config.get(Param.STEPS); }
    public ValueChain chain() { return config.chain(); }
    public List<PolicyEvent> events() { return config.events(); }

    /** What the model is built from. */
    public ClusterConfig config() {
        return config;
    }

    /** A copy with one parameter changed; the value must be allowed. */
    public Scenario with(Param p, double value) {
        return new Scenario(source, description, seed, config.with(p, value), eventLines);
    }

    public Scenario withName(String newName) {
        return new Scenario(source, description, seed, config.withName(newName), eventLines);
    }

    public static boolean allowsSeed(long seed) {
        return seed >= 0 && seed <= MAX_SEED;
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(source, description, newSeed, config, eventLines);
    }

    /**
     * Applies {@code name=value} overrides (from --set), each checked like a scenario field.
     *
     * @param origin what to name in errors, e.g. "--set"
     */
    public Scenario withOverrides(List<String> assignments, String origin) throws ScenarioException {
        Scenario s = this;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new ScenarioException(origin, 0, null, "'" + a + "' is not of the form name=value");
            String key = a.substring(0, eq).trim();
            String text = a.substring(eq + 1).trim();
            Param p = Param.byName(key);
            if (p == null) throw new ScenarioException(origin, 0, key, Names.unknown("parameter", key, Param.names()));
            Double v = DecimalText.parse(text);
            if (v == null) throw new ScenarioException(origin, 0, key, "expected " + DecimalText.ALLOWED + ", got '" + text + "'");
            if (!p.allows(v)) throw new ScenarioException(origin, 0, key, "value " + text + " is out of range: must be " + p.rangeText());
            s = s.with(p, v);
        }
        return s;
    }

    /** Refuses events that would fall after the last step of a run of this length. */
    public void checkEvents(int steps) throws ScenarioException {
        List<PolicyEvent> events = config.events();
        for (int k = 0; k < events.size(); k++) {
            PolicyEvent e = events.get(k);
            if (e.step > steps) {
                throw new ScenarioException(source, eventLines.get(k), "events[" + k + "].step",
                        "step " + e.step + " is beyond the run, which has " + steps + " steps (allowed: 0 to " + steps + ")");
            }
        }
    }

    /** Everything resolved, for `validate` and run.json. */
    public Map<String, Object> resolved() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("source", source);
        if (!description.isEmpty()) m.put("description", description);
        m.put("seed", seed);
        m.put("parameters", config.parameters().asMap());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage st : config.chain().stages()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", st.name);
            sm.put("valueShare", st.valueShare);
            sm.put("specificity", st.specificity);
            sm.put("knowledgeIntensity", st.knowledgeIntensity);
            sm.put("scaleFactor", st.scaleFactor);
            sm.put("learningFactor", st.learningFactor);
            sm.put("capital", st.capital);
            sm.put("baseCost", st.baseCost);
            sm.put("materialShare", st.materialShare);
            stages.add(sm);
        }
        m.put("stages", stages);
        List<Map<String, Object>> ev = new ArrayList<>();
        for (PolicyEvent e : config.events()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("step", e.step);
            Map<String, Object> set = new LinkedHashMap<>();
            for (Map.Entry<Param, Double> c : e.changes.entrySet()) set.put(c.getKey().key, c.getValue());
            em.put("set", set);
            em.put("label", e.label);
            ev.add(em);
        }
        m.put("events", ev);
        return m;
    }
}
