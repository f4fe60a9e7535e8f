package clustersim.scenario;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt field names (scenario and sweep files). */
public final class Names {
    /**
     * A name that becomes a folder (results/NAME, a sweep's folder): letters, digits, '.', '_' and '-',
     * starting with a letter or digit, so that it can be neither empty, nor '.' or '..', nor an absolute
     * path or one that climbs out of results/, nor hidden.
     */
    private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Names() {
    }

    /** Null when {@code name} is a safe folder name, else what is wrong and what is allowed. */
    public static String unsafeFileName(String name) {
        if (FILE_NAME.matcher(name).matches()) return null;
        return "'" + name + "' is not usable as a folder name: use 1 to 100 letters, digits, '.', '_' and '-', "
                + "starting with a letter or digit (no '/', no '..', not empty)";
    }

    /** A safe folder name made from a file name (its unsafe characters replaced), for a scenario without name:. */
    public static String fileNameFrom(String base) {
        String s = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceFirst("^[._-]+", "");
        if (s.length() > 100) s = s.substring(0, 100);
        return s.isEmpty() ? "scenario" : s;
    }

    /** The candidate closest to a misspelt name (case-insensitive edit distance), or null if none is close. */
    public static String closest(String name, Collection<String> candidates) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int k = d.apply(name.toLowerCase(), c.toLowerCase());
            if (k < bestDistance) {
                bestDistance = k;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    public static String unknown(String what, String name, Collection<String> candidates) {
        String guess = closest(name, candidates);
        return "unknown " + what + " '" + name + "'" + (guess != null ? "; did you mean '" + guess + "'?" : "")
                + " (see docs/ODD.md for the list)";
    }
}
