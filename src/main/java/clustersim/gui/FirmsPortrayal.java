package clustersim.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;

/** The firms layer: brings the picture up to date, draws every firm, and records which firms it drew. */
final class FirmsPortrayal extends ContinuousPortrayal2D {
    private final transient ClusterView view;

    FirmsPortrayal(ClusterView view) {
        this.view = view;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        view.refreshIfStale();
        view.beginFrame();
        super.draw(object, g, info);
        view.endFrame();
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        view.refreshIfStale();
        super.hitObjects(range, putInHere);
    }
}
