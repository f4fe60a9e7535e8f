package clustersim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** Draws an engineer's move between two firms: a dashed magenta line over the picture for a few months. */
final class TalentMovePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Stroke DASHED = new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {5f, 3f}, 0f);

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        g.setColor(IntegrationColors.TALENT);
        g.setStroke(DASHED);
        g.drawLine((int) e.draw.x, (int) e.draw.y, (int) e.secondPoint.x, (int) e.secondPoint.y);
        g.setStroke(new BasicStroke(1f));
    }
}
