package clustersim.gui;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.JFreeChart;
import sim.util.media.chart.ChartGenerator;

/**
 * The Save menu of a chart window (in its menu bar and in the chart's right-click menu): the picture as
 * PNG or SVG, the data as CSV. MASON's own panel offers PDF, and JFreeChart's right-click menu a PNG at the
 * window's size; these give every chart the same three, at a size fit for a report.
 */
final class ChartSaveMenu {
    /** What a save can write. */
    enum Kind {
        PNG("Save picture as PNG…", "png", "PNG picture"),
        SVG("Save picture as SVG…", "svg", "SVG picture (vector)"),
        CSV("Save data as CSV…", "csv", "CSV table");

        final String label, extension, description;

        Kind(String label, String extension, String description) {
            this.label = label;
            this.extension = extension;
            this.description = description;
        }
    }

    /** Folder the last file was saved in, so that a student saving several charts is not sent back each time. */
    private static java.io.File lastFolder;

    private ChartSaveMenu() {
    }

    /** Adds the Save menu to a chart's window and to its right-click menu. */
    static void install(JFrame frame, ChartGenerator g, String title, String xName) {
        JMenuBar bar = frame.getJMenuBar();
        if (bar == null) {
            bar = new JMenuBar();
            frame.setJMenuBar(bar);
        }
        JMenu menu = new JMenu("Save");
        menu.setMnemonic(KeyEvent.VK_S);
        for (Kind k : Kind.values()) menu.add(item(frame, g, title, xName, k));
        bar.add(menu);
        JPopupMenu popup = g.getChartPanel().getPopupMenu();
        if (popup != null) {
            popup.addSeparator();
            for (Kind k : Kind.values()) popup.add(item(frame, g, title, xName, k));
        }
        frame.validate();
    }

    private static JMenuItem item(JFrame frame, ChartGenerator g, String title, String xName, Kind kind) {
        JMenuItem item = new JMenuItem(kind.label);
        item.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(lastFolder);
            chooser.setDialogTitle(kind.label.replace("…", "") + ": " + title);
            chooser.setFileFilter(new FileNameExtensionFilter(kind.description, kind.extension));
            chooser.setSelectedFile(new java.io.File(lastFolder, fileName(title, kind)));
            if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) return;
            Path file = chooser.getSelectedFile().toPath();
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + kind.extension)) {
                file = file.resolveSibling(file.getFileName() + "." + kind.extension);
            }
            lastFolder = file.toAbsolutePath().getParent().toFile();
            try {
                save(g.getChart(), kind, xName, file);
            } catch (IOException x) {
                JOptionPane.showMessageDialog(frame, x.getMessage(), "Not saved", JOptionPane.ERROR_MESSAGE);
            }
        });
        return item;
    }

    /** Writes one of the three files (Swing thread: the charts change only there). */
    static void save(JFreeChart chart, Kind kind, String xName, Path file) throws IOException {
        switch (kind) {
            case PNG:
                ChartFiles.png(chart, file);
                break;
            case SVG:
                ChartFiles.svg(chart, file);
                break;
            default:
                ChartFiles.csv(chart, xName, file);
        }
    }

    /** "Division of labour" → "division-of-labour.png". */
    static String fileName(String title, Kind kind) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return base + "." + kind.extension;
    }
}
