package clustersim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Java Flight Recorder recording spent its time: the execution samples aggregated by the method
 * and line on top of the stack (self time), by that method and its caller's line (small methods called
 * from many places), and by every method on the stack (total time, each method counted once a sample). docs/PERFORMANCE.md says how to record; this reads the file:
 * <pre>   java -cp target/clustersim.jar clustersim.bench.JfrSummary recording.jfr [top]</pre>
 */
public final class JfrSummary {
    private final Map<String, Integer> selfMethods = new TreeMap<>();
    private final Map<String, Integer> selfLines = new TreeMap<>();
    private final Map<String, Integer> totalMethods = new TreeMap<>();
    private final Map<String, Integer> selfByCaller = new TreeMap<>();
    private int samples;
    private int truncated;

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: JfrSummary RECORDING.jfr [TOP]   (TOP: rows per table, default 25)");
            System.exit(2);
        }
        int top = args.length == 2 ? Integer.parseInt(args[1]) : 25;
        read(Path.of(args[0])).print(System.out, top);
    }

    static JfrSummary read(Path recording) throws IOException {
        JfrSummary s = new JfrSummary();
        try (RecordingFile f = new RecordingFile(recording)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) continue;
                s.add(st);
            }
        }
        return s;
    }

    private void add(RecordedStackTrace st) {
        samples++;
        if (st.isTruncated()) truncated++;
        List<RecordedFrame> frames = st.getFrames();
        RecordedFrame top = frames.get(0);
        selfMethods.merge(name(top.getMethod()), 1, Integer::sum);
        selfLines.merge(name(top.getMethod()) + ":" + top.getLineNumber(), 1, Integer::sum);
        if (frames.size() > 1) {
            RecordedFrame caller = frames.get(1);
            selfByCaller.merge(name(top.getMethod()) + "  <-  " + name(caller.getMethod()) + ":" + caller.getLineNumber(), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame fr : frames) {
            String m = name(fr.getMethod());
            if (seen.add(m)) totalMethods.merge(m, 1, Integer::sum);
        }
    }

    private static String name(RecordedMethod m) {
        String type = m.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
    }

    void print(PrintStream out, int top) {
        out.printf(Locale.ROOT, "%,d execution samples%s%n", samples,
                truncated > 0 ? String.format(Locale.ROOT, " (%,d with stacks truncated: total time of outer methods is understated)", truncated) : "");
        table(out, "self time by method (top of stack)", selfMethods, top);
        table(out, "self time by line", selfLines, top);
        table(out, "self time by method and the line that called it", selfByCaller, top);
        table(out, "total time by method (anywhere on the stack)", totalMethods, top);
    }

    private void table(PrintStream out, String title, Map<String, Integer> counts, int top) {
        out.println();
        out.println(title + ":");
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
        // most samples first; ties by name, so that the table does not depend on hashing
        rows.sort((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
        for (int k = 0; k < Math.min(top, rows.size()); k++) {
            Map.Entry<String, Integer> r = rows.get(k);
            out.printf(Locale.ROOT, "  %5.1f%%  %,8d  %s%n", 100.0 * r.getValue() / samples, r.getValue(), r.getKey());
        }
    }
}
