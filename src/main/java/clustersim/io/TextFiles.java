package clustersim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a bounded UTF-8 text file: an input file (scenario, sweep, design CSV) is checked to be a regular
 * file no larger than a stated cap before it is read, so that {@code /dev/zero}, a pipe or a mistaken
 * multi-gigabyte file is refused in a line instead of exhausting the heap; bytes that are not UTF-8 are
 * named as such. A UTF-8 byte-order mark (Excel's "CSV UTF-8" writes one) is dropped: it is invisible in
 * every editor, so refusing a header because of it would only puzzle.
 */
public final class TextFiles {
    /** The cap for YAML files (scenarios, sweeps): far above any hand-written file. */
    public static final long MAX_YAML_BYTES = 1L << 20;

    private static final char BOM = '\uFEFF';

    private TextFiles() {
    }

    /** Why a file cannot be read as text, in words for a one-line error (the caller adds the file name). */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String problem, Throwable cause) {
            super(problem, cause);
        }

        Unreadable(String problem) {
            this(problem, null);
        }
    }

    /**
     * The whole text of {@code file}, if it is a regular file of at most {@code maxBytes} bytes of UTF-8.
     * An input that cannot be read is bad input, whatever the reason, so every failure is one exception.
     *
     * @throws Unreadable if it is missing, not a regular file, too large, not UTF-8, or reading it failed
     */
    public static String readUtf8(Path file, long maxBytes) throws Unreadable {
        if (!Files.exists(file)) throw new Unreadable("no such file");
        if (Files.isDirectory(file)) throw new Unreadable("is a folder, not a file");
        if (!Files.isRegularFile(file)) throw new Unreadable("not a regular file (a device, pipe or socket); give a file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw new Unreadable("too large: " + size + " bytes; at most " + sizeText(maxBytes) + " is read");
            try (InputStream in = Files.newInputStream(file)) {
                // read one byte beyond the cap: the file may have grown since its size was taken
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file", e);
        } catch (IOException e) {
            throw new Unreadable("cannot read the file: " + AtomicFiles.reason(e), e);
        }
        if (bytes.length > maxBytes) throw new Unreadable("too large: more than " + sizeText(maxBytes));
        return decode(bytes);
    }

    /** Bytes as UTF-8 text without a leading byte-order mark; anything else is refused as not text. */
    public static String decode(byte[] bytes) throws Unreadable {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(notUtf8(bytes));
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("not UTF-8 text: line " + lineOf(bytes, text.substring(0, text.indexOf('\0')).getBytes(StandardCharsets.UTF_8).length)
                    + " holds a NUL byte (a binary file?)");
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String notUtf8(byte[] bytes) {
        int at = firstInvalid(bytes);
        return "not UTF-8 text: byte 0x" + String.format("%02X", bytes[at] & 0xFF) + " on line " + lineOf(bytes, at)
                + " is not UTF-8 (a binary file, or text saved as Latin-1/Windows-1252? save it as UTF-8)";
    }

    /** The offset of the first byte that starts an invalid UTF-8 sequence. */
    private static int firstInvalid(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(1024);
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return Math.max(0, b.length - 1);
        }
    }

    private static int lineOf(byte[] b, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < b.length; k++) if (b[k] == '\n') line++;
        return line;
    }

    /** "1 MiB", "64 MiB", or bytes when not a whole number of MiB. */
    public static String sizeText(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
