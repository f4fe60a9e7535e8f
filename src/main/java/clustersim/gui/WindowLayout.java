package clustersim.gui;

import java.awt.Rectangle;
import java.util.List;
import javax.swing.JFrame;

/**
 * Tiles the windows over a screen area so that nothing hides anything: the cluster display on the left
 * with the integration histogram (which shares its colours) under it, the Console beside them, and the
 * time-series charts in two columns on the right (an odd last chart spans both).
 */
final class WindowLayout {
    /** Height of the display window beyond its square field: tool bar and legend. */
    static final int DISPLAY_EXTRA = 140;

    private WindowLayout() {
    }

    /**
     * Places the windows in {@code area} (a screen's usable bounds, or a virtual one for snapshots),
     * leaving {@code titleBar} pixels above each window free (where a snapshot draws the window's title).
     */
    static void arrange(Rectangle area, int titleBar, JFrame display, JFrame histogram, JFrame console,
                        List<JFrame> charts) {
        int h = area.height;
        int leftW = (int) Math.min(area.width * 0.36, h * 0.86);
        int displayH = Math.min(h - 160, leftW + DISPLAY_EXTRA + titleBar);
        int consoleW = (int) Math.max(340, Math.min(420, area.width * 0.21));
        int chartsX = area.x + leftW + consoleW;
        int chartsW = area.x + area.width - chartsX;
        place(display, area.x, area.y, leftW, displayH, titleBar);
        place(histogram, area.x, area.y + displayH, leftW, h - displayH, titleBar);
        place(console, area.x + leftW, area.y, consoleW, h, titleBar);
        placeCharts(charts, chartsX, area.y, chartsW, h, titleBar);
    }

    /**
     * The comparison: the two clusters' pictures one above the other on the left, the Console beside them,
     * and the charts (the histogram last) in two columns on the right.
     */
    static void arrangeCompare(Rectangle area, int titleBar, JFrame displayA, JFrame displayB, JFrame console,
                               List<JFrame> charts) {
        int h = area.height;
        int half = h / 2;
        // wide enough for the legend's keys to take two columns under the counts (a shorter legend, a bigger picture)
        int leftW = (int) Math.min(area.width * 0.3, Math.max(300, half - DISPLAY_EXTRA + 100));
        int consoleW = (int) Math.max(340, Math.min(400, area.width * 0.2));
        place(displayA, area.x, area.y, leftW, half, titleBar);
        place(displayB, area.x, area.y + half, leftW, h - half, titleBar);
        place(console, area.x + leftW, area.y, consoleW, h, titleBar);
        int chartsX = area.x + leftW + consoleW;
        int chartsW = area.x + area.width - chartsX;
        placeCharts(charts, chartsX, area.y, chartsW, h, titleBar);
    }

    /** The charts in two columns filling the given box; an odd last chart spans both. */
    private static void placeCharts(List<JFrame> charts, int x, int y, int w, int h, int titleBar) {
        int cols = 2;
        int rows = (charts.size() + cols - 1) / cols;
        int cw = w / cols, ch = h / Math.max(1, rows);
        for (int k = 0; k < charts.size(); k++) {
            boolean spans = k == charts.size() - 1 && charts.size() % cols == 1;
            place(charts.get(k), x + (k % cols) * cw, y + (k / cols) * ch, spans ? w : cw, ch, titleBar);
        }
    }

    private static void place(JFrame f, int x, int y, int w, int h, int titleBar) {
        f.setBounds(x, y + titleBar, w, h - titleBar);
    }
}
