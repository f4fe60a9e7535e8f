package clustersim.gui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import clustersim.scenario.Scenario;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sim.display.Console;

/**
 * What the window tests share: the display requirement, a trap for exceptions that reach Swing's event
 * thread (or the Console's play thread), and opening, playing and closing a Console without letting MASON
 * end the JVM.
 */
final class GuiTestSupport {
    /** Set to 1 (CI does, after starting Xvfb) to make a missing display a failure instead of a skip. */
    static final String REQUIRE_DISPLAY = "CLUSTERSIM_REQUIRE_DISPLAY";

    private GuiTestSupport() {
    }

    /** Skips the test when there is no display, unless CLUSTERSIM_REQUIRE_DISPLAY=1, which makes it fail. */
    static void assumeDisplay() {
        String why = null;
        if (GraphicsEnvironment.isHeadless()) {
            why = "no display (headless JVM; DISPLAY=" + System.getenv("DISPLAY") + ")";
        } else {
            try {
                if (GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length == 0) why = "no screen";
            } catch (Throwable e) {
                why = "display unusable: " + e;
            }
        }
        if (why == null) return;
        if ("1".equals(System.getenv(REQUIRE_DISPLAY))) fail(REQUIRE_DISPLAY + "=1 but " + why);
        assumeTrue(false, why + ": GUI test skipped (set DISPLAY, e.g. under Xvfb)");
    }

    /** Collects every exception that reaches a thread's end (Swing's event thread included). */
    static final class UncaughtTrap implements AutoCloseable {
        private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        private final List<Throwable> caught = Collections.synchronizedList(new ArrayList<>());

        UncaughtTrap() {
            Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
                caught.add(e);
                System.err.println("uncaught on " + t.getName() + ": " + e);
                e.printStackTrace();
            });
        }

        List<Throwable> caught() {
            synchronized (caught) {
                return new ArrayList<>(caught);
            }
        }

        @Override
        public void close() {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /** Opens the window as a student gets it (at a student's pace). */
    static Console openAtStudentPace(Scenario s, java.awt.Rectangle area) throws Exception {
        return Snapshot.onSwing(() -> ClusterModelWithUI.open(s, area));
    }

    /** Opens the window and lets it play at full speed. */
    static Console open(Scenario s) throws Exception {
        Console c = openAtStudentPace(s, new java.awt.Rectangle(0, 0, 1600, 1000));
        Snapshot.onSwing(() -> {
            c.setPlaySleep(0);
            return null;
        });
        return c;
    }

    static ClusterModelWithUI gui(Console c) {
        return (ClusterModelWithUI) c.getSimulation();
    }

    /** Plays from stopped (or paused) until {@code steps} steps are done, and leaves the Console paused. */
    static void playUntilPaused(Console c, long steps) throws Exception {
        Snapshot.onSwing(() -> {
            c.setWhenShouldEnd(Long.MAX_VALUE);
            c.setWhenShouldPause(steps);
            // from paused, MASON's play button steps once; its pause button resumes
            if (c.getPlayState() == Console.PS_PAUSED) c.pressPause();
            else c.pressPlay();
            return null;
        });
        Snapshot.playUntil(c, gui(c), steps);
        waitForSwing();
    }

    /** Lets everything queued on Swing's thread run. */
    static void waitForSwing() throws Exception {
        Snapshot.onSwing(() -> null);
        Snapshot.onSwing(() -> null);
    }

    static void close(Console c) throws Exception {
        if (c != null) Snapshot.close(c);
    }
}
