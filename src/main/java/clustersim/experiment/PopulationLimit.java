package clustersim.experiment;

import clustersim.model.ClusterConfig;
import clustersim.model.Param;

/**
 * The most firms a run may hold in this JVM's heap. Entry can grow a cluster without bound (a huge
 * market, rich entrants), and a run that fills the heap dies minutes later with OutOfMemoryError and
 * nothing to show; stopping it at the cap says why at once. A firm takes about 1,200 bytes of heap after
 * a full collection (docs/PERFORMANCE.md, heap_bytes_per_firm); four times that leaves room for what a
 * step allocates and for the collector.
 */
public final class PopulationLimit {
    static final long BYTES_PER_FIRM = 4096;

    private PopulationLimit() {
    }

    /** The cap for a heap of {@code maxHeapBytes}. */
    public static long maxFirms(long maxHeapBytes) {
        return Math.max(1, maxHeapBytes / BYTES_PER_FIRM);
    }

    /** The cap for this JVM. */
    public static long maxFirms() {
        return maxFirms(Runtime.getRuntime().maxMemory());
    }

    /** Heap in MiB, for messages. */
    static long heapMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** A run stopped because its population outgrew the heap (the environment, not a bug). */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    /** Refuses a start population above the cap; null when it fits, else the reason. */
    public static String tooManyAtStart(ClusterConfig config) {
        long n = (long) config.get(Param.INITIAL_FIRMS), cap = maxFirms();
        if (n <= cap) return null;
        return "initialFirms " + n + " needs about " + (n * BYTES_PER_FIRM >> 20) + " MiB of heap; this Java has "
                + heapMiB() + " MiB, room for " + cap + " firms: lower initialFirms or give Java more memory "
                + "(CLUSTERSIM_JAVA_OPTS=-Xmx16g)";
    }

    static void checkStart(ClusterConfig config) {
        String why = tooManyAtStart(config);
        if (why != null) throw new Exceeded(why);
    }

    static void check(int firms, long cap, long step) {
        if (firms > cap) {
            throw new Exceeded("the run stopped at step " + step + ": " + firms + " firms, more than the " + cap
                    + " this Java's heap (" + heapMiB() + " MiB) holds; lower marketSize or the entry rates, "
                    + "or give Java more memory (CLUSTERSIM_JAVA_OPTS=-Xmx16g)");
        }
    }
}
