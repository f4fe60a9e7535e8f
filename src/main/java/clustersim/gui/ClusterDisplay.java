package clustersim.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's Display2D, redrawn on the wall clock instead of after every step. MASON's Console waits for
 * Swing after every step (and the display paints holding the model's lock), so a display repainted each
 * step sets the pace of the whole run. Frames come at most {@link #FRAME_MS} apart (25 a second), and a
 * frame that took long to paint (a big cluster, a slow screen) pushes the next one back to four times
 * its cost, so drawing never takes more than about a fifth of the time. A student can pick another
 * redraw rule in the display's options, as in any MASON display.
 */
final class ClusterDisplay extends Display2D {
    private static final long serialVersionUID = 1L;
    static final long FRAME_MS = 40;

    ClusterDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        updateRule = UPDATE_RULE_WALLCLOCK_TIME;
        wallInterval = FRAME_MS;
    }

    /** Told how long the last frame took to paint. */
    void framePainted(long nanos) {
        wallInterval = Math.max(FRAME_MS, 4 * nanos / 1_000_000);
    }
}
