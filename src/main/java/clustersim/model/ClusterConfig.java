package clustersim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a model instance is built from: the parameters, the value chain and the policy events, sorted by
 * step. The one carrier of parameters: a scenario file's {@code Scenario} holds one (with the file's
 * provenance beside it); tests build it directly. Immutable (the parameters are copied in and out).
 */
public final class ClusterConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final Parameters parameters;
    private final ValueChain chain;
    private final List<PolicyEvent> events;

    public ClusterConfig(String name, Parameters parameters, ValueChain chain, List<PolicyEvent> events) {
        this.name = name;
        this.parameters = parameters.copy();
        this.chain = chain;
        List<PolicyEvent> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> Integer.compare(a.step, b.step));
        this.events = Collections.unmodifiableList(sorted);
    }

    /** The baseline: all defaults, the standard value chain, no events. */
    public static ClusterConfig defaults() {
        return new ClusterConfig("baseline", new Parameters(), ValueChain.standard(), List.of());
    }

    public String name() { return name; }
    /** A fresh copy of the parameters. */
    public Parameters parameters() { return parameters.copy(); }
    public double get(Param p) { return parameters.get(p); }
    public ValueChain chain() { return chain; }
    public List<PolicyEvent> events() { return events; }

    /** A copy with some parameters changed (for --set, sweeps, tests). */
    public ClusterConfig with(Param p, double value) {
        Parameters q = parameters.copy();
        q.set(p, value);
        return new ClusterConfig(name, q, chain, events);
    }

    public ClusterConfig withName(String newName) {
        return new ClusterConfig(newName, parameters, chain, events);
    }

    public ClusterConfig withParameters(Parameters q) {
        return new ClusterConfig(name, q, chain, events);
    }
}
