package clustersim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of threads, to tell a slow model from a busy machine: a timed thread that got its core for
 * only part of the wall time was waiting for other processes, and its figure understates the model.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    /** CPU seconds the calling thread has used, or NaN where the JVM cannot tell. */
    static double threadSeconds() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) return Double.NaN;
        long ns = THREADS.getCurrentThreadCpuTime();
        return ns < 0 ? Double.NaN : ns / 1e9;
    }

    /** CPU seconds over what {@code threads} threads busy all the time would have used. */
    static double share(double cpuSeconds, double wallSeconds, int threads) {
        return wallSeconds > 0 ? cpuSeconds / (wallSeconds * threads) : Double.NaN;
    }
}
