package clustersim.facts;

import java.util.List;

/**
 * The institutions a fact runs under: a scenario file (null: every default) with parameter changes
 * ("name=value", as --set takes them). Two conditions with the same label are the same runs.
 */
public record Condition(String scenario, List<String> set) {
    public Condition {
        set = List.copyOf(set);
    }

    public static Condition baseline(String... set) {
        return new Condition(null, List.of(set));
    }

    public static Condition scenario(String file, String... set) {
        return new Condition(file, List.of(set));
    }

    /** The same with more changes. */
    public Condition with(String... more) {
        List<String> all = new java.util.ArrayList<>(set);
        all.addAll(List.of(more));
        return new Condition(scenario, all);
    }

    /** "pearl-river-delta, demandGrowth=0"; the cache key and the figures' legend. */
    public String label() {
        String base = scenario == null ? "baseline" : scenario.replaceFirst("^.*/", "").replaceFirst("\\.ya?ml$", "");
        return set.isEmpty() ? base : base + ", " + String.join(", ", set);
    }
}
