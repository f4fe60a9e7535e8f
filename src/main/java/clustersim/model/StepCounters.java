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
    /** makeEvaluations and makeRefused of small firms (GuaranteeFund.small: the firms a guarantee fund serves). */
    public long smallMakeEvaluations, smallMakeRefused;
    /** Sourcing options scored (make, stay, candidates): the work of the make-or-buy search. */
    public long optionsScored;
    /** Sum over this step's entrants of the capital plus entry cost each needed (money). */
    public double entryBarrier;
    // --- knowledge institutions (issue 13) ---
    /** Successful innovations this step that drew on a university (contract research or a licence). */
    public int universityInnovations;
    /** University spin-offs and talent spin-outs that entered this step. */
    public int spinoffs, spinouts;
    /** Skilled workers who changed employer (or left to found a firm) this step. */
    public int talentMoves;
    /** Moves that carried a rung of know-how; moves after which the new employer made the old one's design. */
    public int knowhowSpills, talentCopies;

    void reset() {
        entries = exits = bankruptcies = blockedEntries = roleChanges = imitations = innovations = 0;
        transactions = breaches = cascadeLosses = makeEvaluations = makeRefused = optionsScored = 0;
        smallMakeEvaluations = smallMakeRefused = 0;
        entryBarrier = 0;
        universityInnovations = spinoffs = spinouts = talentMoves = knowhowSpills = talentCopies = 0;
    }
}
