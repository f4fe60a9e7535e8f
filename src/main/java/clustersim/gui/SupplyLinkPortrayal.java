package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
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
    private static final Stroke NORMAL = new BasicStroke(1f);
    private static final Stroke BREACH = new BasicStroke(2.5f);
    private static final Stroke SELECTED = new BasicStroke(3.5f);

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        SupplyLink link = (SupplyLink) ((Edge) object).info;
        boolean breach = link.breachedRecently();
        g.setColor(breach ? IntegrationColors.BREACH : IntegrationColors.trust(link.getTrust()));
        g.setStroke(info.selected ? SELECTED : breach ? BREACH : NORMAL);
        // integer lines take Java2D's fast path; a display holds thousands of them
        g.drawLine((int) e.draw.x, (int) e.draw.y, (int) e.secondPoint.x, (int) e.secondPoint.y);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Object o = wrapper == null ? null : wrapper.getObject();
        return o instanceof Edge && ((Edge) o).info != null ? "Supply: " + ((Edge) o).info : "Supply relation";
    }
}
