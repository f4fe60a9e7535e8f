package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/**
 * The key under the cluster display: what colour, shape, size and link shade mean, and the counts of the
 * month on screen. The colour key and the counts sit beside the shape key where the window is wide enough,
 * and above it where it is not (a 1366 x 768 screen), so that no text runs into another.
 */
final class DisplayLegend extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font BOLD = SMALL.deriveFont(Font.BOLD);
    private static final int PAD = 10, GAP = 24, ROW = 16, BAR_W = 200, BAR_H = 10, KEY_TEXT = 16;
    private static final String TITLE = "Colour: a producer's vertical integration";
    private static final String LOW = "0: all bought", HIGH = "1: all made in-house";
    private static final String[] KEYS = {
        "producer (brand owner); size = sales",
        "specialist only: sells a stage",
        "producer that also sells a stage",
        "supply link, darker = more trust",
        "breach in the last " + ClusterView.BREACH_MONTHS + " months",
        "industry association member",
        "lead firm (drawn bigger)",
        "engineer moving firm (" + ClusterView.MOVE_MONTHS + " months)"};

    private static final String[] WIDEST_COUNTS = {
        "month 8888: 8888 firms, 8888 producers, 888 specialists", "(888 are both); 8888 supply links, 888 with a breach",
        "association: 8888 members (88%); 888 lead firms", "guarantee fund DRY: no new guarantees",
        "engineers who changed firm this month: 8888"};
    /** The colour of the guarantee fund's line when it has run dry. */
    static final Color DRY = new Color(0xc0, 0x10, 0x10);

    private final transient ClusterView view;
    private int laidOutHeight;

    DisplayLegend(ClusterView view) {
        this.view = view;
        setBackground(Color.WHITE);
        setOpaque(true);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                // a width that moves the shape key under the colour key (or back) needs another height
                if (layout(getWidth(), null).height != laidOutHeight) revalidate();
            }
        });
    }

    @Override
    public Dimension getPreferredSize() {
        int w = getWidth() > 0 ? getWidth() : getParent() != null && getParent().getWidth() > 0 ? getParent().getWidth() : 600;
        laidOutHeight = layout(w, null).height;
        return new Dimension(w, laidOutHeight);
    }

    /** Where the texts go at this width: their boxes, and the height the legend needs. */
    static final class Layout {
        final List<Rectangle> texts = new ArrayList<>();
        int height;
    }

    Layout layout(int width) {
        return layout(width, null);
    }

    /** Lays the legend out at {@code width}; draws it too when {@code g} is not null. */
    private Layout layout(int width, Graphics2D g) {
        Layout out = new Layout();
        FontMetrics small = getFontMetrics(SMALL), bold = getFontMetrics(BOLD);
        String[] counts = counts();
        // measured on the widest counts a run shows, so that the legend does not rearrange itself as it runs
        int leftW = Math.max(bold.stringWidth(TITLE), BAR_W);
        for (String c : WIDEST_COUNTS) leftW = Math.max(leftW, bold.stringWidth(c));
        int keysW = 0;
        for (String k : KEYS) keysW = Math.max(keysW, KEY_TEXT + 4 + small.stringWidth(k));
        boolean beside = PAD + leftW + GAP + keysW + PAD <= width;

        int x = PAD, y = PAD + bold.getAscent();
        text(g, out, bold, TITLE, x, y, Color.DARK_GRAY);
        int barY = y + bold.getDescent() + 3;
        if (g != null) {
            for (int i = 0; i < BAR_W; i++) {
                g.setColor(IntegrationColors.of(i / (double) (BAR_W - 1)));
                g.fillRect(x + i, barY, 1, BAR_H);
            }
            g.setColor(Color.GRAY);
            g.drawRect(x, barY, BAR_W - 1, BAR_H);
        }
        int ty = barY + BAR_H + small.getAscent() + 1;
        text(g, out, small, LOW, x, ty, Color.DARK_GRAY);
        text(g, out, small, HIGH, x + BAR_W - small.stringWidth(HIGH), ty, Color.DARK_GRAY);
        int cy = ty + 8;
        for (int k = 0; k < counts.length; k++) {
            cy += ROW;
            boolean dry = k == FUND_LINE && view.fundDry();
            text(g, out, bold, counts[k], x, cy, dry ? DRY : Color.DARK_GRAY);
        }
        int leftBottom = cy + bold.getDescent();

        int kx = beside ? PAD + leftW + GAP : PAD;
        int top = beside ? PAD + small.getAscent() : leftBottom + 8 + small.getAscent();
        // under the counts, the keys take two columns where two fit (a comparison's narrower pictures)
        int columns = !beside && PAD + 2 * keysW + GAP / 2 + PAD <= width ? 2 : 1;
        int perColumn = (KEYS.length + columns - 1) / columns;
        int keysBottom = top;
        for (int k = 0; k < KEYS.length; k++) {
            int cx = kx + (k / perColumn) * (keysW + GAP / 2);
            int ky = top + (k % perColumn) * ROW;
            if (g != null) drawKey(g, k, cx, ky - small.getAscent() / 2 + 1);
            text(g, out, small, KEYS[k], cx + KEY_TEXT + 4, ky, Color.DARK_GRAY);
            keysBottom = Math.max(keysBottom, ky + small.getDescent());
        }
        out.height = Math.max(leftBottom, keysBottom) + PAD;
        return out;
    }

    /** Which line of the counts is the guarantee fund's (red when it has run dry). */
    static final int FUND_LINE = 3;

    /** The counts of the month on screen, counted as the metrics count them. */
    String[] counts() {
        if (view.model() == null || view.refreshedStep() < 0) return new String[] {"not started", "", "", "", ""};
        int firms = view.firms();
        String fund = view.fundDry() ? "guarantee fund DRY: no new guarantees"
                : view.fundCapital() > 0 ? String.format("guarantee fund: capital %,.0f", view.fundCapital())
                : "no guarantee fund";
        return new String[] {
            String.format("month %d: %d firms, %d producers, %d specialists", view.refreshedStep(), firms,
                    view.producers(), view.specialists()),
            String.format("(%d are both); %d supply links, %d with a breach", view.producersAndSpecialists(),
                    view.relations(), view.recentBreaches()),
            String.format("association: %d members (%.0f%%); %d lead firms", view.members(),
                    firms > 0 ? 100.0 * view.members() / firms : 0.0, view.leadFirms()),
            fund,
            "engineers who changed firm this month: " + view.talentMoves()};
    }

    private static void text(Graphics2D g, Layout out, FontMetrics fm, String s, int x, int baseline, Color c) {
        if (s.isEmpty()) return;
        out.texts.add(new Rectangle(x, baseline - fm.getAscent(), fm.stringWidth(s), fm.getAscent() + fm.getDescent()));
        if (g == null) return;
        g.setFont(fm.getFont());
        g.setColor(c);
        g.drawString(s, x, baseline);
    }

    /** The symbol of key {@code k}, centred vertically on {@code cy}, in the {@link #KEY_TEXT} pixels from {@code x}. */
    private static void drawKey(Graphics2D g, int k, int x, int cy) {
        switch (k) {
            case 0:
                outlined(g, new Ellipse2D.Double(x + 2, cy - 5, 10, 10), IntegrationColors.of(1), 1f);
                break;
            case 1:
                outlined(g, new Rectangle2D.Double(x + 3, cy - 4, 9, 9), IntegrationColors.of(0), 1f);
                break;
            case 2:
                outlined(g, new Ellipse2D.Double(x + 2, cy - 5, 10, 10), IntegrationColors.of(0.7), 2f);
                break;
            case 3:
                g.setStroke(new BasicStroke(1.6f));
                g.setColor(IntegrationColors.trust(0.1));
                g.draw(new Line2D.Double(x, cy, x + 7, cy));
                g.setColor(IntegrationColors.trust(1));
                g.draw(new Line2D.Double(x + 7, cy, x + 14, cy));
                g.setStroke(new BasicStroke(1f));
                break;
            case 4:
                g.setStroke(new BasicStroke(2.6f));
                g.setColor(IntegrationColors.BREACH);
                g.draw(new Line2D.Double(x, cy, x + 14, cy));
                g.setStroke(new BasicStroke(1f));
                break;
            case 5:
                outlined(g, new Ellipse2D.Double(x + 4, cy - 3, 6, 6), IntegrationColors.of(1), 1f);
                g.setColor(IntegrationColors.MEMBER);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(x + 1, cy - 6, 12, 12));
                g.setStroke(new BasicStroke(1f));
                break;
            case 7:
                g.setColor(IntegrationColors.TALENT);
                g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
                g.draw(new Line2D.Double(x, cy, x + 14, cy));
                g.setStroke(new BasicStroke(1f));
                break;
            default:
                g.setColor(IntegrationColors.of(1));
                g.fill(new Ellipse2D.Double(x, cy - 7, 14, 14));
                g.setColor(IntegrationColors.LEAD);
                g.setStroke(new BasicStroke(3f));
                g.draw(new Ellipse2D.Double(x + 1, cy - 6, 12, 12));
                g.setStroke(new BasicStroke(1f));
        }
    }

    /** A firm's mark as the picture draws it: filled with its colour, outlined in dark grey. */
    private static void outlined(Graphics2D g, Shape shape, Color fill, float outline) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(outline));
        g.draw(shape);
        g.setStroke(new BasicStroke(1f));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            layout(getWidth(), g);
        } finally {
            g.dispose();
        }
    }
}
