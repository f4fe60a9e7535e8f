package clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * facts.md and facts.html: the stylised facts as measured, each with its statistic, 95% interval,
 * threshold, source, verdict and figure. The HTML embeds its figures, so it is one file that opens
 * offline; the Markdown links the PNGs beside it.
 */
public final class FactsReport {
    public static final String MARKDOWN = "facts.md";
    public static final String HTML = "facts.html";

    private FactsReport() {
    }

    /** One check of a fact, as measured. */
    public record Line(String claim, String statistic, String value, String interval, String threshold, boolean pass) {
    }

    /** One fact, as measured; {@code figure} is a PNG in the report's folder, or null. */
    public record Entry(int id, String title, String source, String statement, int seeds, int steps, List<Line> lines, boolean pass,
                        String figure) {
    }

    /** Writes both documents into {@code dir}; {@code about} are lines of provenance (version, settings, time). */
    public static List<Path> write(Path dir, List<String> about, List<Entry> entries, List<String> notes) throws IOException {
        return List.of(PathBands.writeText(dir.resolve(MARKDOWN), markdown(about, entries, notes)),
                PathBands.writeText(dir.resolve(HTML), html(dir, about, entries, notes)));
    }

    static String verdict(boolean pass) {
        return pass ? "pass" : "FAIL";
    }

    static String markdown(List<String> about, List<Entry> entries, List<String> notes) {
        StringBuilder b = new StringBuilder("# Stylised facts: what the model reproduces\n\n");
        for (String a : about) b.append(a).append("  \n");
        long passed = entries.stream().filter(Entry::pass).count();
        b.append("\n**").append(passed).append(" of ").append(entries.size()).append(" facts pass.**\n\n");
        b.append("| fact | title | checks passed | verdict |\n|---|---|---|---|\n");
        for (Entry e : entries) {
            long ok = e.lines().stream().filter(Line::pass).count();
            b.append("| ").append(e.id()).append(" | [").append(e.title()).append("](#fact-").append(e.id()).append(") | ").append(ok).append(" of ")
                    .append(e.lines().size()).append(" | ").append(verdict(e.pass())).append(" |\n");
        }
        for (String n : notes) b.append('\n').append(n).append('\n');
        for (Entry e : entries) {
            b.append("\n<a id=\"fact-").append(e.id()).append("\"></a>\n## ").append(e.id()).append(". ").append(e.title()).append(": ")
                    .append(verdict(e.pass())).append("\n\n");
            b.append(e.statement()).append("  \n*Source:* ").append(e.source()).append(".  \n*Runs:* ").append(e.seeds())
                    .append(" seeds of ").append(e.steps()).append(" months per condition.\n\n");
            b.append("| check | estimate [95% CI] | threshold | result |\n|---|---|---|---|\n");
            for (Line l : e.lines()) {
                b.append("| ").append(md(l.claim())).append(" | ").append(md(l.value())).append(" | ").append(md(l.threshold())).append(" | ")
                        .append(verdict(l.pass())).append(" |\n");
            }
            b.append("\nStatistics:\n\n");
            for (Line l : e.lines()) b.append("- ").append(md(l.statistic())).append(l.interval().isEmpty() ? "" : "; interval: " + l.interval()).append('\n');
            if (e.figure() != null) b.append("\n![Fact ").append(e.id()).append("](").append(e.figure()).append(")\n");
            else b.append("\n*No figure: the metric it shows is missing from the model.*\n");
        }
        return b.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    static String html(Path dir, List<String> about, List<Entry> entries, List<String> notes) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>clustersim: stylised facts</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n")
                .append("table{border-collapse:collapse;margin:0.6em 0;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top;font-size:0.93em}\n")
                .append("th{background:#f3f3f3}.pass{color:#11692b;font-weight:600}.fail{color:#b00020;font-weight:600}\n")
                .append("img{max-width:100%;border:1px solid #eee}.about{color:#555;font-size:0.9em}.stat{color:#555;font-size:0.88em}\n</style></head><body>\n")
                .append("<h1>Stylised facts: what the model reproduces</h1>\n<p class=\"about\">");
        for (String a : about) b.append(esc(a)).append("<br>\n");
        long passed = entries.stream().filter(Entry::pass).count();
        b.append("</p>\n<p><strong>").append(passed).append(" of ").append(entries.size()).append(" facts pass.</strong></p>\n");
        b.append("<table><tr><th>fact</th><th>title</th><th>checks passed</th><th>verdict</th></tr>\n");
        for (Entry e : entries) {
            long ok = e.lines().stream().filter(Line::pass).count();
            b.append("<tr><td>").append(e.id()).append("</td><td><a href=\"#fact-").append(e.id()).append("\">").append(esc(e.title()))
                    .append("</a></td><td>").append(ok).append(" of ").append(e.lines().size()).append("</td><td>").append(badge(e.pass()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        for (String n : notes) b.append("<p>").append(esc(n)).append("</p>\n");
        for (Entry e : entries) {
            b.append("<h2 id=\"fact-").append(e.id()).append("\">").append(e.id()).append(". ").append(esc(e.title())).append(": ")
                    .append(badge(e.pass())).append("</h2>\n<p>").append(esc(e.statement())).append("<br><em>Source:</em> ").append(esc(e.source()))
                    .append(".<br><em>Runs:</em> ").append(e.seeds()).append(" seeds of ").append(e.steps()).append(" months per condition.</p>\n");
            b.append("<table><tr><th>check</th><th>estimate [95% CI]</th><th>threshold</th><th>result</th></tr>\n");
            for (Line l : e.lines()) {
                b.append("<tr><td>").append(esc(l.claim())).append("<div class=\"stat\">").append(esc(l.statistic()))
                        .append(l.interval().isEmpty() ? "" : "; interval: " + esc(l.interval())).append("</div></td><td>").append(esc(l.value()))
                        .append("</td><td>").append(esc(l.threshold())).append("</td><td>").append(badge(l.pass())).append("</td></tr>\n");
            }
            b.append("</table>\n");
            if (e.figure() != null && Files.exists(dir.resolve(e.figure()))) {
                b.append("<img alt=\"Fact ").append(e.id()).append(": ").append(esc(e.title())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve(e.figure())))).append("\">\n");
            } else {
                b.append("<p><em>No figure: the metric it shows is missing from the model.</em></p>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    private static String badge(boolean pass) {
        return pass ? "<span class=\"pass\">pass</span>" : "<span class=\"fail\">FAIL</span>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
