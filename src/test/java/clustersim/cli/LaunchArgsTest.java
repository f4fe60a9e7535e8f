package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A double-clicked jar opens the window; a terminal, a headless machine or any argument keeps the command line. */
class LaunchArgsTest {
    private static final String[] NONE = {};

    @Test
    void aDoubleClickedJarOpensTheWindowWithItsChooser() {
        assertArrayEquals(new String[] {"gui"}, Main.launchArgs(NONE, false, false));
    }

    @Test
    void aTerminalStillGetsTheUsage() {
        assertArrayEquals(NONE, Main.launchArgs(NONE, true, false));
    }

    @Test
    void withoutADisplayTheUsageIsPrinted() {
        assertArrayEquals(NONE, Main.launchArgs(NONE, false, true));
        assertArrayEquals(NONE, Main.launchArgs(NONE, true, true));
    }

    @Test
    void argumentsAreRunAsGivenWhateverTheConsoleAndDisplay() {
        String[] run = {"run", "scenarios/baseline.yaml"};
        for (boolean console : new boolean[] {true, false}) {
            for (boolean headless : new boolean[] {true, false}) {
                assertArrayEquals(run, Main.launchArgs(run, console, headless), "console " + console + ", headless " + headless);
            }
        }
    }
}
