package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clustersim.io.AtomicFiles;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sim.display.Console;

/**
 * Draws results/reference/gui-lesson.png, the picture of lesson 1 that docs/GUI.md shows, as a student gets
 * it: the baseline in the window at 1920 x 1080, the Lessons tab on lesson 1, its first button pressed at
 * month 100 and its second at month 300, the picture taken at month 350. Runs only on request, under a
 * display: {@code DISPLAY=:NN mvn -B -o test -Dtest=LessonPictureProbe -Dgroups=gui
 * -Dlesson.picture=results/reference/gui-lesson.png}.
 */
@Tag("gui")
@EnabledIfSystemProperty(named = "lesson.picture", matches = ".+")
class LessonPictureProbe {
    private static final String TITLE = "1. Division of labour: what happens when contracts start to be enforced";

    @Test
    void drawLessonOne() throws Exception {
        GuiTestSupport.assumeDisplay();
        LessonsTab.forget();
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "baseline.yaml"));
        Console console = Snapshot.onSwing(() -> ClusterModelWithUI.open(s, null, Snapshot.AREA, Snapshot.TITLE_BAR));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        try {
            List<JButton> moves = Snapshot.onSwing(() -> {
                JTabbedPane tabs = console.getTabPane();
                LessonsTab tab = LessonsTabTest.tab(console);
                tabs.setSelectedComponent(tab);
                tab.select(TITLE);
                return List.copyOf(tab.moveButtons());
            });
            assertEquals("Raise creditEnvironment to 0.6 (month 100)", moves.get(0).getText());
            // a button acts at the next month, as a slider does: pressed at the end of month 99 it moves month 100
            GuiTestSupport.playUntilPaused(console, 99);
            click(moves.get(0));
            GuiTestSupport.playUntilPaused(console, 299);
            click(moves.get(1));
            GuiTestSupport.playUntilPaused(console, 350);
            BufferedImage image = Snapshot.onSwing(() -> {
                gui.charts().flush();
                return Snapshot.compose(gui.windows(console));
            });
            AtomicFiles.write(Path.of(System.getProperty("lesson.picture")), out -> {
                if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
            });
            System.out.println("lesson picture: moves " + gui.model().parameterChanges() + ", " + gui.model().firms().size()
                    + " firms at month " + gui.model().stepsDone());
        } finally {
            Snapshot.close(console);
            LessonsTab.forget();
        }
    }

    private static void click(JButton b) throws Exception {
        Snapshot.onSwing(() -> {
            b.doClick();
            return null;
        });
    }
}
