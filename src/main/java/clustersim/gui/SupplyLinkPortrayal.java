package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a supply relation from supplier to buyer, shaded by the buyer's trust in the supplier (pale for a
 * stranger, dark for a trusted partner) and thick red for a few months after the supplier breached.
 */
final class SupplyLinkPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Stroke NORMAL = new BasicStroke(0.9f);
    private static final Stroke BREACH = new BasicStroke(2.4f);
    private static final Stroke SELECTED = new BasicStroke(3.5f);
    private final transient Line2D.Double line = new Line2D.Double();

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        SupplyLink link = (SupplyLink) ((Edge) object).info;
        boolean breach = link.breachedRecently();
        g.setColor(breach ? IntegrationColors.BREACH : IntegrationColors.trust(link.getTrust()));
        g.setStroke(info.selected ? SELECTED : breach ? BREACH : NORMAL);
        line.setLine(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y);
        g.draw(line);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Object o = wrapper == null ? null : wrapper.getObject();
        return o instanceof Edge && ((Edge) o).info != null ? "Supply: " + ((Edge) o).info : "Supply relation";
    }
}
