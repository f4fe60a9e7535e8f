package clustersim.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.LocationWrapper;
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

    /** What the inspector shows as the firm's position: where it sits and why, not field coordinates. */
    @Override
    public LocationWrapper getWrapper(Object object) {
        final LocationWrapper inner = super.getWrapper(object);
        return new LocationWrapper(inner.getObject(), null, this) {
            @Override
            public Object getLocation() {
                return inner.getLocation();
            }

            @Override
            public String getLocationName() {
                Object o = getObject();
                return o instanceof FirmView ? place((FirmView) o) : String.valueOf(getLocation());
            }
        };
    }

    private String place(FirmView v) {
        if (v.group == ClusterLayout.PRODUCERS) return "in the centre, among the producers";
        if (v.group >= 0 && view.model() != null) return "in the " + view.model().chain().get(v.group).name + " sector";
        return "in the outer band (between roles)";
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        view.refreshIfStale();
        super.hitObjects(range, putInHere);
    }
}
