package clustersim.io;

import java.util.regex.Pattern;

/**
 * Numbers as people write them in a file or on a command line: plain decimals such as {@code 12},
 * {@code -0.5}, {@code .25} or {@code 1e6}. Java's own parser also takes {@code 20f}, {@code 1d},
 * {@code 0x1p-1}, {@code NaN} and {@code Infinity}; a parameter written that way is almost surely a typo,
 * so it is refused rather than read.
 */
public final class DecimalText {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    /** What is allowed, for error messages. */
    public static final String ALLOWED = "a plain decimal number such as 12, 0.5 or 1e6";

    private DecimalText() {
    }

    /** True if {@code text} (already trimmed) is a plain decimal number. */
    public static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches();
    }

    /** The value of a plain decimal number, or null when {@code text} is not one (or overflows to infinity). */
    public static Double parse(String text) {
        if (text == null || !isPlain(text)) return null;
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? v : null;
    }
}
