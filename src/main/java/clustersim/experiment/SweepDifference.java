package clustersim.experiment;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between the sweep a folder holds (its sweep.json) and the sweep asked for, in the words of
 * the sweep file: "replications 4 → 5", "factor creditEnvironment levels [0.2, 0.8] → [0.2, 0.5, 0.8]",
 * "scenario parameter socialTrust 0.3 → 0.8". Paths of files are left out, as in the fingerprint.
 */
final class SweepDifference {
    private static final int SHOWN = 4;

    private SweepDifference() {
    }

    /** The changes, at most a few, then how many more; never empty when the fingerprints differ. */
    static String between(JsonObject before, Sweep now) {
        JsonObject after = new GsonBuilder().serializeNulls().serializeSpecialFloatingPointValues().create()
                .toJsonTree(now.resolved()).getAsJsonObject();
        List<String> changes = new ArrayList<>();
        compare("", before, after, changes);
        if (changes.isEmpty()) return "the design points differ (the design file changed)";
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(SHOWN, changes.size()); k++) b.append(k == 0 ? "" : "; ").append(changes.get(k));
        if (changes.size() > SHOWN) b.append("; and ").append(changes.size() - SHOWN).append(" more");
        return b.toString();
    }

    private static void compare(String path, JsonElement a, JsonElement b, List<String> out) {
        if (ignored(path)) return;
        if (a == null) a = JsonNull.INSTANCE;
        if (b == null) b = JsonNull.INSTANCE;
        if (a.isJsonObject() && b.isJsonObject()) {
            Set<String> keys = new LinkedHashSet<>(a.getAsJsonObject().keySet());
            keys.addAll(b.getAsJsonObject().keySet());
            for (String k : keys) compare(path.isEmpty() ? k : path + "." + k, a.getAsJsonObject().get(k), b.getAsJsonObject().get(k), out);
        } else if (path.equals("factors") && a.isJsonArray() && b.isJsonArray()) {
            compareFactors(a.getAsJsonArray(), b.getAsJsonArray(), out);
        } else if (a.isJsonArray() && b.isJsonArray() && objects(a.getAsJsonArray()) && objects(b.getAsJsonArray())
                && a.getAsJsonArray().size() == b.getAsJsonArray().size()) {
            for (int k = 0; k < a.getAsJsonArray().size(); k++) compare(path + "[" + (k + 1) + "]", a.getAsJsonArray().get(k), b.getAsJsonArray().get(k), out);
        } else if (!same(a, b)) {
            out.add(name(path) + " " + text(a) + " → " + text(b));
        }
    }

    private static void compareFactors(JsonArray a, JsonArray b, List<String> out) {
        Map<String, JsonObject> before = byName(a), after = byName(b);
        for (var e : before.entrySet()) {
            JsonObject other = after.get(e.getKey());
            if (other == null) {
                out.add("factor " + e.getKey() + " removed");
                continue;
            }
            for (String k : List.of("levels", "min", "max")) {
                if (!same(orNull(e.getValue().get(k)), orNull(other.get(k)))) {
                    out.add("factor " + e.getKey() + " " + k + " " + text(orNull(e.getValue().get(k))) + " → " + text(orNull(other.get(k))));
                }
            }
        }
        for (String k : after.keySet()) if (!before.containsKey(k)) out.add("factor " + k + " added");
        if (out.isEmpty() && !new ArrayList<>(before.keySet()).equals(new ArrayList<>(after.keySet()))) {
            out.add("factor order " + before.keySet() + " → " + after.keySet());
        }
    }

    private static Map<String, JsonObject> byName(JsonArray a) {
        Map<String, JsonObject> m = new java.util.LinkedHashMap<>();
        for (JsonElement e : a) m.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        return m;
    }

    private static JsonElement orNull(JsonElement e) {
        return e == null ? JsonNull.INSTANCE : e;
    }

    private static boolean objects(JsonArray a) {
        for (JsonElement e : a) if (!e.isJsonObject()) return false;
        return true;
    }

    /** Paths that are not part of the fingerprint (where the files are). */
    private static boolean ignored(String path) {
        return path.equals("sweep_file") || path.equals("design_file") || path.equals("base_scenario.source")
                || path.equals("runs"); // follows from points and replications
    }

    private static boolean same(JsonElement a, JsonElement b) {
        if (a.isJsonPrimitive() && b.isJsonPrimitive() && a.getAsJsonPrimitive().isNumber() && b.getAsJsonPrimitive().isNumber()) {
            return a.getAsDouble() == b.getAsDouble();
        }
        if (a.isJsonArray() && b.isJsonArray()) {
            JsonArray x = a.getAsJsonArray(), y = b.getAsJsonArray();
            if (x.size() != y.size()) return false;
            for (int k = 0; k < x.size(); k++) if (!same(x.get(k), y.get(k))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static String name(String path) {
        if (path.startsWith("base_scenario.parameters.")) return "scenario parameter " + path.substring("base_scenario.parameters.".length());
        if (path.startsWith("base_scenario.")) return "scenario " + path.substring("base_scenario.".length());
        if (path.startsWith("set.")) return "set " + path.substring(4);
        if (path.equals("points")) return "design points";
        return path.replace('.', ' ');
    }

    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) return "(none)";
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            String t = p.getAsString();
            return p.isNumber() && t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
        }
        if (e.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) parts.add(text(x));
            String s = "[" + String.join(", ", parts) + "]";
            return s.length() > 80 ? s.substring(0, 77) + "...]" : s;
        }
        String s = e.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
