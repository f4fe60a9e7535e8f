package clustersim.gui;

import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shipped scenarios a student can choose from: every {@code scenarios/*.yaml}, named as in the file, with
 * the description its opening comment block gives (a scenario file explains itself in comments above its
 * first key; a {@code description:} key is used when there is no such block).
 */
final class ScenarioCatalog {
    /** One scenario file. */
    record Entry(Path file, String name, String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ScenarioCatalog() {
    }

    /**
     * The folder of shipped scenarios: {@code scenarios/} in the working folder, else beside the jar (or one
     * folder up, for {@code target/clustersim.jar} in a checkout); null when there is none.
     */
    static Path shippedFolder() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("scenarios"));
        try {
            Path jar = Path.of(ScenarioCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) candidates.add(dir.resolve("scenarios"));
        } catch (Exception e) {
            // no code source (an unusual class loader): the working folder only
        }
        for (Path p : candidates) if (Files.isDirectory(p)) return p.toAbsolutePath().normalize();
        return null;
    }

    /** Every {@code *.yaml} directly in {@code folder}, sorted by file name; a file that does not load is left out. */
    static List<Entry> list(Path folder) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (folder == null) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path f : files) {
            try {
                out.add(entry(f));
            } catch (ScenarioException e) {
                // a broken file is not offered; opening it by name (File > Open, Other file) says what is wrong
            }
        }
        return out;
    }

    static Entry entry(Path file) throws ScenarioException, IOException {
        Scenario s = ScenarioLoader.load(file);
        String text = commentBlock(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (text.isEmpty()) text = s.description();
        return new Entry(file, s.name(), text);
    }

    /**
     * The comment lines at the top of a file as text: a bare {@code #} line separates paragraphs, a line
     * starting with "- " starts a new line, other lines join the one before.
     */
    static String commentBlock(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() && b.length() == 0) continue;
            if (!line.startsWith("#")) break;
            String text = line.substring(1).strip();
            if (text.isEmpty()) {
                if (b.length() > 0 && !b.toString().endsWith("\n\n")) b.append("\n\n");
            } else if (text.startsWith("- ") || b.length() == 0 || b.charAt(b.length() - 1) == '\n' || endsWithColon(b)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
                b.append(text);
            } else {
                b.append(' ').append(text);
            }
        }
        return b.toString().strip();
    }

    private static boolean endsWithColon(StringBuilder b) {
        return b.length() > 0 && b.charAt(b.length() - 1) == ':';
    }
}
