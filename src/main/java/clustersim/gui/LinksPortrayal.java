package clustersim.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.util.Bag;

/** The supply-relations layer; brings the picture up to date first, whichever layer a student has hidden. */
final class LinksPortrayal extends NetworkPortrayal2D {
    private final transient ClusterView view;

    LinksPortrayal(ClusterView view) {
        this.view = view;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        view.refreshIfStale();
        super.draw(object, g, info);
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        view.refreshIfStale();
        super.hitObjects(range, putInHere);
    }
}
