package clustersim.gui;

import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javax.swing.SwingUtilities;
import javax.swing.JTabbedPane;
import sim.display.Console;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * MASON's Display2D, redrawn on the wall clock instead of after every step, and inspecting on a single
 * click. MASON's Console waits for Swing after every step (and the display paints holding the model's
 * lock), so a display repainted each step sets the pace of the whole run. Frames come at most
 * {@link #FRAME_MS} apart (25 a second), and a frame that took long to paint (a big cluster, a slow screen)
 * pushes the next one back to four times its cost, so drawing never takes more than about a fifth of the
 * time. A student can pick another redraw rule in the display's options, as in any MASON display.
 *
 * <p>MASON selects on a single click and inspects on a double click; a student clicks once and expects to
 * see the firm, so one click does both (and the second click of a double click adds nothing).
 */
final class ClusterDisplay extends Display2D {
    private static final long serialVersionUID = 1L;
    static final long FRAME_MS = 40;
    private final transient GUIState gui;
    private transient FieldPortrayal2D links, firms;
    private int linksLayer, firmsLayer;

    ClusterDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        this.gui = gui;
        updateRule = UPDATE_RULE_WALLCLOCK_TIME;
        wallInterval = FRAME_MS;
    }

    /** Told how long the last frame took to paint. */
    void framePainted(long nanos) {
        wallInterval = Math.max(FRAME_MS, 4 * nanos / 1_000_000);
    }

    @Override
    public boolean handleMouseEvent(MouseEvent e) {
        if (e.getID() == MouseEvent.MOUSE_CLICKED && SwingUtilities.isLeftMouseButton(e)) {
            if (e.getClickCount() == 1) inspectAt(e.getPoint());
            return true;
        }
        return super.handleMouseEvent(e);
    }

    /**
     * Opens MASON's inspectors on the firms under a point of the display or, where there is none, on the
     * supply relations there, selects them, and brings the Console's Inspectors tab to the front; the same
     * during a run, paused or after it ended. Returns the number of objects inspected.
     */
    int inspectAt(Point2D p) {
        Rectangle2D.Double spot = new Rectangle2D.Double(p.getX(), p.getY(), 1, 1);
        Bag[] hits = objectsHitBy(spot);
        int layer = hits.length > firmsLayer && hits[firmsLayer].numObjs > 0 ? firmsLayer : linksLayer;
        FieldPortrayal2D portrayal = layer == firmsLayer ? firms : links;
        Bag wrappers = layer < hits.length ? hits[layer] : new Bag();
        Bag inspectors = new Bag(), names = new Bag();
        for (int k = 0; k < wrappers.numObjs; k++) {
            LocationWrapper w = (LocationWrapper) wrappers.objs[k];
            inspectors.add(portrayal.getInspector(w, gui));
            names.add(portrayal.getName(w));
        }
        performSelection(wrappers);
        gui.controller.setInspectors(inspectors, names);
        if (wrappers.numObjs > 0 && gui.controller instanceof Console) {
            JTabbedPane tabs = ((Console) gui.controller).getTabPane();
            for (int k = 0; k < tabs.getTabCount(); k++) if ("Inspectors".equals(tabs.getTitleAt(k))) tabs.setSelectedIndex(k);
        }
        return wrappers.numObjs;
    }

    /** The layers a click can inspect, with their places in the display's attach order. */
    void inspectable(FieldPortrayal2D links, int linksLayer, FieldPortrayal2D firms, int firmsLayer) {
        this.links = links;
        this.linksLayer = linksLayer;
        this.firms = firms;
        this.firmsLayer = firmsLayer;
    }
}
