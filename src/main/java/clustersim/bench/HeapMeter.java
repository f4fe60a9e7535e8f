package clustersim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Live heap: the used heap after full collections. One System.gc() can leave garbage behind (objects
 * with finalizers or soft references, a concurrent cycle still running), so it collects until the used
 * heap stops falling.
 */
final class HeapMeter {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    /** Bytes of heap in use after collecting until two collections agree within 1%, at most 6 times. */
    static long liveBytes() {
        long previous = -1;
        long used = used();
        for (int k = 0; k < 6; k++) {
            System.gc();
            used = used();
            if (previous >= 0 && Math.abs(previous - used) <= previous / 100) break;
            previous = used;
        }
        return used;
    }

    /** False when System.gc() does nothing (-XX:+DisableExplicitGC): then no heap figure can be trusted. */
    static boolean explicitGcWorks() {
        long before = collections();
        System.gc();
        return collections() > before;
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionCount());
        return n;
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
