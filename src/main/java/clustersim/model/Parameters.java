package clustersim.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of the cluster-level parameters of one model instance. Mutable on purpose: policy events
 * and GUI sliders change them while the model runs, and the model reads them afresh every step.
 */
public final class Parameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] values;

    /** All defaults. */
    public Parameters() {
        values = new double[Param.values().length];
        for (Param p : Param.values()) values[p.ordinal()] = p.defaultValue;
    }

    private Parameters(double[] values) {
        this.values = values;
    }

    public Parameters copy() {
        return new Parameters(values.clone());
    }

    public double get(Param p) {
        return values[p.ordinal()];
    }

    public int getInt(Param p) {
        return (int) values[p.ordinal()];
    }

    /**
     * Sets a value; out-of-range values are refused here, so that neither a slider nor an event can
     * put the model in a state the validation would have rejected.
     */
    public void set(Param p, double v) {
        if (!p.allows(v)) {
            throw new IllegalArgumentException(p.key + " = " + v + " is not allowed: it must be " + p.rangeText());
        }
        values[p.ordinal()] = v;
    }

    /** Name to value, in declaration order (for run.json and validation output). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Param p : Param.values()) {
            double v = get(p);
            m.put(p.key, p.isInteger() ? (Object) (long) v : (Object) v);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && Arrays.equals(values, ((Parameters) o).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
