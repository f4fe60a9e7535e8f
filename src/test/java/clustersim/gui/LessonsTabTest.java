package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioLoader;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sim.display.Console;

@Tag("gui")
@Timeout(120)
class LessonsTabTest {
    private static final String TITLE = "1. Division of labour: what happens when contracts start to be enforced";
    private GuiTestSupport.UncaughtTrap trap;
    private Console console;

    @BeforeEach
    void setUp() {
        GuiTestSupport.assumeDisplay();
        trap = new GuiTestSupport.UncaughtTrap();
        LessonsTab.forget();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            GuiTestSupport.close(console);
            GuiTestSupport.waitForSwing();
            if (trap != null) assertEquals(List.of(), trap.caught(), "exceptions reached a thread's end");
        } finally {
            if (trap != null) trap.close();
            LessonsTab.forget();
        }
    }

    static LessonsTab tab(Console c) throws Exception {
        return Snapshot.onSwing(() -> {
            JTabbedPane tabs = c.getTabPane();
            for (int k = 0; k < tabs.getTabCount(); k++) {
                if (LessonsTab.TITLE.equals(tabs.getTitleAt(k))) return (LessonsTab) tabs.getComponentAt(k);
            }
            return null;
        });
    }

    @Test
    void aLessonsButtonMovesTheLeverAtTheNextMonthAndIsMarkedOnTheCharts() throws Exception {
        // the lesson's scenario, smaller so that the test is quick (its name, which enables the moves, is kept)
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "baseline.yaml"))
                .with(Param.INITIAL_FIRMS, 80).with(Param.MARKET_SIZE, 800);
        console = GuiTestSupport.open(s);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        LessonsTab tab = tab(console);
        assertNotNull(tab, "the Console has a Lessons tab");
        JButton raise = Snapshot.onSwing(() -> {
            tab.select(TITLE);
            return tab.moveButtons().get(0);
        });
        assertEquals("Raise creditEnvironment to 0.6 (month 100)", raise.getText());
        assertTrue(raise.isEnabled(), "the window shows the lesson's scenario");
        String html = Snapshot.onSwing(tab::html);
        assertTrue(html.contains("<h2>Division of labour as enforcement improves</h2>"), html);
        assertTrue(html.contains("<li>Press <b>Open the scenario baseline</b> above (it starts with <code>creditEnvironment</code> at 0.3), then <b>play</b>."), html);

        GuiTestSupport.playUntilPaused(console, 7);
        ClusterModel model = gui.model();
        assertEquals(0.3, model.parameter(Param.CREDIT_ENVIRONMENT));
        Snapshot.onSwing(() -> {
            raise.doClick();
            return null;
        });
        assertEquals(0.3, model.parameter(Param.CREDIT_ENVIRONMENT), "nothing changes between two months");
        GuiTestSupport.playUntilPaused(console, 8);
        assertEquals(0.6, model.parameter(Param.CREDIT_ENVIRONMENT));
        ClusterModel.ParameterChange last = model.parameterChanges().get(model.parameterChanges().size() - 1);
        assertEquals(8, last.step(), "the move took effect at the next month");
        assertEquals(PolicyLevers.SOURCE, last.source(), "the same path as a slider");
        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        assertEquals(List.of("creditEnvironment 0.6"), gui.charts().markerLabels());
    }

    /** A small cluster that no lesson names, in the window, and its Lessons tab. */
    private LessonsTab openElsewhere() throws Exception {
        console = GuiTestSupport.open(Scenario.defaults().with(Param.INITIAL_FIRMS, 60).with(Param.MARKET_SIZE, 600)
                .withName("not-a-lesson"));
        return tab(console);
    }

    /** Presses a lesson's button that opens a new window, which from then on is this test's to close. */
    private Console press(JButton b, String what) throws Exception {
        Console first = console;
        Snapshot.onSwing(() -> {
            b.doClick();
            return null;
        });
        Console next = Snapshot.onSwing(() -> {
            for (Window w : Window.getWindows()) if (w instanceof Console && w != first && w.isShowing()) return (Console) w;
            return null;
        });
        assertNotNull(next, what);
        console = next;
        return next;
    }

    @Test
    void aLessonOpensItsScenarioWithOneClickAndStaysOnTheLesson() throws Exception {
        LessonsTab tab = openElsewhere();
        Console first = console;
        String zhejiang = "3. Trust in the Zhejiang clusters";
        List<JButton> opens = Snapshot.onSwing(() -> {
            tab.select(zhejiang);
            return List.copyOf(tab.openButtons());
        });
        assertEquals(2, opens.size(), "one button a scenario of the lesson");
        assertEquals("Open the scenario zhejiang-trust", opens.get(0).getText());
        assertFalse(Snapshot.onSwing(() -> tab.moveButtons().get(0).isEnabled()), "moves wait for the lesson's scenario");
        Console next = press(opens.get(0), "a window on the lesson's scenario");
        assertFalse(first.isShowing());
        assertEquals("zhejiang-trust", GuiTestSupport.gui(next).scenario().name());
        LessonsTab shown = tab(next);
        Component front = Snapshot.onSwing(() -> next.getTabPane().getSelectedComponent());
        assertEquals(shown, front, "the Lessons tab is in front");
        assertEquals(zhejiang, shown.selected().title());
        assertTrue(Snapshot.onSwing(() -> shown.moveButtons().get(0).isEnabled()));
    }

    @Test
    void aLessonNamingTwoScenariosOpensThemAsAComparison() throws Exception {
        LessonsTab tab = openElsewhere();
        Console first = console;
        String zhejiang = "3. Trust in the Zhejiang clusters";
        JButton compare = Snapshot.onSwing(() -> {
            tab.select(TITLE);
            assertNull(tab.compareButton(), "a lesson with one scenario has nothing to compare");
            tab.select(zhejiang);
            return tab.compareButton();
        });
        assertNotNull(compare, "lesson 3 names two scenarios");
        assertEquals("Open as a comparison (A: zhejiang-trust, B: pearl-river-delta)", compare.getText());
        Console next = press(compare, "a window on the lesson's comparison");
        assertFalse(first.isShowing());
        ClusterModelWithUI gui = GuiTestSupport.gui(next);
        assertEquals("zhejiang-trust", gui.scenario().name(), "A is the first scenario named");
        assertNotNull(gui.other(), "a comparison");
        assertEquals("pearl-river-delta", gui.other().name(), "B is the second");
        assertTrue(Snapshot.onSwing(() -> gui.displayFrameB().isShowing()), "B's picture is shown");
        LessonsTab shown = tab(next);
        assertEquals(zhejiang, shown.selected().title(), "the lesson stays in front");
        assertTrue(Snapshot.onSwing(() -> shown.moveButtons().get(0).isEnabled()), "its moves work in the comparison");
    }

    @Test
    void lessonFourComparesLargeProjectsWithSmeSupport() throws Exception {
        LessonsTab tab = openElsewhere();
        String four = "4. Large projects or small firms? One budget spent two ways";
        JButton compare = Snapshot.onSwing(() -> {
            tab.select(four);
            return tab.compareButton();
        });
        assertNotNull(compare, "lesson 4 names two scenarios");
        assertEquals("Open as a comparison (A: large-projects, B: sme-support)", compare.getText());
        Console next = press(compare, "a window on the lesson's comparison");
        ClusterModelWithUI gui = GuiTestSupport.gui(next);
        assertEquals("large-projects", gui.scenario().name());
        assertEquals("sme-support", gui.other().name());
        LessonsTab shown = tab(next);
        assertEquals(four, shown.selected().title());
        List<String> moves = Snapshot.onSwing(() -> {
            List<String> out = new java.util.ArrayList<>();
            for (JButton b : shown.moveButtons()) {
                assertTrue(b.isEnabled(), b.getText());
                out.add(b.getText());
            }
            return out;
        });
        assertEquals(List.of("Raise associationStrength to 0.6 (month 200)", "Lower largeProjectShare to 0.5 (month 300)",
                "Lower trainingShare to 0 (month 300)", "Raise guaranteeCapital to 3000 (month 400)"), moves);
    }
}
