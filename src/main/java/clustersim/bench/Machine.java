package clustersim.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: they mean little without it. */
final class Machine {
    final int cores;
    final String cpu;
    final String jvm;
    final long maxHeap;
    final String gc;
    final String os;

    private Machine(int cores, String cpu, String jvm, long maxHeap, String gc, String os) {
        this.cores = cores;
        this.cpu = cpu;
        this.jvm = jvm;
        this.maxHeap = maxHeap;
        this.gc = gc;
        this.os = os;
    }

    static Machine current() {
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) gcs.add(b.getName());
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version", System.getProperty("java.version"));
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), jvm, Runtime.getRuntime().maxMemory(),
                String.join(", ", gcs), os);
    }

    /** The system load average over the last minute (runnable processes), or NaN where the OS does not tell. */
    static double loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? Double.NaN : l;
    }

    static String load(double l) {
        return Double.isNaN(l) ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count and JVM still say a good deal
        }
        return System.getProperty("os.arch");
    }
}
