package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sim.display.Console;

@Timeout(120)
class ScenarioChooserTest {
    private GuiTestSupport.UncaughtTrap trap;
    private Console console;

    @AfterEach
    void tearDown() throws Exception {
        if (trap == null) return;
        try {
            GuiTestSupport.close(console);
            GuiTestSupport.waitForSwing();
            assertEquals(List.of(), trap.caught(), "exceptions reached a thread's end");
        } finally {
            trap.close();
        }
    }

    private static List<Path> shippedFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theCatalogListsEveryShippedScenarioWithTheDescriptionFromItsCommentBlock() throws Exception {
        List<ScenarioCatalog.Entry> entries = ScenarioCatalog.list(Path.of("scenarios"));
        List<Path> files = shippedFiles();
        assertTrue(files.size() >= 6, "shipped scenarios: " + files);
        assertEquals(files, entries.stream().map(ScenarioCatalog.Entry::file).toList(), "every file, none left out");
        for (ScenarioCatalog.Entry e : entries) {
            String firstComment = Files.readAllLines(e.file()).get(0).substring(1).strip();
            assertTrue(e.description().startsWith(firstComment), e.file() + ": " + e.description());
            assertFalse(e.description().contains("name:"), e.file() + ": the description stops at the first key");
        }
        assertEquals("ip-reform", entries.stream().filter(e -> e.file().endsWith("ip-reform.yaml")).findFirst().get().name());
    }

    @Test
    void aCommentBlockKeepsParagraphsAndListItems() {
        assertEquals("A first line continued.\n\nWhy:\n- one\n- two continued",
                ScenarioCatalog.commentBlock(List.of("# A first line", "# continued.", "#", "# Why:", "# - one", "# - two",
                        "#   continued", "name: x", "# not this")));
        assertEquals("", ScenarioCatalog.commentBlock(List.of("name: x")));
    }

    @Test
    @Tag("gui")
    void theChooserListsEveryShippedScenarioAndReturnsTheOneChosen() throws Exception {
        GuiTestSupport.assumeDisplay();
        trap = new GuiTestSupport.UncaughtTrap();
        CompletableFuture<Path> chosen = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> chosen.complete(ScenarioChooser.choose(null)));
        ScenarioChooser d = waitForChooser();
        List<ScenarioCatalog.Entry> listed = Snapshot.onSwing(d::entries);
        assertEquals(shippedFiles().stream().map(p -> p.getFileName().toString()).toList(),
                listed.stream().map(e -> e.file().getFileName().toString()).toList());
        String shown = Snapshot.onSwing(() -> {
            d.select("zhejiang-trust");
            return d.shownDescription();
        });
        assertTrue(shown.startsWith("The Zhejiang clusters: Wenzhou shoes"), shown);
        Snapshot.onSwing(() -> {
            d.openButton().doClick();
            return null;
        });
        assertEquals("zhejiang-trust.yaml", chosen.get(10, TimeUnit.SECONDS).getFileName().toString());
    }

    @Test
    @Tag("gui")
    void fileOpenScenarioReplacesTheWindowWithTheScenarioChosen() throws Exception {
        GuiTestSupport.assumeDisplay();
        trap = new GuiTestSupport.UncaughtTrap();
        console = GuiTestSupport.open(Scenario.defaults().with(Param.INITIAL_FIRMS, 60).with(Param.MARKET_SIZE, 600));
        Console first = console;
        JMenuItem item = Snapshot.onSwing(() -> first.getJMenuBar().getMenu(0).getItem(0));
        assertEquals(ClusterModelWithUI.OPEN_SCENARIO, item.getText());
        SwingUtilities.invokeLater(item::doClick);
        ScenarioChooser d = waitForChooser();
        Snapshot.onSwing(() -> {
            d.select("ip-reform");
            d.openButton().doClick();
            return null;
        });
        Console next = null;
        for (int k = 0; k < 200 && next == null; k++) {
            Thread.sleep(50);
            next = Snapshot.onSwing(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof Console && w != first && w.isShowing()) return (Console) w;
                }
                return null;
            });
        }
        assertNotNull(next, "a window on the scenario chosen");
        console = next;
        assertFalse(first.isShowing(), "the first window closed");
        ClusterModelWithUI gui = GuiTestSupport.gui(next);
        assertEquals("ip-reform", gui.scenario().name());
        assertEquals(0.15, gui.model().parameter(Param.IP_PROTECTION));
        for (javax.swing.JFrame f : gui.windows(next)) assertTrue(f.isShowing(), f.getTitle());
    }

    private static ScenarioChooser waitForChooser() throws Exception {
        for (int k = 0; k < 200; k++) {
            ScenarioChooser d = Snapshot.onSwing(() -> {
                for (Window w : Window.getWindows()) if (w instanceof ScenarioChooser && w.isShowing()) return (ScenarioChooser) w;
                return null;
            });
            if (d != null) return d;
            Thread.sleep(50);
        }
        throw new AssertionError("no chooser on screen");
    }
}
