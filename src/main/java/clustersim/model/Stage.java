package clustersim.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One stage of the value chain (design, tooling, components, ...). Immutable.
 *
 * <p>Units: money is in the model's currency (a unit of the final product of quality 1 costs about 1);
 * volumes are quality units of final product per step (a unit of quality q counts q).
 */
public final class Stage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Field names as they appear in a scenario's {@code stages:} list. */
    public static final String[] FIELDS = {"name", "valueShare", "specificity", "knowledgeIntensity",
        "scaleFactor", "learningFactor", "capital", "baseCost", "materialShare"};

    public final String name;
    /** v_s: the stage's share of the product's value (weights of division of labour). */
    public final double valueShare;
    /** sigma_s in [0,1]: share of the relation's assets specific to one buyer. */
    public final double specificity;
    /** iota_s in [0,1]: how much of the buyer's design an outsourced stage exposes. */
    public final double knowledgeIntensity;
    /** f in (0,1]: how fast generic-asset costs fall with pooled volume, E(x; f). */
    public final double scaleFactor;
    /** f in (0,1]: how fast specific-asset costs fall with the length of a relation, E(months; f). */
    public final double learningFactor;
    /** K_s: money needed for one plant of the stage. */
    public final double capital;
    /** Variable cost per unit at quality 1 before any economies. */
    public final double baseCost;
    /** Share of the variable cost at quality 1 bought from outside the cluster (materials, energy). */
    public final double materialShare;

    public Stage(String name, double valueShare, double specificity, double knowledgeIntensity,
                 double scaleFactor, double learningFactor, double capital, double baseCost, double materialShare) {
        this.name = Objects.requireNonNull(name, "name");
        this.valueShare = check("valueShare", valueShare, 0, 1);
        this.specificity = check("specificity", specificity, 0, 1);
        this.knowledgeIntensity = check("knowledgeIntensity", knowledgeIntensity, 0, 1);
        this.scaleFactor = check("scaleFactor", scaleFactor, 1e-6, 1);
        this.learningFactor = check("learningFactor", learningFactor, 1e-6, 1);
        this.capital = check("capital", capital, 0, 1e12);
        this.baseCost = check("baseCost", baseCost, 0, 1e12);
        this.materialShare = check("materialShare", materialShare, 0, 1);
    }

    /** Allowed range of a stage field, for validation messages; null for "name". */
    public static double[] range(String field) {
        switch (field) {
            case "valueShare": case "specificity": case "knowledgeIntensity": case "materialShare":
                return new double[] {0, 1};
            case "scaleFactor": case "learningFactor":
                return new double[] {1e-6, 1};
            case "capital": case "baseCost":
                return new double[] {0, 1e12};
            default:
                return null;
        }
    }

    private static double check(String field, double v, double lo, double hi) {
        if (Double.isNaN(v) || v < lo || v > hi) {
            throw new IllegalArgumentException("stage field " + field + " = " + v + " must be in [" + lo + ", " + hi + "]");
        }
        return v;
    }

    @Override
    public String toString() {
        return name;
    }
}
