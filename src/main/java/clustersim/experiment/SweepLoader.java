package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.io.TextFiles;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.model.PolicyEvent;
import clustersim.scenario.Names;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import clustersim.scenario.YamlDocument;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a sweep file (docs/SWEEPS.md):
 * <pre>
 * name: credit-x-ip
 * scenario: ../pearl-river-delta.yaml      # relative to this file; default: the baseline
 * steps: 600
 * seed: 20261127                           # master seed
 * seeding: independent                     # or common (common random numbers across points)
 * replications: 10
 * design: grid                             # grid | random | lhs | sobol | saltelli | morris | file
 * samples: 200                             # random / lhs / sobol points; saltelli N; morris trajectories
 * levels: 4                                # morris: grid levels per factor (even)
 * designFile: points.csv                   # file: one column per factor, one row per point
 * factors:
 *   creditEnvironment: {from: 0.0, to: 1.0, step: 0.1}
 *   ipProtection: [0.1, 0.5, 0.9]
 * set: {initialFirms: 300}
 * outcomes: {window: 100, metrics: [division_of_labor, va_to_sales]}
 * </pre>
 * Every error names the file, the line and the field, and says what is allowed.
 */
public final class SweepLoader {
    static final List<String> KEYS = List.of("name", "description", "scenario", "steps", "seed", "seeding", "replications",
            "design", "samples", "levels", "designFile", "factors", "set", "outcomes");
    /**
     * More runs than this is surely a mistake (a grid step too fine, a zero too many): a million runs of the
     * baseline take about a week on 32 cores, and a sweep's seeds, plan and runs.csv then still fit in a
     * small heap. A design can have no more points than runs.
     */
    static final long MAX_RUNS = 1_000_000;
    static final long MAX_POINTS = MAX_RUNS;
    static final long MAX_REPLICATIONS = MAX_RUNS;
    /** A design file of MAX_POINTS rows of a few factors is well under this. */
    static final long MAX_DESIGN_FILE_BYTES = 64L << 20;
    static final String REPORTERS_EXAMPLE = "division_of_labor: [final, max, {first_step_above: 0.5}]";

    /** Changes asked for on the command line, applied after the file (and checked like it). */
    public static final class Overrides {
        public List<String> set = new ArrayList<>();
        public Integer replications;
    }

    private SweepLoader() {
    }

    public static Sweep load(Path file) throws ScenarioException {
        return load(file, new Overrides());
    }

    public static Sweep load(Path file, Overrides overrides) throws ScenarioException {
        YamlDocument doc = YamlDocument.read(file);
        return new Reading(doc, file, overrides).sweep();
    }

    /** The state of reading one file. */
    private static final class Reading {
        final YamlDocument doc;
        final String src;
        final Path file;
        final Path folder;
        final Overrides overrides;
        final List<String> warnings = new ArrayList<>();

        Reading(YamlDocument doc, Path file, Overrides overrides) {
            this.doc = doc;
            this.src = doc.source();
            this.file = file;
            this.folder = file.toAbsolutePath().getParent();
            this.overrides = overrides;
        }

        ScenarioException error(Node n, String field, String problem) {
            return new ScenarioException(src, n == null ? 0 : YamlDocument.line(n), field, problem);
        }

        Sweep sweep() throws ScenarioException {
            Map<String, NodeTuple> top = doc.mapping(doc.root(), null);
            for (Map.Entry<String, NodeTuple> e : top.entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    String guess = suggest(e.getKey(), KEYS);
                    String hint = Param.byName(e.getKey()) != null
                            ? "; to fix a parameter put it under 'set:', to vary it under 'factors:'"
                            : guess != null ? "; did you mean '" + guess + "'?" : "";
                    throw error(e.getValue().getKeyNode(), e.getKey(),
                            "unknown sweep field '" + e.getKey() + "'" + hint + " (allowed: " + String.join(", ", KEYS) + ")");
                }
            }
            String name = top.containsKey("name") ? doc.text(value(top, "name"), "name")
                    : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            String unsafe = Names.unsafeFileName(name);
            if (unsafe != null) throw error(top.containsKey("name") ? value(top, "name") : null, "name", unsafe);

            Scenario base = scenario(top);
            Map<String, Object> fixed = new LinkedHashMap<>();
            Set<Param> fixedParams = new LinkedHashSet<>();
            if (top.containsKey("steps")) {
                base = set(base, Param.STEPS, value(top, "steps"), "steps");
                fixedParams.add(Param.STEPS);
            }
            if (top.containsKey("set")) {
                for (Map.Entry<String, NodeTuple> e : doc.mapping(value(top, "set"), "set").entrySet()) {
                    String field = "set." + e.getKey();
                    Param p = param(e.getValue().getKeyNode(), e.getKey(), field);
                    if (p == Param.STEPS && fixedParams.contains(p)) {
                        throw error(e.getValue().getKeyNode(), field, "steps is given twice, at the top and under set: keep one");
                    }
                    base = set(base, p, e.getValue().getValueNode(), field);
                    fixedParams.add(p);
                }
            }

            long seed = top.containsKey("seed") ? doc.integer(value(top, "seed"), "seed") : Scenario.DEFAULT_SEED;
            RunSeeds.Seeding seeding = RunSeeds.Seeding.INDEPENDENT;
            if (top.containsKey("seeding")) {
                String s = doc.text(value(top, "seeding"), "seeding");
                if (s.equals("common")) seeding = RunSeeds.Seeding.COMMON;
                else if (!s.equals("independent")) throw error(value(top, "seeding"), "seeding", "'" + s + "' is not allowed: use independent or common");
            }
            int replications = 1;
            if (top.containsKey("replications")) {
                long r = doc.integer(value(top, "replications"), "replications");
                if (r < 1 || r > MAX_REPLICATIONS) throw error(value(top, "replications"), "replications", "must be a whole number in [1, " + MAX_REPLICATIONS + "], got " + r);
                replications = (int) r;
            }
            if (overrides.replications != null) {
                if (overrides.replications < 1 || overrides.replications > MAX_REPLICATIONS) {
                    throw new ScenarioException("--replications", 0, "replications",
                            "must be a whole number in [1, " + MAX_REPLICATIONS + "], got " + overrides.replications);
                }
                replications = overrides.replications;
            }

            Design design = Design.GRID;
            if (top.containsKey("design")) {
                String d = doc.text(value(top, "design"), "design");
                design = Design.byKey(d);
                if (design == null) {
                    List<String> keys = new ArrayList<>();
                    for (Design x : Design.values()) keys.add(x.key());
                    String guess = Names.closest(d, keys);
                    throw error(value(top, "design"), "design", "unknown design '" + d + "'"
                            + (guess != null ? "; did you mean '" + guess + "'?" : "") + " (allowed: " + String.join(", ", keys) + ")");
                }
            }
            int samples = 0;
            if (design.isSampled()) {
                if (!top.containsKey("samples")) {
                    throw error(doc.root(), "samples", "missing: a " + design.key() + " design needs 'samples:', the number of design points"
                            + (design == Design.SOBOL ? " (a power of 2 balances a Sobol' design best)" : ""));
                }
                long n = doc.integer(value(top, "samples"), "samples");
                if (n < 1 || n > MAX_POINTS) throw error(value(top, "samples"), "samples", "must be a whole number in [1, " + MAX_POINTS + "], got " + n);
                if (design == Design.MORRIS && n < 2) throw error(value(top, "samples"), "samples", "a morris design needs at least 2 trajectories to estimate sigma, got " + n);
                samples = (int) n;
            } else if (top.containsKey("samples")) {
                throw error(top.get("samples").getKeyNode(), "samples", "only random, lhs, sobol, saltelli and morris designs take samples; a " + design.key()
                        + " design has " + (design == Design.GRID ? "one point per combination of levels" : "one point per row of designFile"));
            }
            int levels = 0;
            if (design == Design.MORRIS) {
                levels = 4;
                if (top.containsKey("levels")) {
                    long p = doc.integer(value(top, "levels"), "levels");
                    if (p < 2 || p > 1000 || p % 2 != 0) {
                        throw error(value(top, "levels"), "levels", "must be an even whole number in [2, 1000] (Morris's p; 4 is usual), got " + p);
                    }
                    levels = (int) p;
                }
            } else if (top.containsKey("levels")) {
                throw error(top.get("levels").getKeyNode(), "levels", "only a morris design takes levels (its grid of p levels per factor); a " + design.key()
                        + " design " + (design == Design.GRID ? "lists its levels under each factor" : "has none"));
            }
            if (design != Design.FILE && top.containsKey("designFile")) {
                throw error(top.get("designFile").getKeyNode(), "designFile", "only a 'design: file' sweep reads a designFile (this one is " + design.key() + ")");
            }

            // command-line overrides of the base scenario come after the file's
            if (!overrides.set.isEmpty()) {
                base = base.withOverrides(overrides.set, "--set");
                for (String a : overrides.set) {
                    Param p = Param.byName(a.substring(0, a.indexOf('=')).trim());
                    fixedParams.add(p);
                }
            }
            for (Param p : fixedParams) fixed.put(p.key, p.isInteger() ? (Object) (long) base.get(p) : (Object) base.get(p));

            List<Factor> factors;
            double[][] points;
            String designFile = null;
            List<String> labels = List.of();
            String[][] labelValues = null;
            String labelSource = null;
            if (design == Design.FILE) {
                if (!top.containsKey("designFile")) throw error(doc.root(), "designFile", "missing: a file design needs 'designFile:', a CSV with one column per factor and one row per point");
                designFile = doc.text(value(top, "designFile"), "designFile");
                List<Param> wanted = top.containsKey("factors") ? factorNames(value(top, "factors")) : null;
                DesignTable t = readDesignFile(value(top, "designFile"), designFile, wanted);
                factors = t.factors;
                points = t.points;
                labels = t.labels;
                labelValues = t.labelValues;
                labelSource = t.source;
            } else {
                if (!top.containsKey("factors")) throw error(doc.root(), "factors", "missing: a sweep needs at least one factor to vary");
                factors = factors(value(top, "factors"), design);
                if (design == Design.GRID) {
                    long n = 1;
                    boolean exact = true;
                    for (Factor f : factors) {
                        if (n > MAX_POINTS) exact = false; // stop before the product could overflow
                        else n *= f.levelCount();
                    }
                    if (n > MAX_POINTS || n * replications > MAX_RUNS) {
                        String size = !exact ? "more than " + MAX_POINTS + " points"
                                : n + " points x " + replications + " replications = " + java.math.BigInteger.valueOf(n)
                                        .multiply(java.math.BigInteger.valueOf(replications)) + " runs";
                        throw error(value(top, "factors"), "factors", "the grid has " + size + "; at most " + MAX_RUNS
                                + " runs are allowed (a step too fine?)");
                    }
                    points = Design.grid(factors);
                } else {
                    if (design == Design.SOBOL && factors.size() > Design.SOBOL_MAX_DIMENSION) {
                        throw error(value(top, "factors"), "factors", "a Sobol' design takes at most " + Design.SOBOL_MAX_DIMENSION + " factors");
                    }
                    long n = Design.points(design, samples, factors.size());
                    if (n > MAX_POINTS) {
                        throw error(value(top, "samples"), "samples", "a " + design.key() + " design of " + samples + " has " + n + " points; at most " + MAX_POINTS + " are allowed");
                    }
                    if (design == Design.SALTELLI && 2 * factors.size() > Design.SOBOL_MAX_DIMENSION) {
                        throw error(value(top, "factors"), "factors", "a saltelli design takes at most " + Design.SOBOL_MAX_DIMENSION / 2 + " factors");
                    }
                    points = design == Design.SALTELLI ? Design.saltelli(factors, samples)
                            : design == Design.MORRIS ? Design.morris(factors, samples, levels, seed)
                            : Design.sample(design, factors, samples, seed);
                }
            }
            for (Factor f : factors) {
                if (fixedParams.contains(f.param)) {
                    String where = overrides.set.stream().anyMatch(a -> a.trim().startsWith(f.param.key + "=")) ? "--set" : "set";
                    throw error(top.containsKey("factors") ? value(top, "factors") : null, "factors." + f.param.key,
                            f.param.key + " is both a factor and fixed by '" + where + "': vary it or fix it, not both");
                }
                if (f.param == Param.STEPS) {
                    throw error(value(top, "factors"), "factors.steps", "steps cannot be a factor: outcomes are means over the last window steps of runs of one length; sweep it with one sweep per length");
                }
            }
            if ((long) points.length * replications > MAX_RUNS) {
                throw error(doc.root(), "replications", points.length + " points x " + replications + " replications = "
                        + (long) points.length * replications + " runs; at most " + MAX_RUNS + " are allowed");
            }

            Outcomes outcomes = outcomes(top, base);
            base.checkEvents(base.steps());
            for (PolicyEvent e : base.events()) {
                for (Factor f : factors) {
                    if (e.changes.containsKey(f.param)) {
                        warnings.add("factor " + f.param.key + " is also set by a policy event of the base scenario at step " + e.step
                                + ": the factor's value holds until then");
                    }
                }
            }
            if ((design == Design.SOBOL || design == Design.SALTELLI) && Integer.bitCount(samples) != 1) {
                warnings.add("samples = " + samples + " is not a power of 2: a Sobol' design is best balanced with 2^k points");
            }
            for (String l : labels) {
                if (outcomes.columns().contains(l) || List.of("run_id", "point_id", "replication", "seed").contains(l)) {
                    throw new ScenarioException(labelSource, 1, l, "label column " + l + " has the name of a runs.csv column; rename it");
                }
            }
            return new Sweep(name, src, base, seed, seeding, replications, design, samples, levels, designFile, factors, points, outcomes, fixed, warnings,
                    labels, labelValues);
        }

        Node value(Map<String, NodeTuple> top, String key) {
            return top.get(key).getValueNode();
        }

        Scenario scenario(Map<String, NodeTuple> top) throws ScenarioException {
            if (!top.containsKey("scenario")) return Scenario.defaults();
            Node n = value(top, "scenario");
            String rel = doc.text(n, "scenario");
            Path p = folder.resolve(rel).normalize();
            if (!Files.isRegularFile(p)) {
                throw error(n, "scenario", "no such scenario file '" + rel + "' (looked for " + p + "; the path is relative to the sweep file)");
            }
            return ScenarioLoader.load(relativeToWorkingDirectory(p));
        }

        Scenario set(Scenario s, Param p, Node v, String field) throws ScenarioException {
            double x = p.isInteger() ? doc.integer(v, field) : doc.number(v, field);
            if (!p.allows(x)) throw error(v, field, "value " + Param.fmt(x) + " is out of range: " + p.key + " must be " + p.rangeText() + " (" + p.unit + ")");
            return s.with(p, x);
        }

        Param param(Node keyNode, String key, String field) throws ScenarioException {
            Param p = Param.byName(key);
            if (p == null) throw error(keyNode, field, Names.unknown("parameter", key, Param.names()));
            return p;
        }

        List<Factor> factors(Node n, Design design) throws ScenarioException {
            Map<String, NodeTuple> m = doc.mapping(n, "factors");
            if (m.isEmpty()) throw error(n, "factors", "empty: a sweep needs at least one factor to vary");
            List<Factor> out = new ArrayList<>();
            for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
                String field = "factors." + e.getKey();
                Param p = param(e.getValue().getKeyNode(), e.getKey(), field);
                Node v = e.getValue().getValueNode();
                out.add(design == Design.GRID ? gridFactor(p, v, field) : rangeFactor(p, v, field, design));
            }
            return out;
        }

        Factor gridFactor(Param p, Node v, String field) throws ScenarioException {
            String allowed = "a grid factor is a list of values, e.g. [0.1, 0.5, 0.9], or a range {from: 0.0, to: 1.0, step: 0.1}";
            if (v instanceof SequenceNode) {
                List<Node> items = doc.sequence(v, field);
                if (items.isEmpty()) throw error(v, field, "empty list: " + allowed);
                double[] levels = new double[items.size()];
                Set<Double> seen = new LinkedHashSet<>();
                for (int k = 0; k < items.size(); k++) {
                    levels[k] = level(p, items.get(k), field + "[" + k + "]");
                    if (!seen.add(levels[k])) throw error(items.get(k), field + "[" + k + "]", "value " + Param.fmt(levels[k]) + " appears twice");
                }
                return Factor.levels(p, levels);
            }
            if (!(v instanceof org.yaml.snakeyaml.nodes.MappingNode)) throw error(v, field, "got " + YamlDocument.describe(v) + ": " + allowed
                    + " (a single fixed value belongs under 'set:')");
            Map<String, NodeTuple> m = doc.mapping(v, field);
            for (String k : m.keySet()) {
                if (!List.of("from", "to", "step").contains(k)) {
                    String hint = (k.equals("min") || k.equals("max")) ? "; min/max ranges are for random, lhs, sobol, saltelli and morris designs" : "";
                    throw error(m.get(k).getKeyNode(), field + "." + k, "unknown key '" + k + "'" + hint + ": " + allowed);
                }
            }
            for (String k : List.of("from", "to", "step")) {
                if (!m.containsKey(k)) throw error(v, field + "." + k, "missing: " + allowed);
            }
            BigDecimal from = decimal(m.get("from").getValueNode(), field + ".from");
            BigDecimal to = decimal(m.get("to").getValueNode(), field + ".to");
            BigDecimal step = decimal(m.get("step").getValueNode(), field + ".step");
            if (step.signum() <= 0) throw error(m.get("step").getValueNode(), field + ".step", "must be greater than 0");
            if (to.compareTo(from) < 0) throw error(m.get("to").getValueNode(), field + ".to", "must be at least from (" + from.toPlainString() + ")");
            rangeCheck(p, from.doubleValue(), to.doubleValue(), v, field);
            BigDecimal count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            if (count.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
                throw error(v, field, "from " + from.toPlainString() + " to " + to.toPlainString() + " by " + step.toPlainString()
                        + " gives " + count + " levels; at most " + MAX_POINTS + " are allowed");
            }
            double[] levels = new double[count.intValue()];
            for (int k = 0; k < levels.length; k++) {
                // decimal arithmetic, so that 0.1 * 3 is written 0.3 and not 0.30000000000000004
                levels[k] = from.add(step.multiply(BigDecimal.valueOf(k))).doubleValue();
                if (p.isInteger() && levels[k] != Math.rint(levels[k])) {
                    throw error(v, field, p.key + " takes whole numbers only; level " + levels[k] + " is not");
                }
            }
            return Factor.levels(p, levels);
        }

        Factor rangeFactor(Param p, Node v, String field, Design design) throws ScenarioException {
            String allowed = "a " + design.key() + " factor is a range {min: 0.0, max: 1.0}";
            if (!(v instanceof org.yaml.snakeyaml.nodes.MappingNode)) throw error(v, field, "got " + YamlDocument.describe(v) + ": " + allowed);
            Map<String, NodeTuple> m = doc.mapping(v, field);
            for (String k : m.keySet()) {
                if (!List.of("min", "max").contains(k)) {
                    String hint = List.of("from", "to", "step").contains(k) ? "; from/to/step ranges are for grid designs" : "";
                    throw error(m.get(k).getKeyNode(), field + "." + k, "unknown key '" + k + "'" + hint + ": " + allowed);
                }
            }
            for (String k : List.of("min", "max")) if (!m.containsKey(k)) throw error(v, field + "." + k, "missing: " + allowed);
            double min = p.isInteger() ? doc.integer(m.get("min").getValueNode(), field + ".min") : doc.number(m.get("min").getValueNode(), field + ".min");
            double max = p.isInteger() ? doc.integer(m.get("max").getValueNode(), field + ".max") : doc.number(m.get("max").getValueNode(), field + ".max");
            if (!(max > min)) throw error(m.get("max").getValueNode(), field + ".max", "must be greater than min (" + Param.fmt(min) + ")");
            rangeCheck(p, min, max, v, field);
            return Factor.range(p, min, max);
        }

        void rangeCheck(Param p, double lo, double hi, Node v, String field) throws ScenarioException {
            if (!p.allows(lo) || !p.allows(hi)) {
                throw error(v, field, "range [" + Param.fmt(lo) + ", " + Param.fmt(hi) + "] is outside what " + p.key
                        + " allows: " + p.rangeText() + " (" + p.unit + ")");
            }
        }

        double level(Param p, Node n, String field) throws ScenarioException {
            double x = p.isInteger() ? doc.integer(n, field) : doc.number(n, field);
            if (!p.allows(x)) throw error(n, field, "value " + Param.fmt(x) + " is out of range: " + p.key + " must be " + p.rangeText() + " (" + p.unit + ")");
            return x;
        }

        BigDecimal decimal(Node n, String field) throws ScenarioException {
            double x = doc.number(n, field);
            try {
                return new BigDecimal(((ScalarNode) n).getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                return BigDecimal.valueOf(x);
            }
        }

        List<Param> factorNames(Node n) throws ScenarioException {
            String allowed = "for a file design, factors (optional) is a list of the designFile columns to use, e.g. [creditEnvironment, ipProtection]";
            if (!(n instanceof SequenceNode)) throw error(n, "factors", "got " + YamlDocument.describe(n) + ": " + allowed);
            List<Param> out = new ArrayList<>();
            List<Node> items = doc.sequence(n, "factors");
            if (items.isEmpty()) throw error(n, "factors", "empty: " + allowed);
            for (int k = 0; k < items.size(); k++) {
                String key = doc.text(items.get(k), "factors[" + k + "]");
                Param p = param(items.get(k), key, "factors[" + k + "]");
                if (out.contains(p)) throw error(items.get(k), "factors[" + k + "]", key + " appears twice");
                out.add(p);
            }
            return out;
        }

        /** Factors and points of a design file. */
        final class DesignTable {
            List<Factor> factors;
            double[][] points;
            /** Columns that are not factors (an EMA Workbench policy), carried into runs.csv. */
            List<String> labels;
            String[][] labelValues;
            String source;
        }

        DesignTable readDesignFile(Node at, String rel, List<Param> wanted) throws ScenarioException {
            Path p = folder.resolve(rel).normalize();
            if (!Files.isRegularFile(p)) throw error(at, "designFile", "no such file '" + rel + "' (looked for " + p + "; the path is relative to the sweep file)");
            String dsrc = relativeToWorkingDirectory(p).toString();
            // blank lines are skipped, as pandas and R do (a spreadsheet's export often ends with one); duplicate
            // header names are checked below rather than left to the parser, which would keep the last column
            CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .setCommentMarker('#').setIgnoreEmptyLines(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
            String content;
            try {
                // bounded, UTF-8 only, a spreadsheet's byte-order mark dropped (io.TextFiles)
                content = TextFiles.readUtf8(p, MAX_DESIGN_FILE_BYTES);
            } catch (TextFiles.Unreadable e) {
                throw new ScenarioException(dsrc, 0, null, e.getMessage());
            }
            // blank lines at the end (editors and spreadsheets add them) are no rows; one between rows still is an error
            content = content.replaceFirst("(\\r?\\n)\\s*$", "$1");
            try (Reader r = new java.io.StringReader(content); CSVParser csv = CSVParser.parse(r, fmt)) {
                List<String> header = new ArrayList<>(csv.getHeaderNames());
                if (header.isEmpty()) throw new ScenarioException(dsrc, 1, null, "no header row: the first row must name the factors (parameter names)");
                for (int c = 0; c < header.size(); c++) {
                    if (header.indexOf(header.get(c)) != c) {
                        throw new ScenarioException(dsrc, 1, header.get(c), "column " + header.get(c) + " appears twice (columns " + (header.indexOf(header.get(c)) + 1)
                                + " and " + (c + 1) + "): R and pandas would read the first, so which one is meant is unclear; keep one");
                    }
                }
                List<Param> params = new ArrayList<>();
                List<Integer> columns = new ArrayList<>();
                if (wanted != null) {
                    List<String> missing = new ArrayList<>();
                    for (Param q : wanted) {
                        int c = header.indexOf(q.key);
                        if (c < 0) missing.add(q.key);
                        params.add(q);
                        columns.add(c);
                    }
                    if (!missing.isEmpty()) {
                        throw new ScenarioException(dsrc, 1, String.join(", ", missing), "missing column" + (missing.size() > 1 ? "s" : "")
                                + " " + String.join(", ", missing) + " (the sweep's factors); the file has: " + String.join(", ", header));
                    }
                } else {
                    for (int c = 0; c < header.size(); c++) {
                        String h = header.get(c);
                        Param q = Param.byName(h);
                        if (q == null) {
                            throw new ScenarioException(dsrc, 1, h, Names.unknown("parameter (column)", h, Param.names())
                                    + "; to use only some columns, list them under 'factors:' in the sweep file");
                        }
                        params.add(q);
                        columns.add(c);
                    }
                }
                List<Integer> labelColumns = new ArrayList<>();
                List<String> labelNames = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    if (columns.contains(c)) continue;
                    if (!header.get(c).matches("[A-Za-z0-9_.-]+")) {
                        throw new ScenarioException(dsrc, 1, header.get(c), "column '" + header.get(c) + "' is carried into runs.csv as a label: "
                                + "name it with letters, digits, '_', '.' and '-' only");
                    }
                    labelColumns.add(c);
                    labelNames.add(header.get(c));
                }
                List<String[]> labelRows = new ArrayList<>();
                List<double[]> rows = new ArrayList<>();
                for (CSVRecord rec : csv) {
                    int line = (int) rec.getRecordNumber() + 1;
                    if (rec.size() != header.size()) {
                        throw new ScenarioException(dsrc, line, null, "the row has " + rec.size() + " fields, the header " + header.size()
                                + ": every row needs one value per column (a stray comma, or a column without a name?)");
                    }
                    double[] x = new double[params.size()];
                    for (int j = 0; j < params.size(); j++) {
                        Param q = params.get(j);
                        int c = columns.get(j);
                        String text = c < rec.size() ? rec.get(c).trim() : "";
                        double v;
                        try {
                            v = Double.parseDouble(text);
                        } catch (NumberFormatException e) {
                            throw new ScenarioException(dsrc, line, q.key, "expected a number, got '" + text + "'");
                        }
                        if (!q.allows(v)) throw new ScenarioException(dsrc, line, q.key, "value " + text + " is out of range: " + q.key + " must be " + q.rangeText() + " (" + q.unit + ")");
                        x[j] = v;
                    }
                    String[] lv = new String[labelColumns.size()];
                    for (int l = 0; l < lv.length; l++) {
                        lv[l] = rec.get(labelColumns.get(l)).trim();
                        if (lv[l].matches(".*[,\"\r\n].*")) {
                            throw new ScenarioException(dsrc, line, labelNames.get(l), "label '" + lv[l] + "' is copied into runs.csv unquoted: "
                                    + "no commas, quotes or line breaks");
                        }
                    }
                    labelRows.add(lv);
                    rows.add(x);
                    if (rows.size() > MAX_POINTS) throw new ScenarioException(dsrc, line, null, "more than " + MAX_POINTS + " points");
                }
                if (rows.isEmpty()) throw new ScenarioException(dsrc, 2, null, "no design points: the file has a header but no rows");
                DesignTable t = new DesignTable();
                t.points = rows.toArray(new double[0][]);
                t.labels = labelNames;
                t.labelValues = labelRows.toArray(new String[0][]);
                t.source = dsrc;
                t.factors = new ArrayList<>();
                for (int j = 0; j < params.size(); j++) {
                    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                    for (double[] row : t.points) {
                        lo = Math.min(lo, row[j]);
                        hi = Math.max(hi, row[j]);
                    }
                    t.factors.add(Factor.range(params.get(j), lo, hi));
                }
                return t;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new ScenarioException(dsrc, 0, null, "cannot read the design file: " + e.getMessage());
            }
        }

        Outcomes outcomes(Map<String, NodeTuple> top, Scenario base) throws ScenarioException {
            String allowed = "outcomes is a map {window: 100, metrics: [division_of_labor, va_to_sales]}";
            if (!top.containsKey("outcomes")) throw error(doc.root(), "outcomes", "missing: " + allowed);
            Node n = value(top, "outcomes");
            Map<String, NodeTuple> m = doc.mapping(n, "outcomes");
            for (String k : m.keySet()) {
                if (!List.of("window", "metrics", "reporters").contains(k)) {
                    throw error(m.get(k).getKeyNode(), "outcomes." + k, "unknown key '" + k + "': " + allowed + ", optionally with reporters: {"
                            + REPORTERS_EXAMPLE + "}");
                }
            }
            if (!m.containsKey("metrics")) throw error(n, "outcomes.metrics", "missing: " + allowed);
            int steps = base.steps();
            int window = Math.min(100, steps);
            if (m.containsKey("window")) {
                Node w = m.get("window").getValueNode();
                long x = doc.integer(w, "outcomes.window");
                if (x < 1 || x > steps) {
                    throw error(w, "outcomes.window", "window " + x + " must be a whole number in [1, " + steps + "], the run length (steps)");
                }
                window = (int) x;
            }
            List<String> columns = Arrays.asList(ClusterMetrics.of(new ClusterModel(1, base.config())).columns());
            List<String> metrics = new ArrayList<>();
            Node mn = m.get("metrics").getValueNode();
            List<Node> items = doc.sequence(mn, "outcomes.metrics");
            if (items.isEmpty()) throw error(mn, "outcomes.metrics", "empty: name at least one metric");
            for (int k = 0; k < items.size(); k++) {
                String field = "outcomes.metrics[" + k + "]";
                String c = doc.text(items.get(k), field);
                if (!columns.contains(c) || c.equals("step")) {
                    String guess = suggest(c, columns);
                    throw error(items.get(k), field, "unknown metric '" + c + "'" + (guess != null ? "; did you mean '" + guess + "'?" : "")
                            + " (allowed: the timeseries.csv columns: " + String.join(", ", columns.subList(1, columns.size())) + ")");
                }
                if (metrics.contains(c)) throw error(items.get(k), field, "metric '" + c + "' appears twice");
                metrics.add(c);
            }
            List<Outcomes.Reporter> reporters = new ArrayList<>();
            if (m.containsKey("reporters")) {
                Node rn = m.get("reporters").getValueNode();
                String rAllowed = "reporters is a map from a metric to a list of final, max, min and {first_step_above: X}, e.g. {" + REPORTERS_EXAMPLE + "}";
                if (!(rn instanceof org.yaml.snakeyaml.nodes.MappingNode)) throw error(rn, "outcomes.reporters", "got " + YamlDocument.describe(rn) + ": " + rAllowed);
                Set<String> seen = new LinkedHashSet<>(metrics);
                for (Map.Entry<String, NodeTuple> e : doc.mapping(rn, "outcomes.reporters").entrySet()) {
                    String metric = e.getKey();
                    String field = "outcomes.reporters." + metric;
                    if (!columns.contains(metric) || metric.equals("step")) {
                        String guess = suggest(metric, columns);
                        throw error(e.getValue().getKeyNode(), field, "unknown metric '" + metric + "'" + (guess != null ? "; did you mean '" + guess + "'?" : "")
                                + " (allowed: the timeseries.csv columns)");
                    }
                    Node ln = e.getValue().getValueNode();
                    if (!(ln instanceof SequenceNode)) throw error(ln, field, "got " + YamlDocument.describe(ln) + ": " + rAllowed);
                    List<Node> items2 = doc.sequence(ln, field);
                    if (items2.isEmpty()) throw error(ln, field, "empty: " + rAllowed);
                    for (int k = 0; k < items2.size(); k++) {
                        Node it = items2.get(k);
                        String f = field + "[" + k + "]";
                        Outcomes.Reporter r;
                        if (it instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                            Map<String, NodeTuple> one = doc.mapping(it, f);
                            if (one.size() != 1 || !one.containsKey("first_step_above")) {
                                throw error(it, f, "a reporter with a value is {first_step_above: X}; " + rAllowed);
                            }
                            double x = doc.number(one.get("first_step_above").getValueNode(), f + ".first_step_above");
                            r = new Outcomes.Reporter(metric, Outcomes.Kind.FIRST_STEP_ABOVE, x);
                        } else {
                            String key = doc.text(it, f);
                            Outcomes.Kind kind = Outcomes.Kind.byKey(key);
                            if (kind == Outcomes.Kind.FIRST_STEP_ABOVE) throw error(it, f, "first_step_above needs its threshold: {first_step_above: X}");
                            if (kind == null) {
                                String guess = suggest(key, List.of("final", "max", "min", "first_step_above"));
                                throw error(it, f, "unknown reporter '" + key + "'" + (guess != null ? "; did you mean '" + guess + "'?" : "") + ": " + rAllowed);
                            }
                            r = new Outcomes.Reporter(metric, kind, Double.NaN);
                        }
                        if (!seen.add(r.column())) throw error(it, f, "reporter " + r.column() + " appears twice (or clashes with a metric's name)");
                        reporters.add(r);
                    }
                }
            }
            return new Outcomes(window, metrics, reporters);
        }
    }

    /** Skips a UTF-8 byte order mark (Excel writes one before the header of "CSV UTF-8" files). */
    static Reader withoutByteOrderMark(java.io.BufferedReader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
        return r;
    }

    /** The closest name (edit distance), else one sharing the first five letters: "replicas" finds "replications". */
    static String suggest(String name, List<String> candidates) {
        String guess = Names.closest(name, candidates);
        if (guess != null || name.length() < 5) return guess;
        String head = name.substring(0, 5).toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) if (c.toLowerCase(java.util.Locale.ROOT).startsWith(head)) return c;
        return null;
    }

    /** A path as short as the user would write it: relative to the working directory when below it. */
    static Path relativeToWorkingDirectory(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
