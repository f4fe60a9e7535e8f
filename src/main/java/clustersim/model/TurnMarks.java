package clustersim.model;

import java.io.Serializable;

/**
 * Firms picked out during a walk over the firms in turn order (see {@link ClusterModel#inTurn}), handed
 * back in list order. A phase that must treat some firms in list order afterwards (the bankruptcy
 * cascade, the R&D comparison) can so pick them out in a walk the step makes anyway, instead of
 * walking every firm once more. Turn order runs from the list position turnStart to the end, then
 * from 0: the picks are two ascending runs of positions, swapped.
 */
final class TurnMarks implements Serializable {
    private static final long serialVersionUID = 1L;

    private Firm[] picked = new Firm[16];
    private int count;
    /** Index in {@link #picked} of the first pick made after the walk wrapped to list position 0. */
    private int wrapAt;

    /** Forgets the last walk's picks (so that no departed firm is kept alive by them). */
    void begin() {
        java.util.Arrays.fill(picked, 0, count, null);
        count = 0;
        wrapAt = -1;
    }

    /** The walk has reached list position 0. */
    void wrapped() {
        wrapAt = count;
    }

    void add(Firm x) {
        if (count == picked.length) picked = java.util.Arrays.copyOf(picked, 2 * count);
        picked[count++] = x;
    }

    int size() {
        return count;
    }

    /** The k-th pick in list order. */
    Firm get(int k) {
        int wrap = wrapAt < 0 ? count : wrapAt;
        int afterWrap = count - wrap;
        return k < afterWrap ? picked[wrap + k] : picked[k - afterWrap];
    }
}
