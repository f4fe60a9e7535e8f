package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `gui --snapshot` on a display: exit status 0 and the PNG written (the other statuses: cli.ExitStatusTest). */
@Tag("gui")
@Timeout(120)
class GuiCommandExitTest {
    @Test
    void aSnapshotOnADisplayExits0(@TempDir Path dir) throws Exception {
        GuiTestSupport.assumeDisplay();
        Path png = dir.resolve("shot.png");
        try (GuiTestSupport.UncaughtTrap trap = new GuiTestSupport.UncaughtTrap()) {
            Cli r = Cli.run("gui", "--snapshot", png.toString(), "--steps", "5", "--set", "initialFirms=50", "--set", "marketSize=500");
            assertEquals(0, r.status, r.toString());
            assertTrue(r.out.startsWith("Wrote " + png), r.out);
            GuiTestSupport.waitForSwing();
        }
        assertTrue(Files.size(png) > 0);
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "the PNG and no temporary");
        }
    }

    @Test
    void aComparisonSnapshotExits0AndAMissingComparedFileExits2WritingNothing(@TempDir Path dir) throws Exception {
        GuiTestSupport.assumeDisplay();
        Path png = dir.resolve("compare.png");
        try (GuiTestSupport.UncaughtTrap trap = new GuiTestSupport.UncaughtTrap()) {
            Cli bad = Cli.run("gui", "scenarios/baseline.yaml", "--compare", dir.resolve("missing.yaml").toString(),
                    "--snapshot", png.toString(), "--steps", "5");
            assertEquals(2, bad.status, bad.toString());
            assertTrue(bad.err.contains("missing.yaml"), bad.err);
            assertTrue(Files.notExists(png));
            Cli r = Cli.run("gui", "scenarios/pearl-river-delta.yaml", "--compare", "scenarios/zhejiang-trust.yaml",
                    "--snapshot", png.toString(), "--steps", "5", "--set", "initialFirms=50", "--set", "marketSize=500");
            assertEquals(0, r.status, r.toString());
            assertTrue(r.out.contains("pearl-river-delta compared with zhejiang-trust"), r.out);
            GuiTestSupport.waitForSwing();
        }
        assertTrue(Files.size(png) > 0);
    }
}
