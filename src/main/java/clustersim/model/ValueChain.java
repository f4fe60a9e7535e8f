package clustersim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered stages of the product. The last stage (assembly and marketing) is always done by the
 * brand owner; the others can be made or bought.
 */
public final class ValueChain implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Stage> stages;
    /** The same stages as an array: the hot paths index it every step. */
    private final Stage[] byIndex;
    private final double totalValueShare;
    /** The stage a design licence comes through: the most knowledge-intensive before the final one (the first of equals). */
    private final int designStage;

    public ValueChain(List<Stage> stages) {
        if (stages.size() < 2) throw new IllegalArgumentException("a value chain needs at least 2 stages, got " + stages.size());
        if (stages.size() > Firm.MAX_STAGES) {
            throw new IllegalArgumentException("a value chain has at most " + Firm.MAX_STAGES + " stages, got " + stages.size());
        }
        this.stages = Collections.unmodifiableList(new ArrayList<>(stages));
        this.byIndex = stages.toArray(new Stage[0]);
        double t = 0;
        for (Stage s : stages) t += s.valueShare;
        if (t <= 0) throw new IllegalArgumentException("stage value shares must not all be 0");
        this.totalValueShare = t;
        int best = 0;
        for (int k = 1, fin = stages.size() - 1; k < fin; k++) {
            if (byIndex[k].knowledgeIntensity > byIndex[best].knowledgeIntensity) best = k;
        }
        this.designStage = best;
    }

    /**
     * The default chain of a light-manufacturing product (furniture, clocks, shoes): design, moulds and
     * tooling, components, finishing, assembly and marketing. Numbers are argued in docs/ODD.md.
     */
    public static ValueChain standard() {
        List<Stage> s = new ArrayList<>();
        //                   name                  v     sigma iota  scale learn K    cost  material
        s.add(new Stage("design",               0.15, 0.50, 0.90, 0.15, 0.06,  6, 0.10, 0.70));
        s.add(new Stage("tooling",              0.15, 0.80, 0.60, 0.30, 0.05, 20, 0.13, 0.95));
        s.add(new Stage("components",           0.30, 0.25, 0.20, 0.40, 0.05, 15, 0.30, 0.99));
        s.add(new Stage("finishing",            0.15, 0.40, 0.10, 0.35, 0.05, 10, 0.13, 0.98));
        s.add(new Stage("assembly & marketing", 0.25, 0.50, 0.30, 0.20, 0.05, 20, 0.22, 0.96));
        return new ValueChain(s);
    }

    public int size() {
        return stages.size();
    }

    public Stage get(int s) {
        return byIndex[s];
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Index of the stage the brand owner always does itself. */
    public int finalStage() {
        return stages.size() - 1;
    }

    /** The stage that carries the design: the most knowledge-intensive one the brand owner may buy. */
    public int designStage() {
        return designStage;
    }

    /** Sum of value shares (normally 1). */
    public double totalValueShare() {
        return totalValueShare;
    }
}
