package clustersim.experiment;

import clustersim.io.CsvFormat;
import clustersim.model.ClusterConfig;
import clustersim.model.Parameters;
import clustersim.scenario.Scenario;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated sweep: the base scenario (with the sweep's fixed overrides), the factors, the design
 * points, replications, master seed and outcomes. Immutable. Built by {@link SweepLoader}.
 *
 * <p>Ids are 1-based: point_id 1..points, replication 1..replications, and
 * run_id = (point_id - 1) * replications + replication.
 */
public final class Sweep {
    private final String name;
    private final String source;
    private final Scenario base;
    private final long masterSeed;
    private final RunSeeds.Seeding seeding;
    private final int replications;
    private final Design design;
    private final int samples;
    private final int levels;
    private final String designFile;
    private final List<Factor> factors;
    private final double[][] points;
    private final Outcomes outcomes;
    private final Map<String, Object> fixed;
    private final List<String> warnings;
    private final List<String> labels;
    private final String[][] labelValues;
    private final ClusterConfig baseConfig;
    private String fingerprint;

    Sweep(String name, String source, Scenario base, long masterSeed, RunSeeds.Seeding seeding, int replications,
          Design design, int samples, int levels, String designFile, List<Factor> factors, double[][] points, Outcomes outcomes,
          Map<String, Object> fixed, List<String> warnings, List<String> labels, String[][] labelValues) {
        this.name = name;
        this.source = source;
        this.base = base;
        this.masterSeed = masterSeed;
        this.seeding = seeding;
        this.replications = replications;
        this.design = design;
        this.samples = samples;
        this.levels = levels;
        this.designFile = designFile;
        this.factors = Collections.unmodifiableList(new ArrayList<>(factors));
        this.points = points;
        this.outcomes = outcomes;
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
        this.baseConfig = base.config();
        this.labels = List.copyOf(labels);
        this.labelValues = labelValues;
    }

    /** Names of the design file's label columns (not parameters, carried into runs.csv), in file order. */
    public List<String> labels() {
        return labels;
    }

    /** The label values of a point (1-based id). */
    String label(int pointId, int label) {
        return labelValues[pointId - 1][label];
    }

    public String name() { return name; }
    /** The sweep file. */
    public String source() { return source; }
    /** The base scenario with the sweep's {@code set} (and command-line overrides) applied. */
    public Scenario base() { return base; }
    public int steps() { return base.steps(); }
    public long masterSeed() { return masterSeed; }
    public RunSeeds.Seeding seeding() { return seeding; }
    public int replications() { return replications; }
    public Design design() { return design; }
    /** Points asked for by a sampling design, 0 otherwise. */
    public int samples() { return samples; }
    public String designFile() { return designFile; }
    public List<Factor> factors() { return factors; }
    public Outcomes outcomes() { return outcomes; }
    /** Parameters fixed by the sweep (set: and --set), name to value. */
    public Map<String, Object> fixed() { return fixed; }
    /** Things worth a look that are not errors (a factor that a policy event also changes, ...). */
    public List<String> warnings() { return warnings; }

    public int pointCount() { return points.length; }

    public long runCount() { return (long) points.length * replications; }

    /** The factor values of a point (1-based id), a copy. */
    public double[] point(int pointId) {
        return points[pointId - 1].clone();
    }

    double value(int pointId, int factor) {
        return points[pointId - 1][factor];
    }

    /** The model configuration of a design point: the base scenario with the point's factor values. */
    public ClusterConfig configAt(int pointId) {
        Parameters q = baseConfig.parameters();
        double[] x = points[pointId - 1];
        for (int j = 0; j < x.length; j++) q.set(factors.get(j).param, x[j]);
        return baseConfig.withParameters(q);
    }

    /** The seeds of all runs, indexed by run_id - 1. */
    public long[] seeds() {
        return RunSeeds.forDesign(masterSeed, points.length, replications, seeding);
    }

    /** The sweep as resolved, for sweep.json: everything a reader needs to know what was run. */
    public Map<String, Object> resolved() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("sweep_file", source);
        m.put("steps", steps());
        m.put("seed", masterSeed);
        m.put("seeding", seeding.name().toLowerCase(java.util.Locale.ROOT));
        m.put("replications", replications);
        m.put("design", design.key());
        if (design.isSampled()) m.put("samples", samples);
        if (design == Design.MORRIS) m.put("levels", levels);
        if (designFile != null) m.put("design_file", designFile);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Factor f : factors) fs.add(f.describe());
        m.put("factors", fs);
        if (!labels.isEmpty()) m.put("labels", labels);
        m.put("set", fixed);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("window", outcomes.window);
        o.put("metrics", outcomes.metrics());
        if (!outcomes.reporters().isEmpty()) {
            List<Map<String, Object>> rs = new ArrayList<>();
            for (Outcomes.Reporter r : outcomes.reporters()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("column", r.column());
                x.put("metric", r.metric());
                x.put("reporter", r.kind().key);
                if (r.kind() == Outcomes.Kind.FIRST_STEP_ABOVE) x.put("threshold", r.threshold());
                rs.add(x);
            }
            o.put("reporters", rs);
        }
        o.put("codebook", OutcomeCodebook.of(outcomes));
        m.put("outcomes", o);
        m.put("points", points.length);
        m.put("runs", runCount());
        m.put("base_scenario", baseScenario());
        return m;
    }

    private Map<String, Object> baseScenario() {
        Map<String, Object> r = new LinkedHashMap<>(base.resolved());
        r.remove("seed"); // runs take their seeds from the sweep's master seed, never from the scenario
        return r;
    }

    /**
     * A digest of everything that determines the rows of runs.csv: base scenario, fixed values, steps,
     * seeds, replications, factors, every design point and the outcomes. Shards of one sweep share it;
     * resume and merge refuse outputs whose fingerprint differs. File paths are left out, so a sweep moved
     * to another folder or machine keeps its fingerprint.
     */
    public String fingerprint() {
        if (fingerprint == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", SweepManifest.FORMAT);
            Map<String, Object> r = resolved();
            r.remove("sweep_file");
            r.remove("design_file");
            // units and meanings describe the columns; rewording them does not change a row
            @SuppressWarnings("unchecked")
            Map<String, Object> o = new LinkedHashMap<>((Map<String, Object>) r.get("outcomes"));
            o.remove("codebook");
            r.put("outcomes", o);
            @SuppressWarnings("unchecked")
            Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) r.get("base_scenario"));
            b.remove("source");
            r.put("base_scenario", b);
            m.put("sweep", r);
            StringBuilder pts = new StringBuilder();
            for (double[] p : points) {
                for (double v : p) pts.append(CsvFormat.number(v)).append(',');
                pts.append('\n');
            }
            if (!labels.isEmpty()) {
                for (String[] row : labelValues) pts.append(String.join(",", row)).append('\n');
            }
            m.put("points_sha256", sha256(pts.toString()));
            Gson gson = new GsonBuilder().serializeNulls().create();
            fingerprint = sha256(gson.toJson(m));
        }
        return fingerprint;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
