package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.HeadlessRun;
import clustersim.metrics.Metric;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/** Two clusters in lockstep: each side is its own headless run, step by step, and both are drawn. */
@Tag("gui")
@Timeout(180)
class CompareWindowTest extends WindowTest {
    private static final int STEPS = 40;
    private static Scenario weak() {
        return Scenario.defaults().with(Param.INITIAL_FIRMS, 100).with(Param.MARKET_SIZE, 1000)
                .with(Param.CREDIT_ENVIRONMENT, 0.1).withName("weak").withSeed(20261201);
    }

    private static Scenario strong() {
        return Scenario.defaults().with(Param.INITIAL_FIRMS, 100).with(Param.MARKET_SIZE, 1000)
                .with(Param.CREDIT_ENVIRONMENT, 0.9).with(Param.SOCIAL_TRUST, 0.8).withName("strong").withSeed(20261201);
    }

    private static Console openCompare(Scenario a, Scenario b) throws Exception {
        Console c = Snapshot.onSwing(() -> ClusterModelWithUI.open(a, b, new java.awt.Rectangle(0, 0, 1600, 1000), 0));
        return c;
    }

    @Test
    void eachSideOfTheComparisonIsTheHeadlessRunOfItsScenarioStepByStep() throws Exception {
        Scenario a = weak(), b = strong();
        List<double[]> headlessA = new ArrayList<>(), headlessB = new ArrayList<>();
        HeadlessRun.run(a.config(), a.seed(), STEPS, m -> headlessA.add(m.values().clone()));
        HeadlessRun.run(b.config(), b.seed(), STEPS, m -> headlessB.add(m.values().clone()));

        List<double[]> windowA = Collections.synchronizedList(new ArrayList<>());
        List<double[]> windowB = Collections.synchronizedList(new ArrayList<>());
        console = openCompare(a, b);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        MetricsListener ra = m -> windowA.add(m.values().clone()), rb = m -> windowB.add(m.values().clone());
        gui.addRunListener(ra);
        gui.addRunListenerB(rb);
        GuiTestSupport.playUntilPaused(console, STEPS);
        compare(headlessA, windowA, "A");
        compare(headlessB, windowB, "B");
        assertEquals(STEPS, gui.modelB().stepsDone(), "B keeps step with A");

        // stop and play replays both
        windowA.clear();
        windowB.clear();
        Snapshot.onSwing(() -> {
            console.pressStop();
            return null;
        });
        GuiTestSupport.playUntilPaused(console, STEPS);
        compare(headlessA, windowA, "A, second run");
        compare(headlessB, windowB, "B, second run");
    }

    @Test
    void bothPicturesAndBothSetsOfLinesAreShownAndASliderMovesBoth() throws Exception {
        console = openCompare(weak(), strong());
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        List<JFrame> windows = Snapshot.onSwing(() -> gui.windows(console));
        assertEquals(10, windows.size(), "console, two displays, 6 time-series charts and the histogram");
        for (JFrame f : windows) assertTrue(f.isShowing(), f.getTitle());
        assertTrue(gui.displayFrame().getTitle().startsWith("A: weak"), gui.displayFrame().getTitle());
        assertTrue(gui.displayFrameB().getTitle().startsWith("B: strong"), gui.displayFrameB().getTitle());

        GuiTestSupport.playUntilPaused(console, 20);
        Snapshot.onSwing(() -> {
            gui.levers().set(Param.IP_PROTECTION, 0.95);
            return null;
        });
        GuiTestSupport.playUntilPaused(console, 30);
        ClusterModel a = gui.model(), b = gui.modelB();
        assertEquals(0.95, a.parameter(Param.IP_PROTECTION));
        assertEquals(0.95, b.parameter(Param.IP_PROTECTION), "a slider moves both clusters");
        assertEquals(21, b.parameterChanges().get(b.parameterChanges().size() - 1).step(), "at the same month");

        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        LiveCharts charts = gui.charts();
        int k = charts.chart("Division of labour");
        assertEquals(31, charts.series(k, Metric.DIVISION_OF_LABOR).getItemCount(), "A: month 0 to 30");
        assertEquals(31, charts.seriesB(k, Metric.DIVISION_OF_LABOR).getItemCount(), "B: month 0 to 30");
        assertEquals(List.of("A+B: ipProtection 0.95"), charts.markerLabels(), "one marker for a move of both");
        int producersB = 0;
        for (clustersim.model.Firm f : b.firms()) if (f.isProducer()) producersB++;
        assertEquals(producersB, charts.histogramValuesB());
        List<List<String>> table = Snapshot.onSwing(() -> ChartFiles.table(charts.chartOf(k), "month"));
        assertEquals(List.of("month", "division of labour (bought)", "vertical integration (made)",
                "division of labour (bought) (B)", "vertical integration (made) (B)"), table.get(0), "the CSV holds both");
        assertEquals(32, table.size());
        List<List<String>> bins = Snapshot.onSwing(() -> ChartFiles.table(charts.chartOf(charts.timeSeriesCharts()), null));
        assertEquals(List.of("bin_start", "bin_end", "producers", "producers (B)"), bins.get(0));
        assertNotEquals(a.firms().size() + ":" + charts.series(k, Metric.DIVISION_OF_LABOR).getY(30),
                b.firms().size() + ":" + charts.seriesB(k, Metric.DIVISION_OF_LABOR).getY(30), "two different clusters");
    }

    @Test
    void aSnapshotOfAComparisonShowsEveryWindow(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("compare.png");
        Snapshot.Result r = Snapshot.write(weak(), strong(), 15, png);
        assertEquals(10, r.windows);
        assertEquals(15, r.steps);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(Snapshot.AREA.width, img.getWidth());
        assertEquals(Snapshot.AREA.height, img.getHeight());
    }

    @Test
    void withTargetBAMoveChangesBAloneAndEachSideStaysItsHeadlessRun() throws Exception {
        movesReachOnlyTheChosenSide(1, "B");
    }

    @Test
    void withTargetAAMoveChangesAAloneAndEachSideStaysItsHeadlessRun() throws Exception {
        movesReachOnlyTheChosenSide(0, "A");
    }

    /** Chooses the target on the Model tab's drop-down (0 A, 1 B), moves a lever at month 20, plays to 40. */
    private void movesReachOnlyTheChosenSide(int choice, String side) throws Exception {
        Scenario a = weak(), b = strong();
        boolean toB = side.equals("B");
        List<double[]> headlessA = new ArrayList<>(), headlessB = new ArrayList<>();
        headlessWithMove(a, toB ? -1 : 20, headlessA);
        headlessWithMove(b, toB ? 20 : -1, headlessB);

        List<double[]> windowA = Collections.synchronizedList(new ArrayList<>());
        List<double[]> windowB = Collections.synchronizedList(new ArrayList<>());
        console = openCompare(a, b);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        gui.addRunListener(m -> windowA.add(m.values().clone()));
        gui.addRunListenerB(m -> windowB.add(m.values().clone()));
        sim.util.Properties tab = gui.levers().properties();
        int row = -1;
        for (int k = 0; k < tab.numProperties(); k++) if (tab.getName(k).equals("apply moves to")) row = k;
        assertTrue(row >= 0, "a comparison's Model tab offers the target");
        assertEquals(2, tab.getValue(row), "moves go to both by default");
        assertArrayEquals(new String[] {"A", "B", "both"}, (String[]) tab.getDomain(row));
        int r = row;
        Snapshot.onSwing(() -> tab.setValue(r, choice));
        assertEquals(choice, tab.getValue(row));

        GuiTestSupport.playUntilPaused(console, 20);
        int ip = -1;
        for (int k = 0; k < tab.numProperties(); k++) if (tab.getName(k).equals(Param.IP_PROTECTION.key)) ip = k;
        int ipRow = ip;
        Snapshot.onSwing(() -> tab.setValue(ipRow, 0.95));
        assertEquals(0.95, tab.getValue(ipRow), "the slider shows the chosen side's value");
        GuiTestSupport.playUntilPaused(console, STEPS);

        ClusterModel moved = toB ? gui.modelB() : gui.model(), kept = toB ? gui.model() : gui.modelB();
        Scenario keptScenario = toB ? a : b;
        assertEquals(0.95, moved.parameter(Param.IP_PROTECTION), side + " got the move");
        assertEquals(21, moved.parameterChanges().get(moved.parameterChanges().size() - 1).step(), "at the next month");
        assertEquals(keptScenario.config().get(Param.IP_PROTECTION), kept.parameter(Param.IP_PROTECTION), "the other side did not");
        assertEquals(List.of(), kept.parameterChanges(), "the other side logged no change");
        compare(headlessA, windowA, "A");
        compare(headlessB, windowB, "B");
        Snapshot.onSwing(() -> {
            gui.charts().flush();
            return null;
        });
        assertEquals(List.of(side + ": ipProtection 0.95"), gui.charts().markerLabels(), "the marker names the side");
    }

    /** A headless run of STEPS months of {@code s}, with ipProtection set to 0.95 after {@code moveAfter} months (-1: never). */
    private static void headlessWithMove(Scenario s, int moveAfter, List<double[]> rows) {
        ClusterModel m = new ClusterModel(s.seed(), s.config());
        clustersim.metrics.ClusterMetrics.of(m).addListener(x -> rows.add(x.values().clone()));
        m.start();
        while (m.stepsDone() < STEPS) {
            if (m.stepsDone() == moveAfter) m.setParameter(Param.IP_PROTECTION, 0.95, PolicyLevers.SOURCE);
            m.schedule.step(m);
        }
        m.finish();
    }

    private static void compare(List<double[]> expected, List<double[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": rows");
        for (int k = 0; k < expected.size(); k++) {
            assertArrayEquals(expected.get(k), actual.get(k), what + ": metrics row of step " + (k + 1));
        }
    }
}
