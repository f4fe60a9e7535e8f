package clustersim.model;

import java.io.Serializable;

/**
 * A product design: the originator's, and the copies rivals sell of it. The firms selling one design
 * form a nest of the final market's logit (Anderson, de Palma and Thisse 1992): buyers see them as
 * close substitutes, so the more copies a design has, the more elastic each seller's demand and the
 * lower its markup. A new design is made only when an innovation succeeds (rare: nothing is allocated
 * in a normal step).
 */
final class Design implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Rung of the quality ladder the design is on. */
    final int rung;
    /** Step it was first sold: rivals can copy it only imitationLag steps later (leaks skip the wait). */
    final int born;
    /** Firms selling the design at the last market (the originator included). */
    int sellers;
    /** Scratch of the market phase: the step it was last counted in, and its within-nest logit sum. */
    long countedIn = -1;
    double nestSum;
    /** The nest's share of the final market at the last market. */
    double share;

    Design(int rung, int born) {
        this.rung = rung;
        this.born = born;
    }
}
