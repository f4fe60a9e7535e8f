package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import org.junit.jupiter.api.Test;

/** The window's options, checked before any window opens (so without a display). */
class GuiCommandTest {
    @Test
    void aPaceOutsideZeroToAThousandMonthsASecondIsBadInput() throws Exception {
        Cli negative = Cli.run("gui", "--pace", "-1");
        assertEquals(2, negative.status);
        assertTrue(negative.err.contains("--pace") && negative.err.contains("[0, 1000]"), negative.err);
        assertEquals(2, Cli.run("gui", "--pace", "NaN").status);
        assertEquals(2, Cli.run("gui", "--pace", "fast").status);
    }

    @Test
    void thePaceIsMasonsDelayBetweenTwoMonths() {
        assertEquals(100, clustersim.gui.ClusterModelWithUI.delayFor(10));
        assertEquals(0, clustersim.gui.ClusterModelWithUI.delayFor(0));
    }
}
