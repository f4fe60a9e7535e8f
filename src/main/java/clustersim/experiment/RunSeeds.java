package clustersim.experiment;

/**
 * The seed of every run of a sweep, derived from the master seed, the design point and the replication
 * with SplitMix64's mixing function, so that a run can be reproduced alone ({@code ./clustersim run
 * SCENARIO --seed S} with the factor values of its row) and no run's seed depends on the thread that ran it.
 *
 * <pre>
 * mix64(z)  = SplitMix64 finaliser of z + 0x9E3779B97F4A7C15 (Steele, Lea &amp; Flood 2014)
 * h         = mix64( mix64( mix64(master) XOR point_id ) XOR replication )
 * seed      = h AND 0xFFFFFFFF
 * </pre>
 * Only 32 bits are kept because MASON's MersenneTwisterFast uses only the low 32 bits of a long seed:
 * two longs that agree there would give the same run. Two runs of a sweep may still draw the same 32
 * bits (for 1,210 runs the chance is about 1 in 7,000); the run with the larger run_id then re-mixes,
 * {@code h = mix64(h)}, until its seed is new, so every run of a sweep has its own random stream.
 * With {@link Seeding#COMMON} the point id is taken as 0: replication r uses the same seed at every
 * point (common random numbers, which sharpen comparisons between points).
 */
public final class RunSeeds {
    /** How seeds vary across design points. */
    public enum Seeding {
        /** Every run has its own seed. */
        INDEPENDENT,
        /** Replication r has the same seed at every point (common random numbers). */
        COMMON
    }

    /** Distinguishes the stream that samples random and Latin hypercube designs from the runs' seeds. */
    static final long DESIGN_STREAM = 0x6465_7369_676E_0001L;

    private RunSeeds() {
    }

    /** SplitMix64's output function applied to {@code z}: a bijection of the longs that mixes every bit. */
    public static long mix64(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The 64-bit hash of a run before truncation (point and replication are 1-based). */
    static long hash(long master, int pointId, int replication) {
        return mix64(mix64(mix64(master) ^ pointId) ^ replication);
    }

    /**
     * The seeds of all runs of a design, indexed by run_id - 1, where run_id = (point_id - 1) * replications
     * + replication. Each is in [0, 2^32).
     */
    public static long[] forDesign(long master, int points, int replications, Seeding seeding) {
        long n = (long) points * replications;
        if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many runs: " + n);
        long[] h = new long[(int) n];
        for (int p = 1; p <= points; p++) {
            for (int r = 1; r <= replications; r++) {
                h[(p - 1) * replications + r - 1] = hash(master, seeding == Seeding.COMMON ? 0 : p, r);
            }
        }
        if (seeding == Seeding.INDEPENDENT) separateDuplicates(h);
        long[] seeds = new long[h.length];
        for (int k = 0; k < h.length; k++) seeds[k] = h[k] & 0xFFFFFFFFL;
        return seeds;
    }

    /**
     * Re-mixes the hash of every run whose 32-bit seed an earlier run (smaller index) already has, until
     * all differ. Sorting (seed, index) pairs finds duplicates without a hash set of every seed.
     */
    private static void separateDuplicates(long[] h) {
        long[] keys = new long[h.length];
        boolean again = true;
        while (again) {
            again = false;
            for (int k = 0; k < h.length; k++) keys[k] = ((h[k] & 0xFFFFFFFFL) << 31) | k;
            java.util.Arrays.sort(keys);
            for (int k = 1; k < keys.length; k++) {
                if ((keys[k] >>> 31) == (keys[k - 1] >>> 31)) {
                    int later = (int) (keys[k] & 0x7FFFFFFFL);
                    h[later] = mix64(h[later]);
                    again = true;
                }
            }
        }
    }

    /** The 64-bit seed of the generator that samples random and Latin hypercube designs. */
    static long designSeed(long master) {
        return mix64(mix64(master) ^ DESIGN_STREAM);
    }
}
