package clustersim.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change of parameters at the start of a given step: an IP reform, a new credit-guarantee fund.
 * Immutable; the model schedules it and logs it when it fires.
 */
public final class PolicyEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    public final int step;
    public final Map<Param, Double> changes;
    public final String label;

    public PolicyEvent(int step, Map<Param, Double> changes, String label) {
        if (step < 0) throw new IllegalArgumentException("event step must be >= 0, got " + step);
        for (Map.Entry<Param, Double> e : changes.entrySet()) {
            if (!e.getKey().allows(e.getValue())) {
                throw new IllegalArgumentException(e.getKey().key + " = " + e.getValue() + " must be " + e.getKey().rangeText());
            }
        }
        this.step = step;
        this.changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        this.label = label == null || label.isEmpty() ? describe(this.changes) : label;
    }

    static String describe(Map<Param, Double> changes) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Param, Double> e : changes.entrySet()) {
            if (b.length() > 0) b.append(", ");
            b.append(e.getKey().key).append(" = ").append(Param.fmt(e.getValue()));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "step " + step + ": " + label;
    }
}
