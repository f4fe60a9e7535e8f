package clustersim.gui;

import clustersim.model.ClusterModel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The backdrop of the cluster display: the producers' disc, one shaded sector per stage for its
 * specialists, and each sector's stage name with its number of specialists (every firm selling the stage,
 * producers that also sell it included, as the metrics count them). It also brings the picture
 * up to date before anything is drawn, since it is the bottom layer. Its {@link #labels} twin draws the
 * names and counts as the top layer, on a pale patch, so that a firm or a line never hides them.
 */
final class StageSectorsPortrayal extends FieldPortrayal2D {
    private static final Color DISC = new Color(0xf6, 0xf1, 0xe7);
    private static final Color[] SECTOR = {new Color(0xee, 0xf2, 0xf6), new Color(0xe3, 0xe9, 0xf0)};
    private static final Color LABEL = new Color(0x33, 0x33, 0x33);
    private static final Color PATCH = new Color(255, 255, 255, 200);
    private final transient ClusterView view;
    private final boolean labelsOnly;
    private final transient Arc2D.Double arc = new Arc2D.Double();
    private final transient Ellipse2D.Double disc = new Ellipse2D.Double();

    StageSectorsPortrayal(ClusterView view) {
        this(view, false);
    }

    private StageSectorsPortrayal(ClusterView view, boolean labelsOnly) {
        this.view = view;
        this.labelsOnly = labelsOnly;
        setField(view);
    }

    /** The sectors' names and counts, drawn over the firms and lines (attach it last). */
    static StageSectorsPortrayal labels(ClusterView view) {
        return new StageSectorsPortrayal(view, true);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!labelsOnly) {
            view.frameStarted();
            view.refreshIfStale();
        }
        ClusterModel m = view.model();
        ClusterLayout layout = view.layout();
        if (m == null || layout == null) return;
        double scale = info.draw.width / ClusterLayout.SIZE;
        double cx = info.draw.x + ClusterLayout.CENTRE * scale, cy = info.draw.y + ClusterLayout.CENTRE * scale;

        double rp = (ClusterLayout.PRODUCER_RADIUS + 1.5) * scale;
        if (labelsOnly) {
            drawLabels(g, info, m, layout, scale, cx, cy, rp);
            return;
        }
        disc.setFrame(cx - rp, cy - rp, 2 * rp, 2 * rp);
        g.setColor(DISC);
        g.fill(disc);

        double r1 = (ClusterLayout.RING_OUTER + 1.5) * scale;
        double r0 = (ClusterLayout.RING_INNER - 1.5) * scale;
        for (int s = 0; s < layout.sectors(); s++) {
            double a0 = layout.sectorStart(s) + ClusterLayout.SECTOR_GAP / 4;
            double a1 = layout.sectorStart(s + 1) - ClusterLayout.SECTOR_GAP / 4;
            // Arc2D measures angles counter-clockwise in degrees with y up; the layout's run clockwise with y down
            arc.setArc(cx - r1, cy - r1, 2 * r1, 2 * r1, -Math.toDegrees(a0), -Math.toDegrees(a1 - a0), Arc2D.PIE);
            java.awt.geom.Area wedge = new java.awt.geom.Area(arc);
            wedge.subtract(new java.awt.geom.Area(new Ellipse2D.Double(cx - r0, cy - r0, 2 * r0, 2 * r0)));
            g.setColor(SECTOR[s % 2]);
            g.fill(wedge);
        }
    }

    private void drawLabels(Graphics2D g, DrawInfo2D info, ClusterModel m, ClusterLayout layout, double scale,
            double cx, double cy, double rp) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, Math.min(14, 2.3 * scale)));
        g.setFont(font);
        g.setColor(LABEL);
        FontMetrics fm = g.getFontMetrics();
        // outside the ring, where no firm sits; kept inside the field where a sector points at its edge
        double rl = (ClusterLayout.RING_OUTER + 4) * scale;
        double left = info.draw.x + 2, right = info.draw.x + info.draw.width - 2;
        double top = info.draw.y + fm.getAscent() + 2, bottom = info.draw.y + info.draw.height - 3;
        Font note = font.deriveFont(Font.PLAIN, Math.max(8f, font.getSize2D() - 2));
        FontMetrics fn = g.getFontMetrics(note);
        for (int s = 0; s < layout.sectors(); s++) {
            // every firm selling the stage, as the Firms chart counts specialists; producers among them sit in
            // the centre (a disc with a thick ring), so the sector says how many of its sellers are there
            String text = m.chain().get(s).name + " (" + view.specialistsInSector(s) + ")";
            int inCentre = view.producersInSector(s);
            String under = inCentre == 0 ? "" : inCentre + (inCentre == 1 ? " is a producer" : " are producers");
            double a = layout.sectorMiddle(s);
            int w = Math.max(fm.stringWidth(text), fn.stringWidth(under));
            int h = fm.getAscent() + (under.isEmpty() ? 0 : fn.getHeight());
            double x = cx + rl * Math.cos(a) - w / 2.0, y = cy + rl * Math.sin(a) + fm.getAscent() / 2.0;
            x = Math.max(left, Math.min(right - w, x));
            y = Math.max(top, Math.min(bottom - (h - fm.getAscent()), y));
            patch(g, x - 2, y - fm.getAscent(), w + 4, h + fm.getDescent());
            g.setFont(font);
            g.drawString(text, (float) (x + (w - fm.stringWidth(text)) / 2.0), (float) y);
            if (!under.isEmpty()) {
                g.setFont(note);
                g.drawString(under, (float) (x + (w - fn.stringWidth(under)) / 2.0), (float) (y + fn.getHeight()));
            }
        }
        g.setFont(font);
        String centre = "producers (" + view.producers() + ")";
        patch(g, cx - fm.stringWidth(centre) / 2.0 - 2, cy - rp - 4 - fm.getAscent(), fm.stringWidth(centre) + 4,
                fm.getAscent() + fm.getDescent());
        g.drawString(centre, (float) (cx - fm.stringWidth(centre) / 2.0), (float) (cy - rp - 4));
    }

    /** A pale patch behind a label, so that it reads over a firm or a line. */
    private static void patch(Graphics2D g, double x, double y, double w, double h) {
        g.setColor(PATCH);
        g.fill(new java.awt.geom.RoundRectangle2D.Double(x, y, w, h, 6, 6));
        g.setColor(LABEL);
    }
}
