package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import sim.display.Console;

/**
 * A test of the real window: skipped without a display (unless CI requires one), the window closed after
 * each test, and any exception that reached the end of a thread (Swing's event thread, say) a failure.
 */
@Tag("gui")
abstract class WindowTest {
    private GuiTestSupport.UncaughtTrap trap;
    /** The test's window; closed after the test. */
    Console console;

    @BeforeEach
    void needADisplayAndWatchThreads() {
        GuiTestSupport.assumeDisplay();
        trap = new GuiTestSupport.UncaughtTrap();
    }

    @AfterEach
    void closeTheWindowAndCheckNoThreadFailed() throws Exception {
        try {
            GuiTestSupport.close(console);
            GuiTestSupport.waitForSwing();
            if (trap != null) assertEquals(List.of(), trap.caught(), "exceptions reached a thread's end (Swing's event thread?)");
        } finally {
            if (trap != null) trap.close();
        }
    }
}
