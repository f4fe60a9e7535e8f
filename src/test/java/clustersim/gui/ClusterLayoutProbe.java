package clustersim.gui;

import clustersim.model.Firm;
import java.awt.geom.Point2D;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/** Where the display put a firm (tests only). */
final class ClusterLayoutProbe {
    private ClusterLayoutProbe() {
    }

    static Double2D position(ClusterModelWithUI gui, Firm f) {
        ClusterLayout layout = gui.view().layout();
        return layout.position(f.getId(), layout.groupOf(f));
    }

    /** The firm's centre in the display's pixels, as MASON's own hit test computes it. */
    static Point2D.Double pixel(ClusterModelWithUI gui, Firm f) {
        DrawInfo2D info = gui.display().getDrawInfo2D(gui.firmsPortrayal(), new Point2D.Double(0, 0));
        return gui.firmsPortrayal().getLocationPosition(position(gui, f), info);
    }
}
