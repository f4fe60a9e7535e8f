package clustersim.experiment;

import clustersim.io.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sweep.json: what a sweep folder holds and where it came from: the sweep as resolved, its fingerprint,
 * the shard, program version and git commit, start and end times, and counts of runs ok and failed.
 * Written atomically (write-then-rename) when a sweep starts and when it ends; each start, resume or
 * merge adds an entry to {@code sessions}, so a folder filled by several processes says so.
 */
public final class SweepManifest {
    public static final String NAME = "sweep.json";
    /** Bump when the meaning of runs.csv or the seeds changes, so old and new outputs never mix. */
    public static final String FORMAT = "clustersim-sweep/1";

    private final Map<String, Object> data;

    private SweepManifest(Map<String, Object> data) {
        this.data = data;
    }

    /** A new manifest for a sweep about to run in a folder. */
    static SweepManifest start(Sweep sweep, Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("name", sweep.name());
        m.put("fingerprint", sweep.fingerprint());
        m.put("status", "running");
        m.put("shard", shard.isWhole() ? null : shard.toString());
        m.put("program", "clustersim");
        m.put("version", Provenance.version());
        m.put("git_commit", Provenance.gitCommit());
        m.put("started", null);
        m.put("finished", null);
        m.put("runs", new LinkedHashMap<String, Object>());
        m.put("sessions", new ArrayList<Object>());
        m.put("sweep", sweep.resolved());
        return new SweepManifest(m);
    }

    /** Reads DIR/sweep.json, or returns null if there is none. */
    public static SweepManifest read(Path dir) throws IOException, SweepStateException {
        Path f = dir.resolve(NAME);
        if (!Files.isRegularFile(f)) return null;
        try {
            Map<String, Object> m = gson().fromJson(Files.readString(f, StandardCharsets.UTF_8), new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
            if (m == null || !FORMAT.equals(m.get("format"))) {
                throw new SweepStateException(f + ": not a " + FORMAT + " manifest (format: " + (m == null ? "none" : m.get("format")) + ")");
            }
            return new SweepManifest(m);
        } catch (com.google.gson.JsonParseException e) {
            throw new SweepStateException(f + ": unreadable (" + e.getMessage() + ")");
        }
    }

    public void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(NAME), gson().toJson(data) + "\n");
    }

    private static Gson gson() {
        return new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();
    }

    public String fingerprint() { return (String) data.get("fingerprint"); }
    public String name() { return (String) data.get("name"); }
    public String status() { return (String) data.get("status"); }
    /** "I/N", or null for a whole sweep. */
    public String shard() { return (String) data.get("shard"); }
    public String gitCommit() { return (String) data.get("git_commit"); }

    /** The resolved sweep ({@link Sweep#resolved()}) as JSON. */
    public JsonObject sweep() {
        return gson().toJsonTree(data.get("sweep")).getAsJsonObject();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> runs() {
        return (Map<String, Object>) data.get("runs");
    }

    @SuppressWarnings("unchecked")
    List<Object> sessions() {
        Object s = data.get("sessions");
        if (!(s instanceof List)) {
            s = new ArrayList<Object>();
            data.put("sessions", s);
        }
        return (List<Object>) s;
    }

    void put(String key, Object value) {
        data.put(key, value);
    }

    Object get(String key) {
        return data.get(key);
    }

    // --- readers of the resolved sweep, for reports and merges that have no sweep file ---

    public String design() {
        return sweep().get("design").getAsString();
    }

    public int replications() {
        return sweep().get("replications").getAsInt();
    }

    public long designRuns() {
        return sweep().get("runs").getAsLong();
    }

    public int window() {
        return sweep().getAsJsonObject("outcomes").get("window").getAsInt();
    }

    public List<String> factorNames() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : sweep().getAsJsonArray("factors")) out.add(e.getAsJsonObject().get("name").getAsString());
        return out;
    }

    /** Label columns of a design file (after the factors in runs.csv), none for most sweeps. */
    public List<String> labelNames() {
        List<String> out = new ArrayList<>();
        JsonArray a = sweep().getAsJsonArray("labels");
        if (a != null) for (JsonElement e : a) out.add(e.getAsString());
        return out;
    }

    /** Grid levels of each factor (null for sampled factors). */
    public List<double[]> factorLevels() {
        List<double[]> out = new ArrayList<>();
        for (JsonElement e : sweep().getAsJsonArray("factors")) {
            JsonArray a = e.getAsJsonObject().getAsJsonArray("levels");
            if (a == null) {
                out.add(null);
            } else {
                double[] v = new double[a.size()];
                for (int k = 0; k < v.length; k++) v[k] = a.get(k).getAsDouble();
                out.add(v);
            }
        }
        return out;
    }

    public List<String> metrics() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : sweep().getAsJsonObject("outcomes").getAsJsonArray("metrics")) out.add(e.getAsString());
        return out;
    }

    /** runs.csv's outcome columns: the window means, then each reporter's column (as Outcomes.columns). */
    public List<String> outcomeColumns() {
        List<String> out = metrics();
        JsonArray reporters = sweep().getAsJsonObject("outcomes").getAsJsonArray("reporters");
        if (reporters != null) for (JsonElement e : reporters) out.add(e.getAsJsonObject().get("column").getAsString());
        return out;
    }

    /** For tests and tools: the raw JSON. */
    public JsonObject json() {
        return JsonParser.parseString(gson().toJson(data)).getAsJsonObject();
    }
}
