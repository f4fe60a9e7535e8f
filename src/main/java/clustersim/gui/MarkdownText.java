package clustersim.gui;

/**
 * The little Markdown a lesson uses, as HTML for Swing: headings ({@code #}, {@code ##}, {@code ###}),
 * paragraphs, lists ({@code - } and {@code 1. }), {@code **bold**}, {@code *italic*} and {@code `code`}.
 * Everything else is shown as text.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    static String html(String markdown) {
        StringBuilder out = new StringBuilder("<html><body style='font-family:sans-serif; font-size:11pt; margin:6px'>");
        StringBuilder para = new StringBuilder();
        String list = null;
        for (String raw : markdown.split("\r?\n")) {
            String line = raw.strip();
            String item = null, kind = null;
            if (line.startsWith("- ") || line.startsWith("* ")) {
                item = line.substring(2);
                kind = "ul";
            } else if (line.matches("\\d+\\.\\s.*")) {
                item = line.substring(line.indexOf('.') + 1).strip();
                kind = "ol";
            }
            if (line.isEmpty() || line.startsWith("#") || item != null) flush(out, para);
            if (list != null && (line.startsWith("#") || (item != null && !kind.equals(list)))) {
                out.append("</").append(list).append('>');
                list = null;
            }
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                int level = Math.min(3, line.indexOf(' ') > 0 ? line.indexOf(' ') : 1);
                out.append("<h").append(level + 1).append('>').append(inline(line.substring(level).strip()))
                        .append("</h").append(level + 1).append('>');
            } else if (item != null) {
                if (list == null) {
                    out.append('<').append(kind).append('>');
                    list = kind;
                }
                out.append("<li>").append(inline(item));
                // a list item's continuation lines join it
            } else if (list != null && raw.startsWith("  ")) {
                out.append(' ').append(inline(line));
            } else {
                if (list != null) {
                    out.append("</").append(list).append('>');
                    list = null;
                }
                if (para.length() > 0) para.append(' ');
                para.append(line);
            }
        }
        flush(out, para);
        if (list != null) out.append("</").append(list).append('>');
        return out.append("</body></html>").toString();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        if (para.length() == 0) return;
        out.append("<p>").append(inline(para.toString())).append("</p>");
        para.setLength(0);
    }

    static String inline(String text) {
        String t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        t = t.replaceAll("`([^`]+)`", "<code>$1</code>");
        t = t.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
        t = t.replaceAll("(?<![*\\w])\\*([^*]+)\\*(?!\\w)", "<i>$1</i>");
        return t;
    }
}
