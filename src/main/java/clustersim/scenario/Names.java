package clustersim.scenario;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt field names (scenario and sweep files). */
public final class Names {
    private Names() {
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
