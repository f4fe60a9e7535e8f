package clustersim.experiment;

import clustersim.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A CSV file keyed by run_id (its first column) that grows one complete line at a time: runs.csv and
 * failures.csv. Each line goes to the operating system in one write as soon as its run ends, so a
 * process killed at any moment (SIGKILL included) loses only the runs in flight. When the file is
 * opened again, a partial last line (a write cut short) is cut off and the run ids present are read,
 * so that a resumed sweep skips them.
 */
final class AppendOnlyCsv implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final BitSet present = new BitSet();
    private long droppedBytes;
    private int rows;
    private final List<String> warnings = new ArrayList<>();
    private boolean closedForAppends;

    private AppendOnlyCsv(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens (or creates with {@code header}) a file for appending.
     *
     * @param fields the number of fields every line must have, or 0 not to check (files with free text)
     * @throws SweepStateException if the file exists with another header (another sweep's file)
     */
    static AppendOnlyCsv open(Path file, String header, int fields) throws IOException, SweepStateException {
        return open(file, header, fields, null);
    }

    /**
     * Opens runs.csv, checking every row already there against the sweep ({@link RunsCheck}): exact
     * duplicates are noted in {@link #warnings()} (and left out when the file is sorted), anything else
     * that is not a row of this sweep is refused.
     */
    static AppendOnlyCsv open(Path file, RunsCheck check) throws IOException, SweepStateException {
        return open(file, check.header(), 0, check);
    }

    private static AppendOnlyCsv open(Path file, String header, int fields, RunsCheck check) throws IOException, SweepStateException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        AppendOnlyCsv f = new AppendOnlyCsv(file, ch);
        try {
            f.recover(header, fields, check);
        } catch (IOException | SweepStateException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return f;
    }

    /** Checks the header, cuts a partial last line and collects the run ids already present. */
    private void recover(String header, int fields, RunsCheck check) throws IOException, SweepStateException {
        long size = channel.size();
        long end = lastNewline(size);
        if (end < 0) {
            // empty, or not even the header was written whole: start afresh
            droppedBytes = size;
            channel.truncate(0);
            write(header + "\n");
            return;
        }
        String first;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = r.readLine();
        }
        if (!header.equals(first)) {
            throw new SweepStateException(file + ": its header is not this sweep's (\n  found:    " + abbreviate(String.valueOf(first))
                    + "\n  expected: " + abbreviate(header) + ")");
        }
        // only now, sure the file is ours, cut a partial last line (a write cut short by a kill)
        droppedBytes = size - (end + 1);
        if (droppedBytes > 0) channel.truncate(end + 1);
        if (check != null) {
            RunsCheck.Rows checked = check.read(file);
            for (int id : checked.byId.keySet()) present.set(id);
            rows = checked.byId.size();
            warnings.addAll(checked.warnings);
            channel.position(end + 1);
            return;
        }
        List<String> bad = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                int comma = line.indexOf(',');
                int id;
                try {
                    id = Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
                } catch (NumberFormatException e) {
                    bad.add(line);
                    continue;
                }
                if (fields > 0 && count(line, ',') + 1 != fields) {
                    bad.add(line);
                    continue;
                }
                present.set(id);
                rows++;
            }
        }
        if (!bad.isEmpty()) {
            throw new SweepStateException(file + ": " + bad.size() + " line(s) are not rows of this sweep, e.g. '" + abbreviate(bad.get(0)) + "'");
        }
        channel.position(end + 1);
    }

    /** Offset of the last '\n' of the file, or -1. */
    private long lastNewline(long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long pos = size;
        while (pos > 0) {
            int n = (int) Math.min(buf.capacity(), pos);
            pos -= n;
            buf.clear().limit(n);
            while (buf.hasRemaining()) {
                if (channel.read(buf, pos + buf.position()) < 0) break;
            }
            for (int k = n - 1; k >= 0; k--) if (buf.get(k) == '\n') return pos + k;
        }
        return -1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) == c) n++;
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** Appends one line (without its newline) in a single write. */
    synchronized void append(String line) throws IOException {
        if (closedForAppends) throw new StoppedException();
        write(line + "\n");
        rows++;
    }

    /**
     * Takes no more lines (an interrupted sweep, whose process is ending): returns the rows written, which
     * are then the rows kept.
     */
    synchronized int stopAppending() {
        closedForAppends = true;
        return rows;
    }

    /** Thrown by {@link #append} after {@link #stopAppending}. */
    static final class StoppedException extends IOException {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super("the sweep was interrupted");
        }
    }

    /** Exact duplicate rows found when the file was opened (they are left out when it is sorted). */
    List<String> warnings() {
        return warnings;
    }

    private void write(String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) channel.write(b);
    }

    /** Whether the file already holds a row of this run. */
    boolean has(int runId) {
        return present.get(runId);
    }

    /** The run ids present when the file was opened. */
    BitSet present() {
        return (BitSet) present.clone();
    }

    /** Bytes of a partial last line cut off when the file was opened. */
    long droppedBytes() {
        return droppedBytes;
    }

    synchronized int rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Rewrites a finished file with its rows sorted by run_id (write-then-rename, so a kill leaves either
     * the old file or the new one). Sorted files of equal sweeps are byte-identical whatever the order in
     * which runs finished. Lines are kept whole: quoted fields stay as they are.
     *
     * @param drop run ids whose rows to leave out, or null
     */
    static void sortByRunId(Path file, BitSet drop) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return;
        String header = lines.get(0);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        if (drop != null) rows.removeIf(l -> drop.get(runIdOf(l)));
        rows.sort(java.util.Comparator.comparingInt(AppendOnlyCsv::runIdOf));
        StringBuilder b = new StringBuilder(header).append('\n');
        String previous = null;
        for (String l : rows) {
            if (l.equals(previous)) continue; // an exact second copy of a row (a conflicting one was refused on opening)
            b.append(l).append('\n');
            previous = l;
        }
        AtomicFiles.writeString(file, b);
    }

    static int runIdOf(String line) {
        int comma = line.indexOf(',');
        return Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
    }
}
