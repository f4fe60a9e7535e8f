package clustersim.gui;

import clustersim.model.Param;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.YamlDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A lesson: a Markdown text for a student, with a small YAML header between two {@code ---} lines naming
 * its title, the scenario(s) it is played on (paths relative to the lesson file) and the moves it suggests:
 *
 * <pre>
 * ---
 * title: The division-of-labour transition
 * scenarios: [../baseline.yaml]
 * moves:
 *   - {month: 100, set: creditEnvironment, to: 0.6}
 * ---
 * Markdown text ...
 * </pre>
 *
 * A move is offered as a button that moves the lever as a slider would; its month is when the text
 * suggests pressing it.
 */
record Lesson(Path file, String title, List<Path> scenarios, List<Move> moves, String markdown) {

    /** A suggested move: set {@code param} to {@code value}, at about {@code month}. */
    record Move(int month, Param param, double value) {
        /** "Raise creditEnvironment to 0.6 (month 100)", against the value the lesson's scenario starts from. */
        String label(double from) {
            String verb = value > from ? "Raise" : value < from ? "Lower" : "Set";
            return verb + " " + param.key + " to " + Param.fmt(value) + " (month " + month + ")";
        }
    }

    static Lesson load(Path file) throws ScenarioException {
        String name = file.toString();
        String text = YamlDocument.readText(file);
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new ScenarioException(name, 1, null, "a lesson starts with a header between two '---' lines (title, scenarios, moves)");
        }
        int end = -1;
        for (int k = 1; k < lines.length && end < 0; k++) if (lines[k].strip().equals("---")) end = k;
        if (end < 0) throw new ScenarioException(name, 1, null, "the header has no closing '---' line");
        StringBuilder header = new StringBuilder();
        for (int k = 1; k < end; k++) header.append(lines[k]).append('\n');
        StringBuilder body = new StringBuilder();
        for (int k = end + 1; k < lines.length; k++) body.append(lines[k]).append('\n');

        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(header.toString());
        } catch (YAMLException e) {
            throw new ScenarioException(name, 0, null, "malformed header: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(parsed instanceof Map)) throw new ScenarioException(name, 2, null, "the header must be fields (title, scenarios, moves)");
        Map<?, ?> h = (Map<?, ?>) parsed;
        for (Object key : h.keySet()) {
            if (!List.of("title", "scenarios", "moves").contains(String.valueOf(key))) {
                throw new ScenarioException(name, 0, String.valueOf(key), "unknown header field; allowed: title, scenarios, moves");
            }
        }
        Object title = h.get("title");
        if (!(title instanceof String) || ((String) title).isBlank()) throw new ScenarioException(name, 0, "title", "must be a line of text");
        Object sc = h.get("scenarios");
        List<?> scList = sc instanceof List ? (List<?>) sc : sc instanceof String ? List.of(sc) : null;
        if (scList == null || scList.isEmpty() || scList.size() > 2) {
            throw new ScenarioException(name, 0, "scenarios", "must name one scenario file or two (relative to the lesson)");
        }
        List<Path> scenarios = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (Object s : scList) {
            if (!(s instanceof String)) throw new ScenarioException(name, 0, "scenarios", "must be file names, got " + s);
            scenarios.add(dir.resolve((String) s).normalize());
        }
        List<Move> moves = new ArrayList<>();
        Object mv = h.get("moves");
        if (mv != null && !(mv instanceof List)) throw new ScenarioException(name, 0, "moves", "must be a list of {month, set, to}");
        if (mv != null) {
            for (Object o : (List<?>) mv) moves.add(move(name, o));
        }
        return new Lesson(file, ((String) title).strip(), List.copyOf(scenarios), List.copyOf(moves), body.toString());
    }

    private static Move move(String name, Object o) throws ScenarioException {
        if (!(o instanceof Map)) throw new ScenarioException(name, 0, "moves", "each move is {month: N, set: parameter, to: value}, got " + o);
        Map<?, ?> m = (Map<?, ?>) o;
        if (!m.keySet().equals(java.util.Set.of("month", "set", "to"))) {
            throw new ScenarioException(name, 0, "moves", "each move has exactly month, set and to, got " + m.keySet());
        }
        Object month = m.get("month"), set = m.get("set"), to = m.get("to");
        if (!(month instanceof Integer) || (Integer) month < 1) {
            throw new ScenarioException(name, 0, "moves.month", "must be a whole month >= 1, got " + month);
        }
        Param p = set instanceof String ? Param.byName((String) set) : null;
        if (p == null || !p.isLive()) {
            throw new ScenarioException(name, 0, "moves.set", "must be a parameter with a slider (an institution or the market), got " + set);
        }
        if (!(to instanceof Number) || !p.allows(((Number) to).doubleValue())) {
            throw new ScenarioException(name, 0, "moves.to", p.key + " must be in " + p.rangeText() + ", got " + to);
        }
        return new Move((Integer) month, p, ((Number) to).doubleValue());
    }

    /** The folder of shipped lessons ({@code lessons/} in the shipped scenarios' folder), or null. */
    static Path shippedFolder() {
        Path s = ScenarioCatalog.shippedFolder();
        return s == null || !Files.isDirectory(s.resolve("lessons")) ? null : s.resolve("lessons");
    }

    /** Every {@code *.md} in {@code folder}, sorted by file name; a file that does not parse is left out. */
    static List<Lesson> list(Path folder) {
        List<Lesson> out = new ArrayList<>();
        if (folder == null) return out;
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                try {
                    out.add(load(f));
                } catch (ScenarioException e) {
                    // not offered; LessonFilesTest keeps the shipped ones valid
                }
            }
        } catch (java.io.IOException e) {
            return out;
        }
        return out;
    }

    @Override
    public String toString() {
        return title;
    }
}
