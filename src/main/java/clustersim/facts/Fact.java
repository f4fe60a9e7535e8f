package clustersim.facts;

import java.util.List;

/**
 * One stylised fact of MODEL.md section 5: what it says, where it comes from, how many seeds and months
 * it runs, the checks that must all pass, and the figure that shows it.
 */
public record Fact(int id, String title, String source, String statement, int seeds, int steps, List<Check> checks,
                   FactFigure figure) {
    public Fact {
        checks = List.copyOf(checks);
    }
}
