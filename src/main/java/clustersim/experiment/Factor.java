package clustersim.experiment;

import clustersim.model.Param;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One parameter a sweep varies: either a list of levels (grid designs) or a range [min, max] that a
 * sampling design (random, Latin hypercube, Sobol') fills. Immutable.
 */
public final class Factor {
    public final Param param;
    private final double[] levels;
    public final double min;
    public final double max;

    private Factor(Param param, double[] levels, double min, double max) {
        this.param = param;
        this.levels = levels;
        this.min = min;
        this.max = max;
    }

    /** A grid factor taking these levels, in this order. */
    public static Factor levels(Param param, double[] levels) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : levels) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new Factor(param, levels.clone(), lo, hi);
    }

    /** A factor sampled over [min, max]. */
    public static Factor range(Param param, double min, double max) {
        return new Factor(param, null, min, max);
    }

    public String name() {
        return param.key;
    }

    public boolean hasLevels() {
        return levels != null;
    }

    /** The grid levels (a copy), or null for a sampled factor. */
    public double[] levels() {
        return levels == null ? null : levels.clone();
    }

    public int levelCount() {
        return levels == null ? 0 : levels.length;
    }

    /**
     * The value at position u in [0, 1) of the range: min + u (max - min). Whole-number parameters take
     * floor(min + u (max - min + 1)), so every whole number in the range is equally likely.
     */
    public double at(double u) {
        if (param.isInteger()) return Math.min(max, Math.floor(min + u * (max - min + 1)));
        return min + u * (max - min);
    }

    /** For sweep.json and the fingerprint. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", param.key);
        m.put("unit", param.unit);
        m.put("description", param.description);
        if (levels != null) {
            m.put("levels", Arrays.stream(levels).boxed().toArray());
        } else {
            m.put("min", min);
            m.put("max", max);
        }
        return m;
    }
}
