package clustersim.experiment;

/**
 * The runs one process executes: those of its shard, in an order that covers the design early
 * (replication 1 of every point, then replication 2, ...), so that a sweep stopped half-way still has
 * results all over the design space. Ids and seeds follow {@link Sweep} and {@link RunSeeds}.
 */
public final class RunPlan {
    private final Sweep sweep;
    private final Shard shard;
    private final long[] seeds;
    private final int[] order;

    private RunPlan(Sweep sweep, Shard shard, long[] seeds, int[] order) {
        this.sweep = sweep;
        this.shard = shard;
        this.seeds = seeds;
        this.order = order;
    }

    public static RunPlan of(Sweep sweep, Shard shard) {
        int points = sweep.pointCount(), reps = sweep.replications();
        long total = sweep.runCount();
        int n = 0;
        for (long id = 1; id <= total; id++) if (shard.includes(id)) n++;
        int[] order = new int[n];
        int k = 0;
        for (int r = 1; r <= reps; r++) {
            for (int p = 1; p <= points; p++) {
                int id = (p - 1) * reps + r;
                if (shard.includes(id)) order[k++] = id;
            }
        }
        return new RunPlan(sweep, shard, sweep.seeds(), order);
    }

    public Sweep sweep() { return sweep; }
    public Shard shard() { return shard; }

    /** Runs in this shard. */
    public int size() { return order.length; }

    /** The k-th run id to execute (0-based k). */
    public int runId(int k) { return order[k]; }

    public int pointId(int runId) { return (runId - 1) / sweep.replications() + 1; }

    public int replication(int runId) { return (runId - 1) % sweep.replications() + 1; }

    public long seed(int runId) { return seeds[runId - 1]; }

    /** Distinct seeds in the whole design (equal to the number of runs unless seeding is common). */
    public long distinctSeeds() {
        // a sorted copy (8 bytes a run) rather than a hash set of boxed longs (about 50)
        long[] sorted = seeds.clone();
        java.util.Arrays.sort(sorted);
        long n = sorted.length == 0 ? 0 : 1;
        for (int k = 1; k < sorted.length; k++) if (sorted[k] != sorted[k - 1]) n++;
        return n;
    }
}
