package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
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
    private static final Stroke THIN = new BasicStroke(0.8f);
    private static final Stroke RING = new BasicStroke(2.2f);
    private static final Stroke SELECTION = new BasicStroke(3f);

    private final transient ClusterView view;
    private final transient Ellipse2D.Double ellipse = new Ellipse2D.Double();
    private final transient Rectangle2D.Double square = new Rectangle2D.Double();

    FirmPortrayal(ClusterView view) {
        this.view = view;
    }

    private static double pixels(FirmView v, DrawInfo2D info) {
        return Math.max(2.0, v.radius * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        FirmView v = (FirmView) object;
        double r = pixels(v, info);
        double x = info.draw.x - r, y = info.draw.y - r, d = 2 * r;
        boolean producer = v.firm.isProducer();
        g.setColor(IntegrationColors.of(v.inHouse));
        if (producer) {
            ellipse.setFrame(x, y, d, d);
            g.fill(ellipse);
            g.setColor(OUTLINE);
            boolean alsoSells = v.firm.isSpecialist();
            g.setStroke(alsoSells ? RING : THIN);
            g.draw(ellipse);
        } else {
            double side = d * 0.9;
            square.setFrame(info.draw.x - side / 2, info.draw.y - side / 2, side, side);
            g.fill(square);
            g.setColor(OUTLINE);
            g.setStroke(THIN);
            g.draw(square);
        }
        if (info.selected) {
            g.setColor(SELECTED);
            g.setStroke(SELECTION);
            ellipse.setFrame(x - 3, y - 3, d + 6, d + 6);
            g.draw(ellipse);
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
