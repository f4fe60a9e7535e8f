package clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A report as a list of blocks (headings, paragraphs, tables, figures), written twice: as Markdown with
 * the figures as files beside it, and as one self-contained HTML file with the figures embedded as data
 * URIs (opens offline, mails as one attachment, no scripts).
 */
final class ReportDoc {
    sealed interface Block permits Heading, Para, Table, Figure, Raw {
    }

    record Heading(int level, String text, String anchor) implements Block {
    }

    /** Plain text; `code` spans are kept. */
    record Para(String text) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows, String caption) implements Block {
    }

    /** A PNG or JPEG under the report's folder (relative path), with a caption. */
    record Figure(String png, String caption) implements Block {
    }

    /** Text for one format only (null: nothing in that format). */
    record Raw(String markdown, String html) implements Block {
    }

    final List<Block> blocks = new ArrayList<>();

    void h(int level, String text, String anchor) {
        blocks.add(new Heading(level, text, anchor));
    }

    void p(String text) {
        blocks.add(new Para(text));
    }

    void table(List<String> header, List<List<String>> rows, String caption) {
        blocks.add(new Table(header, rows, caption));
    }

    void figure(String png, String caption) {
        blocks.add(new Figure(png, caption));
    }

    void add(Block b) {
        blocks.add(b);
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        for (Block x : blocks) {
            if (x instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (x instanceof Para p) {
                b.append(p.text()).append("\n\n");
            } else if (x instanceof Table t) {
                if (t.caption() != null) b.append(t.caption()).append("\n\n");
                b.append("| ").append(String.join(" | ", cells(t.header()))).append(" |\n|");
                for (int k = 0; k < t.header().size(); k++) b.append(numeric(t, k) ? "---:|" : "---|");
                b.append('\n');
                for (List<String> r : t.rows()) b.append("| ").append(String.join(" | ", cells(r))).append(" |\n");
                b.append('\n');
            } else if (x instanceof Figure f) {
                b.append("![").append(f.caption()).append("](").append(f.png()).append(")\n\n*").append(f.caption()).append("*\n\n");
            } else if (x instanceof Raw r && r.markdown() != null) {
                b.append(r.markdown()).append("\n\n");
            }
        }
        return b.toString();
    }

    /** Whether a column holds numbers (right-aligned) rather than text: every cell empty or starting like a number or interval. */
    static boolean numeric(Table t, int column) {
        if (column == 0) return false;
        for (List<String> r : t.rows()) {
            String c = column < r.size() ? r.get(column).replace("**", "") : "";
            if (!c.isEmpty() && !c.matches("[-+\\[<0-9.].*")) return false;
        }
        return true;
    }

    private static List<String> cells(List<String> r) {
        List<String> out = new ArrayList<>();
        for (String c : r) {
            String x = c.replace("|", "\\|");
            // significance stars at the end of a cell, escaped so that Markdown does not read them as emphasis
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(" (\\*+)$").matcher(x);
            if (m.find()) x = x.substring(0, m.start()) + " " + "\\*".repeat(m.group(1).length());
            out.add(x);
        }
        return out;
    }

    String html(String title, Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n")
                .append("body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.9em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}\n")
                .append("th{background:#f2f2f2}td:first-child,th:first-child,td.text{text-align:left}code{background:#f4f4f4;padding:0 3px}\n")
                .append("figure{margin:1em 0 2em}figure img{max-width:100%;height:auto;border:1px solid #eee}figcaption{font-size:0.9em;color:#444}\n")
                .append(".wide{overflow-x:auto}.caption{font-size:0.9em;color:#444;margin-bottom:0}h2{border-bottom:1px solid #ddd;padding-bottom:3px;margin-top:2em}\n")
                .append("</style>\n</head>\n<body>\n");
        for (Block x : blocks) {
            if (x instanceof Heading h) {
                b.append("<h").append(h.level()).append(h.anchor() != null ? " id=\"" + esc(h.anchor()) + "\"" : "").append('>')
                        .append(inline(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (x instanceof Para p) {
                b.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (x instanceof Table t) {
                if (t.caption() != null) b.append("<p class=\"caption\">").append(inline(t.caption())).append("</p>\n");
                b.append("<div class=\"wide\"><table>\n<tr>");
                for (String c : t.header()) b.append("<th>").append(inline(c)).append("</th>");
                b.append("</tr>\n");
                for (List<String> r : t.rows()) {
                    b.append("<tr>");
                    for (int k = 0; k < r.size(); k++) b.append(numeric(t, k) ? "<td>" : "<td class=\"text\">").append(inline(r.get(k))).append("</td>");
                    b.append("</tr>\n");
                }
                b.append("</table></div>\n");
            } else if (x instanceof Figure f) {
                byte[] png = Files.readAllBytes(dir.resolve(f.png()));
                String mime = f.png().endsWith(".jpg") ? "image/jpeg" : "image/png";
                b.append("<figure><img alt=\"").append(esc(f.caption())).append("\" src=\"data:").append(mime).append(";base64,")
                        .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(inline(f.caption()))
                        .append("</figcaption></figure>\n");
            } else if (x instanceof Raw r && r.html() != null) {
                b.append(r.html()).append('\n');
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /** Escapes, then turns `code` spans and **bold** into HTML. */
    static String inline(String text) {
        String s = esc(text);
        s = s.replaceAll("`([^`]+)`", "<code>$1</code>");
        s = s.replaceAll("\\*\\*([^*\\s][^*]*)\\*\\*", "<strong>$1</strong>");
        return s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
