package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws one firm: a disc for a producer (brand owner), a square for a specialist, a disc with a dark ring
 * for a producer that also sells a stage. Fill colour is the share of the value chain the firm runs itself
 * ({@link IntegrationColors}); area grows with sales.
 */
final class FirmPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color OUTLINE = new Color(60, 60, 60);
    private static final Color SELECTED = new Color(0, 0, 0);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke RING = new BasicStroke(2.2f);
    private static final Stroke SELECTION = new BasicStroke(3f);
    private static final Stroke MEMBER_RING = new BasicStroke(2f);
    private static final Stroke LEAD_OUTLINE = new BasicStroke(3f);

    private final transient ClusterView view;

    FirmPortrayal(ClusterView view) {
        this.view = view;
    }

    private static double pixels(FirmView v, DrawInfo2D info) {
        return Math.max(2.0, v.radius * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        FirmView v = (FirmView) object;
        // integer shapes: the software renderers behind Xvfb and remote desktops draw them far faster
        int r = (int) Math.round(pixels(v, info));
        int x = (int) Math.round(info.draw.x) - r, y = (int) Math.round(info.draw.y) - r, d = 2 * r;
        g.setColor(IntegrationColors.of(v.inHouse));
        if (v.firm.isProducer()) {
            g.fillOval(x, y, d, d);
            g.setColor(v.lead ? IntegrationColors.LEAD : OUTLINE);
            if (v.lead) {
                g.setStroke(LEAD_OUTLINE);
                g.drawOval(x, y, d, d);
                g.setStroke(THIN);
            } else if (v.firm.isSpecialist()) {
                g.setStroke(RING);
                g.drawOval(x, y, d, d);
                g.setStroke(THIN);
            } else {
                g.drawOval(x, y, d, d);
            }
        } else {
            int side = Math.max(3, (int) Math.round(d * 0.9));
            int sx = (int) Math.round(info.draw.x) - side / 2, sy = (int) Math.round(info.draw.y) - side / 2;
            g.fillRect(sx, sy, side, side);
            g.setColor(OUTLINE);
            g.drawRect(sx, sy, side, side);
        }
        if (v.member) {
            // an association member: a green ring just outside its mark
            g.setColor(IntegrationColors.MEMBER);
            g.setStroke(MEMBER_RING);
            g.drawOval(x - 3, y - 3, d + 6, d + 6);
            g.setStroke(THIN);
        }
        if (info.selected) {
            g.setColor(SELECTED);
            g.setStroke(SELECTION);
            g.drawOval(x - 3, y - 3, d + 6, d + 6);
            g.setStroke(THIN);
        }
        view.drawn(v);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        FirmView v = (FirmView) object;
        double r = pixels(v, range);
        Ellipse2D.Double e = new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r);
        return e.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Object o = wrapper == null ? null : wrapper.getObject();
        return o == null ? "Firm" : o.toString();
    }
}
