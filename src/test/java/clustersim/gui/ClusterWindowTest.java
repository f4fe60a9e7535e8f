package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import java.util.List;
import javax.swing.JFrame;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Properties;

@Tag("gui")
@Timeout(120)
class ClusterWindowTest extends WindowTest {
    private static Scenario small() {
        return Scenario.defaults().with(Param.INITIAL_FIRMS, 120).with(Param.MARKET_SIZE, 1200);
    }

    @Test
    void theWindowOpensWithTheConsoleTheClusterDisplayAndSixCharts() throws Exception {
        console = GuiTestSupport.open(small());
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        List<JFrame> windows = Snapshot.onSwing(() -> gui.windows(console));
        assertEquals(9, windows.size(), "console, display, 6 time-series charts and the histogram");
        for (JFrame f : windows) {
            assertTrue(f.isShowing(), f.getTitle() + " is not on screen");
            assertTrue(f.getWidth() > 200 && f.getHeight() > 150, f.getTitle() + " is too small: " + f.getSize());
        }
        assertEquals(7, gui.charts().frames().size());
        assertNotNull(console.getModelInspector(), "the Model tab");
    }

    @Test
    void afterFiftyStepsEveryChartHoldsFiftyPointsAndTheDisplayDrewEveryFirm() throws Exception {
        console = GuiTestSupport.open(small());
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 50);
        ClusterModel model = gui.model();
        assertEquals(50, model.stepsDone());

        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        LiveCharts charts = gui.charts();
        assertEquals(6, charts.timeSeriesCharts());
        for (int k = 0; k < charts.timeSeriesCharts(); k++) {
            assertTrue(charts.points(k) >= 50, charts.title(k) + " holds " + charts.points(k) + " points");
        }
        int producers = 0;
        for (Firm f : model.firms()) if (f.isProducer()) producers++;
        assertEquals(producers, charts.histogramValues(), "the histogram holds every producer");

        // paint the display now and check it drew every firm of step 50
        Snapshot.onSwing(() -> {
            javax.swing.JComponent inside = gui.display().insideDisplay;
            inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            return null;
        });
        BitSet expected = new BitSet();
        for (Firm f : model.firms()) expected.set(f.getId());
        assertEquals(50, gui.view().lastFrameStep());
        assertEquals(expected, gui.view().lastFrameFirmIds());
        assertTrue(gui.view().relations() >= 0);
    }

    @Test
    void aLongRunKeepsTheWholeTimeAxisInABoundedNumberOfPoints() throws Exception {
        console = GuiTestSupport.open(Scenario.defaults().with(Param.INITIAL_FIRMS, 40).with(Param.MARKET_SIZE, 400)
                .with(Param.STEPS, 1500));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 1300);
        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        LiveCharts charts = gui.charts();
        for (int k = 0; k < charts.timeSeriesCharts(); k++) {
            assertTrue(charts.maxPoints(k) <= 1000, charts.title(k) + " holds " + charts.maxPoints(k) + " points");
            assertTrue(charts.points(k) >= 300, charts.title(k) + " thinned too far: " + charts.points(k));
            double[] span = charts.span(k);
            assertEquals(0, span[0], 1e-9, charts.title(k) + " lost month 0, the start of the run");
            assertEquals(1300, span[1], 1e-9, charts.title(k) + " does not reach the last step");
        }
    }

    @Test
    void movingASliderChangesTheModelParameterAtTheNextStepAndMarksTheCharts() throws Exception {
        console = GuiTestSupport.open(small());
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 5);
        ClusterModel model = gui.model();
        double before = model.parameter(Param.CREDIT_ENVIRONMENT);
        double moved = before < 0.5 ? 0.9 : 0.1;

        // what the Model tab's slider does: set the lever's property through MASON's properties of the levers
        Snapshot.onSwing(() -> {
            Properties props = Properties.getProperties(gui.getSimulationInspectedObject());
            int index = indexOf(props, Param.CREDIT_ENVIRONMENT.key);
            assertTrue(props.isReadWrite(index));
            Object domain = props.getDomain(index);
            assertTrue(domain instanceof sim.util.Interval, "a slider needs an interval domain, got " + domain);
            props.setValue(index, moved);
            return null;
        });
        assertEquals(before, model.parameter(Param.CREDIT_ENVIRONMENT), "nothing changes between two steps");

        GuiTestSupport.playUntilPaused(console, 6);
        assertEquals(moved, model.parameter(Param.CREDIT_ENVIRONMENT));
        ClusterModel.ParameterChange last = model.parameterChanges().get(model.parameterChanges().size() - 1);
        assertEquals(Param.CREDIT_ENVIRONMENT, last.param());
        assertEquals(PolicyLevers.SOURCE, last.source());
        assertEquals(6, last.step(), "the change took effect at the step after the move");

        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        assertEquals(1, gui.charts().markers());
        assertTrue(gui.charts().markerLabels().get(0).contains("creditEnvironment"), gui.charts().markerLabels().toString());
    }

    @Test
    void stopAndPlayStartsAgainFromTheScenarioWithLeversMovedWhileStopped() throws Exception {
        Scenario s = small();
        console = GuiTestSupport.open(s);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 10);
        ClusterModel first = gui.model();
        Snapshot.onSwing(() -> {
            gui.levers().set(Param.IP_PROTECTION, 0.95);
            return null;
        });
        GuiTestSupport.playUntilPaused(console, 12);
        assertEquals(0.95, first.parameter(Param.IP_PROTECTION));

        Snapshot.onSwing(() -> {
            console.pressStop();
            return null;
        });
        assertFalse(gui.runInProgress());
        // a move made while stopped sets the next run's starting value
        Snapshot.onSwing(() -> {
            gui.levers().set(Param.SOCIAL_TRUST, 0.8);
            return null;
        });
        GuiTestSupport.playUntilPaused(console, 3);
        ClusterModel second = gui.model();
        assertNotSame(first, second, "a new run builds a new model");
        assertEquals(3, second.stepsDone());
        assertEquals(s.get(Param.IP_PROTECTION), second.parameter(Param.IP_PROTECTION), "the scenario's value again");
        assertEquals(0.8, second.parameter(Param.SOCIAL_TRUST));
        assertTrue(second.parameterChanges().isEmpty(), "a starting value is not a change during the run");
        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        assertEquals(4, gui.charts().points(0), "the charts start again with the run: month 0 and three months");
        assertEquals(0, gui.charts().markers());
    }

    @Test
    void theModelTabFollowsAPolicyEventOfTheScenario(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path yaml = dir.resolve("reform.yaml");
        java.nio.file.Files.writeString(yaml, "name: reform\ninitialFirms: 80\nmarketSize: 800\nipProtection: 0.15\n"
                + "events:\n  - {step: 4, set: {ipProtection: 0.85}, label: IP reform}\n");
        console = GuiTestSupport.open(clustersim.scenario.ScenarioLoader.load(yaml));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 6);
        assertEquals(0.85, gui.model().parameter(Param.IP_PROTECTION));
        assertEquals(0.85, gui.levers().value(Param.IP_PROTECTION));
        // the Model tab refreshes a few times a second
        List<String> shown = List.of();
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            shown = Snapshot.onSwing(() -> texts(console.getModelInspector()));
            if (shown.contains("0.85")) break;
        }
        assertTrue(shown.contains("0.85"), "the ipProtection slider shows the reform: " + shown);
        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        assertEquals(List.of("IP reform"), gui.charts().markerLabels());
    }

    private static List<String> texts(java.awt.Component c) {
        List<String> out = new java.util.ArrayList<>();
        if (c instanceof javax.swing.text.JTextComponent) out.add(((javax.swing.text.JTextComponent) c).getText());
        if (c instanceof java.awt.Container) for (java.awt.Component k : ((java.awt.Container) c).getComponents()) out.addAll(texts(k));
        return out;
    }

    @Test
    void clickingAFirmOpensMasonsInspectorOnIt() throws Exception {
        console = GuiTestSupport.open(small());
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 3);
        int before = console.getAllInspectors().size();
        boolean hit = Snapshot.onSwing(() -> {
            javax.swing.JComponent inside = gui.display().insideDisplay;
            inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            Firm f = gui.model().firms().get(0);
            java.awt.geom.Point2D.Double p = ClusterLayoutProbe.pixel(gui, f);
            Rectangle2D.Double spot = new Rectangle2D.Double(p.x - 1, p.y - 1, 2, 2);
            boolean found = false;
            for (Bag b : gui.display().objectsHitBy(spot)) {
                for (Object o : b) {
                    Object obj = ((LocationWrapper) o).getObject();
                    if (obj instanceof FirmView && ((FirmView) obj).getId() == f.getId()) found = true;
                }
            }
            gui.display().createInspectors(spot, gui);
            return found;
        });
        GuiTestSupport.waitForSwing();
        assertTrue(hit, "a click on the firm's spot hits the firm");
        assertTrue(console.getAllInspectors().size() > before, "an inspector opened");
    }

    private static int indexOf(Properties props, String name) {
        for (int k = 0; k < props.numProperties(); k++) if (props.getName(k).equals(name)) return k;
        throw new AssertionError("no property " + name);
    }
}
