package clustersim.model;

import java.io.Serializable;

/** Events counted during one step; reset at the start of every step. The metrics read them. */
public final class StepCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    public int entries;
    public int exits;
    public int bankruptcies;
    public int blockedEntries;
    public int roleChanges;
    public long transactions;
    public long breaches;
    public long cascadeLosses;
    public int imitations;
    public int innovations;
    public long makeEvaluations;
    public long makeRefused;
    /** Sourcing options scored (make, stay, candidates): the work of the make-or-buy search. */
    public long optionsScored;
    /** Sum over this step's entrants of the capital plus entry cost each needed (money). */
    public double entryBarrier;

    void reset() {
        entries = exits = bankruptcies = blockedEntries = roleChanges = imitations = innovations = 0;
        transactions = breaches = cascadeLosses = makeEvaluations = makeRefused = optionsScored = 0;
        entryBarrier = 0;
    }
}
