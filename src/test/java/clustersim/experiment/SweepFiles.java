package clustersim.experiment;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Small sweeps for tests (tens of firms, tens of steps) and helpers to compare their outputs. */
public final class SweepFiles {
    private SweepFiles() {
    }

    /** The Pearl River Delta scenario of the project, absolute. */
    public static Path prd() {
        return Paths.get("scenarios", "pearl-river-delta.yaml").toAbsolutePath();
    }

    /** A 2 x 3 grid (6 points) x 2 replications = 12 runs of 40 firms for 60 steps. */
    public static Path tinyGrid(Path dir) throws IOException {
        return write(dir, "tiny.yaml", String.join("\n",
                "name: tiny",
                "scenario: " + prd(),
                "steps: 60",
                "seed: 7",
                "replications: 2",
                "factors:",
                "  creditEnvironment: [0.1, 0.9]",
                "  ipProtection: {from: 0.2, to: 0.8, step: 0.3}",
                "set: {initialFirms: 40, marketSize: 400}",
                "outcomes:",
                "  window: 20",
                "  metrics: [division_of_labor, va_to_sales, value_added_per_firm]",
                ""));
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** The header and the rows of a CSV, rows sorted by their first field as a number. */
    public static List<String> sortedLines(Path csv) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(Comparator.comparingLong(l -> Long.parseLong(l.substring(0, l.indexOf(',')))));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(rows);
        return out;
    }

    /**
     * The class path of this test JVM, for child JVMs: surefire puts the real one in the manifest of a
     * booter jar, which is expanded here.
     */
    public static String classpath() throws IOException {
        String cp = System.getProperty("java.class.path");
        String[] parts = cp.split(File.pathSeparator);
        if (parts.length == 1 && parts[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(parts[0])) {
                Manifest m = jar.getManifest();
                String entries = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                if (entries != null) {
                    URI base = Paths.get(parts[0]).toAbsolutePath().toUri();
                    List<String> out = new ArrayList<>();
                    for (String e : entries.trim().split("\\s+")) out.add(Paths.get(base.resolve(e)).toString());
                    return String.join(File.pathSeparator, out);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : Arrays.asList(parts)) out.add(Paths.get(p).toAbsolutePath().toString());
        return String.join(File.pathSeparator, out);
    }

    /** The java executable of this JVM. */
    public static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
