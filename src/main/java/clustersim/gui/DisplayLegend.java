package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import javax.swing.JComponent;

/**
 * The key under the cluster display: what colour, shape, size and link shade mean, and a line of counts
 * for the step on screen.
 */
final class DisplayLegend extends JComponent {
    private static final long serialVersionUID = 1L;
    private final transient ClusterView view;

    DisplayLegend(ClusterView view) {
        this.view = view;
        setPreferredSize(new Dimension(600, 100));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
            Font bold = small.deriveFont(Font.BOLD);
            g.setFont(small);
            FontMetrics fm = g.getFontMetrics();
            int x = 10, y = 16;

            // row 1: colour scale
            g.setColor(Color.DARK_GRAY);
            g.setFont(bold);
            g.drawString("Colour: share of the value chain a firm runs itself", x, y);
            g.setFont(small);
            int barX = x, barY = y + 5, barW = Math.max(200, Math.min(320, getWidth() / 2 - 20)), barH = 10;
            for (int i = 0; i < barW; i++) {
                g.setColor(IntegrationColors.of(i / (double) (barW - 1)));
                g.fillRect(barX + i, barY, 1, barH);
            }
            g.setColor(Color.GRAY);
            g.drawRect(barX, barY, barW - 1, barH);
            g.setColor(Color.DARK_GRAY);
            int ty = barY + barH + fm.getAscent() + 1;
            g.drawString("0: one stage (specialist)", barX, ty);
            String right = "1: everything in-house";
            g.drawString(right, barX + barW - fm.stringWidth(right), ty);

            // right column: shapes and links
            int cx = barX + barW + 24;
            int row = y - 4;
            Ellipse2D.Double disc = new Ellipse2D.Double();
            disc.setFrame(cx, row - 5, 10, 10);
            g.setColor(IntegrationColors.of(1));
            g.fill(disc);
            g.setColor(Color.DARK_GRAY);
            g.draw(disc);
            g.drawString("producer (brand owner); size = sales", cx + 16, row + 4);
            row += 16;
            g.setColor(IntegrationColors.of(0.15));
            Rectangle2D.Double sq = new Rectangle2D.Double(cx + 1, row - 4, 9, 9);
            g.fill(sq);
            g.setColor(Color.DARK_GRAY);
            g.draw(sq);
            g.drawString("specialist, in its stage's sector", cx + 16, row + 4);
            row += 16;
            disc.setFrame(cx, row - 5, 10, 10);
            g.setColor(IntegrationColors.of(0.7));
            g.fill(disc);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(2f));
            g.draw(disc);
            g.setStroke(new BasicStroke(1f));
            g.drawString("producer that also sells a stage", cx + 16, row + 4);
            row += 16;
            g.setStroke(new BasicStroke(1.6f));
            g.setColor(IntegrationColors.trust(0.1));
            g.draw(new Line2D.Double(cx - 4, row, cx + 5, row));
            g.setColor(IntegrationColors.trust(1));
            g.draw(new Line2D.Double(cx + 5, row, cx + 14, row));
            g.setColor(Color.DARK_GRAY);
            g.drawString("supply link, darker = more trust", cx + 18, row + 4);
            row += 16;
            g.setStroke(new BasicStroke(2.6f));
            g.setColor(IntegrationColors.BREACH);
            g.draw(new Line2D.Double(cx - 4, row, cx + 14, row));
            g.setColor(Color.DARK_GRAY);
            g.drawString("breach in the last " + ClusterView.BREACH_MONTHS + " months", cx + 18, row + 4);

            // counts of the step on screen, under the colour scale
            g.setFont(bold);
            g.setColor(Color.DARK_GRAY);
            if (view.model() == null || view.refreshedStep() < 0) {
                g.drawString("not started", x, ty + 22);
            } else {
                g.drawString(String.format("step %d: %d firms, %d of them producers", view.refreshedStep(), view.firms(),
                        view.producers()), x, ty + 22);
                g.drawString(String.format("%d supply links, %d with a recent breach", view.relations(),
                        view.recentBreaches()), x, ty + 38);
            }
        } finally {
            g.dispose();
        }
    }
}
