package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import clustersim.experiment.HeadlessRun;
import clustersim.metrics.MetricsListener;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sim.display.Console;

/** One model, one metrics object: the window must not change a run (no slider touched). */
@Tag("gui")
@Timeout(120)
class GuiHeadlessEquivalenceTest {
    private static final int STEPS = 60;

    @Test
    void theWindowAndAHeadlessRunGiveTheSameMetricsRowsEveryStep() throws Exception {
        GuiTestSupport.assumeDisplay();
        Scenario s = Scenario.defaults().with(Param.INITIAL_FIRMS, 150).with(Param.MARKET_SIZE, 1500).withSeed(20261127);

        List<double[]> headless = new ArrayList<>();
        HeadlessRun.run(s.config(), s.seed(), STEPS, m -> headless.add(m.values().clone()));

        List<double[]> window = Collections.synchronizedList(new ArrayList<>());
        Console console = GuiTestSupport.open(s);
        try (GuiTestSupport.UncaughtTrap trap = new GuiTestSupport.UncaughtTrap()) {
            ClusterModelWithUI gui = GuiTestSupport.gui(console);
            MetricsListener record = m -> window.add(m.values().clone());
            gui.addRunListener(record);
            GuiTestSupport.playUntilPaused(console, STEPS);
            compare(headless, window, "first run in the window");

            // stop and play replays the same history (same seed in the Console)
            window.clear();
            Snapshot.onSwing(() -> {
                console.pressStop();
                return null;
            });
            GuiTestSupport.playUntilPaused(console, STEPS);
            compare(headless, window, "second run in the window");
            assertEquals(List.of(), trap.caught());
        } finally {
            GuiTestSupport.close(console);
        }
    }

    private static void compare(List<double[]> expected, List<double[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": rows");
        for (int k = 0; k < expected.size(); k++) {
            assertArrayEquals(expected.get(k), actual.get(k), what + ": metrics row of step " + (k + 1));
        }
    }
}
