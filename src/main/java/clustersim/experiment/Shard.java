package clustersim.experiment;

/**
 * The I-th of N disjoint slices of a sweep's runs (1 &lt;= I &lt;= N). Slices interleave: shard I takes the
 * runs whose run_id - 1 is I - 1 modulo N. Run ids number a point's replications consecutively, so when N
 * divides the replications each shard holds some replications of every point, and even one shard alone
 * covers the whole design; runs of expensive points spread evenly over the shards.
 */
public final class Shard {
    public static final Shard WHOLE = new Shard(1, 1);

    public final int index;
    public final int count;

    public Shard(int index, int count) {
        if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("shard " + index + "/" + count + ": need 1 <= I <= N");
        this.index = index;
        this.count = count;
    }

    /** Parses "I/N"; throws IllegalArgumentException with what is allowed. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("'" + text + "' is not of the form I/N (e.g. 2/8: the second of eight shards)");
        int i, n;
        try {
            i = Integer.parseInt(parts[0].trim());
            n = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not of the form I/N with whole numbers (e.g. 2/8)");
        }
        if (n < 1 || i < 1 || i > n) throw new IllegalArgumentException("'" + text + "': I must be in [1, N] and N at least 1 (shards are numbered from 1)");
        return new Shard(i, n);
    }

    public boolean includes(long runId) {
        return (runId - 1) % count == index - 1;
    }

    public boolean isWhole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
