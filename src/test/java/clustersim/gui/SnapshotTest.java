package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("gui")
@Timeout(120)
class SnapshotTest {
    @Test
    void aSnapshotIsOnePictureOfEveryWindowAfterTheSteps(@TempDir Path dir) throws Exception {
        GuiTestSupport.assumeDisplay();
        Scenario s = Scenario.defaults().with(Param.INITIAL_FIRMS, 100).with(Param.MARKET_SIZE, 1000).with(Param.STEPS, 30);
        Path png = dir.resolve("window.png");
        try (GuiTestSupport.UncaughtTrap trap = new GuiTestSupport.UncaughtTrap()) {
            Snapshot.Result r = Snapshot.write(s, 30, png);
            assertEquals(30, r.steps);
            assertEquals(9, r.windows);
            GuiTestSupport.waitForSwing();
            assertEquals(java.util.List.of(), trap.caught());
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(Snapshot.AREA.width, img.getWidth());
        assertEquals(Snapshot.AREA.height, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 200, "a picture of windows, not a blank: " + colours.size() + " colours");
        assertFalse(Files.exists(dir.resolve(".window.png.part")), "no temporary file left");
    }
}
