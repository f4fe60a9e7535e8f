package clustersim.scenario;

import clustersim.model.Firm;
import clustersim.model.Param;
import clustersim.model.Parameters;
import clustersim.model.PolicyEvent;
import clustersim.model.Stage;
import clustersim.model.ValueChain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a scenario file. The format (docs/ODD.md and README):
 * <pre>
 * name: pearl-river-delta          # optional; defaults to the file name
 * description: ...                 # optional
 * seed: 42                         # optional default seed
 * creditEnvironment: 0.15          # any parameter of docs/ODD.md, by its camelCase name; only what differs
 * stages:                          # optional: replaces the value chain; a stage named like a standard
 *   - {name: design, specificity: 0.6}   # one takes that stage's values for the fields it omits
 * events:                          # optional policy events
 *   - {step: 300, set: {ipProtection: 0.8}, label: IP reform}
 * </pre>
 */
public final class ScenarioLoader {
    private static final Set<String> RESERVED = new LinkedHashSet<>(Arrays.asList("name", "description", "seed", "stages", "events"));

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws ScenarioException {
        YamlDocument doc = YamlDocument.read(file);
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return fromDocument(doc, Names.fileNameFrom(base));
    }

    public static Scenario fromDocument(YamlDocument doc, String defaultName) throws ScenarioException {
        String src = doc.source();
        Map<String, NodeTuple> top = doc.mapping(doc.root(), null);
        String name = defaultName;
        String description = "";
        long seed = Scenario.DEFAULT_SEED;
        Parameters params = new Parameters();
        ValueChain chain = ValueChain.standard();
        Node eventsNode = null;

        for (Map.Entry<String, NodeTuple> e : top.entrySet()) {
            String key = e.getKey();
            Node v = e.getValue().getValueNode();
            switch (key) {
                case "name":
                    name = doc.text(v, key);
                    String unsafe = Names.unsafeFileName(name);
                    if (unsafe != null) throw new ScenarioException(src, YamlDocument.line(v), key, unsafe + "; `run` writes to results/<name>/");
                    break;
                case "description":
                    description = doc.text(v, key).trim();
                    break;
                case "seed":
                    seed = doc.integer(v, key);
                    if (!Scenario.allowsSeed(seed)) throw new ScenarioException(src, YamlDocument.line(v), key, Scenario.SEED_RANGE_TEXT + ", got " + seed);
                    break;
                case "stages":
                    chain = stages(doc, v);
                    break;
                case "events":
                    eventsNode = v;
                    break;
                default:
                    Param p = Param.byName(key);
                    if (p == null) {
                        Set<String> all = new LinkedHashSet<>(RESERVED);
                        all.addAll(Param.names());
                        throw new ScenarioException(src, YamlDocument.line(e.getValue().getKeyNode()), key,
                                Names.unknown("parameter", key, all));
                    }
                    params.set(p, value(doc, v, p, key));
            }
        }

        List<PolicyEvent> events = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (eventsNode != null) {
            List<Node> list = doc.sequence(eventsNode, "events");
            for (int k = 0; k < list.size(); k++) {
                events.add(event(doc, list.get(k), k));
                lines.add(YamlDocument.line(list.get(k)));
            }
        }
        Scenario s = new Scenario(name, src, description, seed, params, chain, events, lines);
        s.checkEvents(s.steps());
        return s;
    }

    private static double value(YamlDocument doc, Node v, Param p, String field) throws ScenarioException {
        double x = p.isInteger() ? doc.integer(v, field) : doc.number(v, field);
        if (!p.allows(x)) {
            throw new ScenarioException(doc.source(), YamlDocument.line(v), field,
                    "value " + Param.fmt(x) + " is out of range: must be " + p.rangeText() + " (" + p.unit + ")");
        }
        return x;
    }

    private static PolicyEvent event(YamlDocument doc, Node n, int index) throws ScenarioException {
        String where = "events[" + index + "]";
        Map<String, NodeTuple> m = doc.mapping(n, where);
        Integer step = null;
        String label = "";
        Map<Param, Double> changes = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
            String key = e.getKey();
            Node v = e.getValue().getValueNode();
            String field = where + "." + key;
            switch (key) {
                case "step":
                    long st = doc.integer(v, field);
                    if (st < 0 || st > Integer.MAX_VALUE) {
                        throw new ScenarioException(doc.source(), YamlDocument.line(v), field, "step must be a whole number >= 0");
                    }
                    step = (int) st;
                    break;
                case "label":
                    label = doc.text(v, field);
                    break;
                case "set":
                    for (Map.Entry<String, NodeTuple> c : doc.mapping(v, field).entrySet()) {
                        Param p = Param.byName(c.getKey());
                        String cf = field + "." + c.getKey();
                        if (p == null) {
                            throw new ScenarioException(doc.source(), YamlDocument.line(c.getValue().getKeyNode()), cf,
                                    Names.unknown("parameter", c.getKey(), Param.names()));
                        }
                        if (p == Param.INITIAL_FIRMS || p == Param.STEPS || p == Param.INITIAL_SPECIALIST_SHARE) {
                            throw new ScenarioException(doc.source(), YamlDocument.line(c.getValue().getKeyNode()), cf,
                                    "an event cannot change " + p.key + ": it only matters at the start of a run");
                        }
                        changes.put(p, value(doc, c.getValue().getValueNode(), p, cf));
                    }
                    break;
                default:
                    throw new ScenarioException(doc.source(), YamlDocument.line(e.getValue().getKeyNode()), field,
                            Names.unknown("event field", key, Arrays.asList("step", "set", "label")));
            }
        }
        if (step == null) throw new ScenarioException(doc.source(), YamlDocument.line(n), where + ".step", "missing: an event needs a step");
        if (changes.isEmpty()) throw new ScenarioException(doc.source(), YamlDocument.line(n), where + ".set", "missing: an event needs at least one parameter to set");
        return new PolicyEvent(step, changes, label);
    }

    private static ValueChain stages(YamlDocument doc, Node n) throws ScenarioException {
        List<Node> list = doc.sequence(n, "stages");
        if (list.size() < 2) throw new ScenarioException(doc.source(), YamlDocument.line(n), "stages", "a value chain needs at least 2 stages, got " + list.size());
        if (list.size() > Firm.MAX_STAGES) {
            throw new ScenarioException(doc.source(), YamlDocument.line(n), "stages",
                    "a value chain has at most " + Firm.MAX_STAGES + " stages, got " + list.size());
        }
        Map<String, Stage> standard = new LinkedHashMap<>();
        for (Stage st : ValueChain.standard().stages()) standard.put(st.name, st);
        List<Stage> stages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int k = 0; k < list.size(); k++) {
            String where = "stages[" + k + "]";
            Map<String, NodeTuple> m = doc.mapping(list.get(k), where);
            NodeTuple nameT = m.get("name");
            if (nameT == null) throw new ScenarioException(doc.source(), YamlDocument.line(list.get(k)), where + ".name", "missing: every stage needs a name");
            String sname = doc.text(nameT.getValueNode(), where + ".name");
            if (!seen.add(sname)) throw new ScenarioException(doc.source(), YamlDocument.line(nameT.getValueNode()), where + ".name", "stage '" + sname + "' appears twice");
            Stage like = standard.get(sname);
            double[] f = new double[Stage.FIELDS.length];
            boolean[] given = new boolean[Stage.FIELDS.length];
            if (like != null) {
                f[1] = like.valueShare; f[2] = like.specificity; f[3] = like.knowledgeIntensity; f[4] = like.scaleFactor;
                f[5] = like.learningFactor; f[6] = like.capital; f[7] = like.baseCost; f[8] = like.materialShare;
            }
            for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
                if (e.getKey().equals("name")) continue;
                int idx = Arrays.asList(Stage.FIELDS).indexOf(e.getKey());
                String field = where + "." + e.getKey();
                if (idx < 0) {
                    throw new ScenarioException(doc.source(), YamlDocument.line(e.getValue().getKeyNode()), field,
                            Names.unknown("stage field", e.getKey(), Arrays.asList(Stage.FIELDS)));
                }
                Node v = e.getValue().getValueNode();
                double x = doc.number(v, field);
                double[] r = Stage.range(e.getKey());
                if (x < r[0] || x > r[1]) {
                    throw new ScenarioException(doc.source(), YamlDocument.line(v), field,
                            "value " + Param.fmt(x) + " is out of range: must be a number in [" + Param.fmt(r[0]) + ", " + Param.fmt(r[1]) + "]");
                }
                f[idx] = x;
                given[idx] = true;
            }
            if (like == null) {
                for (int i = 1; i < Stage.FIELDS.length; i++) {
                    if (!given[i]) {
                        throw new ScenarioException(doc.source(), YamlDocument.line(list.get(k)), where + "." + Stage.FIELDS[i],
                                "missing: stage '" + sname + "' is not a standard stage (" + String.join(", ", standard.keySet())
                                        + "), so it must give every field");
                    }
                }
            }
            stages.add(new Stage(sname, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
        }
        double total = 0;
        for (Stage st : stages) total += st.valueShare;
        if (total <= 0) throw new ScenarioException(doc.source(), YamlDocument.line(n), "stages", "the value shares must not all be 0");
        return new ValueChain(stages);
    }
}
