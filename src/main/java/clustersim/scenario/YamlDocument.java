package clustersim.scenario;

import java.io.Reader;
import clustersim.io.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML file read as a tree of nodes that remember their line, so that every error can name the line.
 * Loaded safely: only plain maps, lists and scalars; no tags that construct Java objects.
 * Shared by scenario and sweep files.
 */
public final class YamlDocument {
    private final String source;
    private final Node root;

    private YamlDocument(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /** Reads a YAML file of at most {@link TextFiles#MAX_YAML_BYTES} of UTF-8 text. */
    public static YamlDocument read(Path file) throws ScenarioException {
        return parse(file.toString(), new java.io.StringReader(readText(file)));
    }

    /** The text of a YAML file of at most {@link TextFiles#MAX_YAML_BYTES} of UTF-8, or an error that names the file. */
    public static String readText(Path file) throws ScenarioException {
        try {
            return TextFiles.readUtf8(file, TextFiles.MAX_YAML_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw new ScenarioException(file.toString(), 0, null, e.getMessage());
        }
    }

    public static YamlDocument parse(String source, Reader reader) throws ScenarioException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            Node root = yaml.compose(reader);
            if (root == null) throw new ScenarioException(source, 0, null, "the file is empty; expected a map of fields");
            return new YamlDocument(source, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ScenarioException(source, line, null, "malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException(source, 0, null, "malformed YAML: " + e.getMessage());
        }
    }

    public String source() {
        return source;
    }

    public Node root() {
        return root;
    }

    public static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** The entries of a mapping node, key text to (key node, value node), refusing duplicates. */
    public Map<String, NodeTuple> mapping(Node n, String field) throws ScenarioException {
        if (!(n instanceof MappingNode)) {
            throw new ScenarioException(source, line(n), field, "expected a map of name: value, got " + describe(n));
        }
        Map<String, NodeTuple> m = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode)) throw new ScenarioException(source, line(k), field, "a key must be a plain name");
            String key = ((ScalarNode) k).getValue();
            if (m.containsKey(key)) throw new ScenarioException(source, line(k), key, "appears twice");
            m.put(key, t);
        }
        return m;
    }

    public List<Node> sequence(Node n, String field) throws ScenarioException {
        if (!(n instanceof SequenceNode)) {
            throw new ScenarioException(source, line(n), field, "expected a list, got " + describe(n));
        }
        return new ArrayList<>(((SequenceNode) n).getValue());
    }

    /** A number (int or float scalar); anything else is an error naming what was found. */
    public double number(Node n, String field) throws ScenarioException {
        if (n instanceof ScalarNode) {
            ScalarNode s = (ScalarNode) n;
            Tag tag = s.getTag();
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                try {
                    return Double.parseDouble(s.getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
        }
        if (n instanceof ScalarNode && !((ScalarNode) n).isPlain() && looksNumeric(((ScalarNode) n).getValue())) {
            // "0.5" is text in YAML; say so rather than "expected a number, got '0.5'", which reads as nonsense
            throw new ScenarioException(source, line(n), field, "expected a number, got '" + ((ScalarNode) n).getValue()
                    + "' in quotes, which makes it text: write the number without quotes");
        }
        throw new ScenarioException(source, line(n), field, "expected a number, got " + describe(n));
    }

    private static boolean looksNumeric(String text) {
        return clustersim.io.DecimalText.isPlain(text.trim());
    }

    public long integer(Node n, String field) throws ScenarioException {
        double v = number(n, field);
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            throw new ScenarioException(source, line(n), field, "expected a whole number, got " + describe(n));
        }
        return (long) v;
    }

    public String text(Node n, String field) throws ScenarioException {
        if (n instanceof ScalarNode && !Tag.NULL.equals(n.getTag())) return ((ScalarNode) n).getValue();
        throw new ScenarioException(source, line(n), field, "expected text, got " + describe(n));
    }

    public static String describe(Node n) {
        if (n instanceof ScalarNode) {
            ScalarNode s = (ScalarNode) n;
            if (Tag.NULL.equals(s.getTag())) return "nothing (null)";
            if (Tag.BOOL.equals(s.getTag())) return "the boolean '" + s.getValue() + "'";
            return "'" + s.getValue() + "'";
        }
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a map";
        return "'" + n + "'";
    }
}
