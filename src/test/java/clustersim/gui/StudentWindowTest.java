package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.metrics.Metric;
import clustersim.model.Firm;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sim.display.Console;
import sim.util.Properties;

/** The window as a student meets it (issue 11, items 15 to 18), under a real display. */
@Tag("gui")
@Timeout(120)
class StudentWindowTest extends WindowTest {
    private static Scenario small() {
        return Scenario.defaults().with(Param.INITIAL_FIRMS, 120).with(Param.MARKET_SIZE, 1200);
    }

    private static void paint(ClusterModelWithUI gui) throws Exception {
        Snapshot.onSwing(() -> {
            JComponent inside = gui.display().insideDisplay;
            inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            gui.charts().flush();
            return null;
        });
    }

    // ---------------------------------------------------------------- 15: month 0, a student's pace

    @Test
    void beforePlayThePictureAndTheChartsShowMonthZero() throws Exception {
        console = GuiTestSupport.openAtStudentPace(small(), new Rectangle(0, 0, 1600, 1000));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        paint(gui);
        assertEquals(0, gui.model().stepsDone());
        assertEquals(120, gui.view().lastFrameFirmIds().cardinality(), "the display drew the 120 firms of month 0");
        assertEquals(120, gui.view().producers());
        assertEquals(120, gui.charts().histogramValues(), "the histogram holds the producers of month 0");
        LiveCharts charts = gui.charts();
        for (int k = 0; k < charts.timeSeriesCharts(); k++) {
            assertEquals(1, charts.points(k), charts.title(k) + ": month 0");
            assertEquals(0, charts.span(k)[0], 1e-9);
            NumberAxis time = (NumberAxis) charts.plot(k).getDomainAxis();
            assertEquals(0, time.getLowerBound(), 1e-9, charts.title(k) + " time axis");
            assertEquals(small().steps(), time.getUpperBound(), 1e-9, charts.title(k) + ": the whole run on the time axis");
        }
        int firms = charts.chart("Firms");
        assertEquals(120, charts.series(firms, Metric.FIRMS).getY(0).doubleValue());
        assertTrue(Double.isNaN(charts.series(firms, Metric.ENTRIES).getY(0).doubleValue()), "no entries before a month");
    }

    @Test
    void theWindowOpensAtAPaceAStudentCanFollowAndTheAboutTabSaysHowToChangeIt() throws Exception {
        console = GuiTestSupport.openAtStudentPace(small(), new Rectangle(0, 0, 1600, 1000));
        assertEquals(ClusterModelWithUI.STUDENT_PACE_MS, console.getPlaySleep());
        assertTrue(1000.0 / ClusterModelWithUI.STUDENT_PACE_MS <= 10, "at most about 10 months a second");
        String about = String.valueOf(ClusterModelWithUI.getInfo());
        assertTrue(about.contains("10 months a second") && about.contains("Delay"), about);
    }

    // ---------------------------------------------------------------- 16: one definition of a specialist

    @Test
    void theLegendTheSectorsAndTheFirmsChartShowTheSameSpecialists() throws Exception {
        Scenario s = small().with(Param.INITIAL_SPECIALIST_SHARE, 0.3).with(Param.CREDIT_ENVIRONMENT, 0.9);
        console = GuiTestSupport.open(s);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 3);
        paint(gui);
        LiveCharts charts = gui.charts();
        XYSeries chart = charts.series(charts.chart("Firms"), Metric.SPECIALISTS);
        double charted = chart.getY(chart.getItemCount() - 1).doubleValue();
        assertTrue(charted > 0, "the scenario has specialists");
        assertEquals(charted, gui.view().specialists(), "legend and chart");
        int sellers = 0;
        for (Firm f : gui.model().firms()) for (int st = 0; st < gui.view().layout().sectors(); st++) if (f.sells(st)) sellers++;
        int sectors = 0;
        for (int st = 0; st < gui.view().layout().sectors(); st++) sectors += gui.view().specialistsInSector(st);
        assertEquals(sellers, sectors, "the sectors count every firm selling their stage");
    }

    // ---------------------------------------------------------------- 17: a click inspects, also after the end

    private static void click(JComponent c, Point2D.Double p, int count) {
        long now = System.currentTimeMillis();
        c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_PRESSED, now, MouseEvent.BUTTON1_DOWN_MASK,
                (int) Math.round(p.x), (int) Math.round(p.y), count, false, MouseEvent.BUTTON1));
        c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_RELEASED, now, 0,
                (int) Math.round(p.x), (int) Math.round(p.y), count, false, MouseEvent.BUTTON1));
        c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_CLICKED, now, 0,
                (int) Math.round(p.x), (int) Math.round(p.y), count, false, MouseEvent.BUTTON1));
    }

    @Test
    void aSingleClickInspectsAFirmAlsoAfterTheRunEndedWithRoundedNumbers() throws Exception {
        console = GuiTestSupport.open(small().with(Param.STEPS, 4));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        Snapshot.onSwing(() -> {
            console.pressPlay();
            return null;
        });
        Snapshot.playUntil(console, gui, 4);
        for (long end = System.currentTimeMillis() + 10_000; console.getPlayState() != Console.PS_STOPPED
                && System.currentTimeMillis() < end; ) Thread.sleep(20);
        assertEquals(Console.PS_STOPPED, console.getPlayState(), "the run ended by itself");
        assertEquals(4, gui.model().stepsDone());
        GuiTestSupport.waitForSwing();

        Firm target = gui.model().firms().get(0);
        List<String> names = Snapshot.onSwing(() -> {
            JComponent inside = gui.display().insideDisplay;
            inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            click(inside, ClusterLayoutProbe.pixel(gui, target), 1);
            return inspectorNames(console);
        });
        GuiTestSupport.waitForSwing();
        assertTrue(names.contains("Producer " + target.getId()), "one click inspects the firm: " + names);
        JTabbedPane tabs = console.getTabPane();
        assertEquals("Inspectors", Snapshot.onSwing(() -> tabs.getTitleAt(tabs.getSelectedIndex())));

        FirmView shown = null;
        for (Object o : gui.view().field.getAllObjects()) if (((FirmView) o).getId() == target.getId()) shown = (FirmView) o;
        Properties props = Properties.getProperties(shown);
        for (int k = 0; k < props.numProperties(); k++) {
            Object v = props.getValue(k);
            if (v instanceof Double) {
                double d = (Double) v;
                assertEquals(Rounding.readable(d), d, props.getName(k) + " is shown rounded");
                assertTrue(Double.toString(d).length() <= 9, props.getName(k) + " = " + d);
            }
        }
    }

    private static List<String> inspectorNames(Console c) {
        List<String> out = new ArrayList<>();
        for (JList<?> list : ClusterModelWithUI.components(c.getContentPane(), JList.class)) {
            for (int k = 0; k < list.getModel().getSize(); k++) out.add(String.valueOf(list.getModel().getElementAt(k)));
        }
        return out;
    }

    // ---------------------------------------------------------------- 18: charts, legend, sliders

    @Test
    void theInnovationChartPutsTheSmallRatesOnTheirOwnAxisAndTheFirmsChartKeepsEntriesLowAndProducersOnTop() throws Exception {
        console = GuiTestSupport.open(small());
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 80);
        paint(gui);
        LiveCharts charts = gui.charts();
        int innovation = charts.chart("Innovation and imitation");
        // own designs on the left (0..1); copying and R&D, a percent or two, on a right axis scaled to them
        assertEquals(1.0, charts.plot(innovation).getRangeAxis(0).getUpperBound(), 1e-9, "own designs on 0..1");
        assertTrue(charts.plot(innovation).getRangeAxis(1) != null, "copying and R&D on their own axis");
        assertTrue(charts.plot(innovation).getRangeAxis(1).getUpperBound() < 0.5,
                "the right axis fits the small rates: " + charts.plot(innovation).getRangeAxis(1).getUpperBound());
        int firms = charts.chart("Firms");
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD, charts.plot(firms).getSeriesRenderingOrder(),
                "producers are drawn over firms");
        NumberAxis right = (NumberAxis) charts.plot(firms).getRangeAxis(1);
        double top = 0;
        for (Metric m : new Metric[] {Metric.ENTRIES, Metric.EXITS}) {
            XYSeries s = charts.series(firms, m);
            for (int k = 0; k < s.getItemCount(); k++) {
                double y = s.getY(k).doubleValue();
                if (!Double.isNaN(y)) top = Math.max(top, y);
            }
        }
        assertTrue(top > 0, "entries happened");
        assertTrue(top <= right.getUpperBound() / 2.5, "entries and exits keep to the lower part: " + top + " of " + right.getUpperBound());
    }

    @Test
    void theLegendUnderThePictureDoesNotOverlapItselfOnA1366x768Screen() throws Exception {
        console = Snapshot.onSwing(() -> ClusterModelWithUI.open(small(), new Rectangle(0, 0, 1366, 768)));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.waitForSwing();
        DisplayLegend legend = gui.legend();
        for (int width : new int[] {legend.getWidth(), 400, 470, 560, 680, 900}) {
            List<Rectangle> texts = legend.layout(width).texts;
            for (int i = 0; i < texts.size(); i++) {
                Rectangle a = texts.get(i);
                assertTrue(a.x >= 0 && a.x + a.width <= Math.max(width, 400), "text runs off a " + width + " px legend: " + a);
                for (int j = i + 1; j < texts.size(); j++) {
                    assertFalse(a.intersects(texts.get(j)), "at " + width + " px: " + a + " overlaps " + texts.get(j));
                }
            }
        }
        assertTrue(legend.getHeight() >= legend.layout(legend.getWidth()).height, "the legend got the height it needs");
    }

    @Test
    void whenARunEndsTheSlidersKeepTheValuesBesideTheCharts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path yaml = dir.resolve("reform.yaml");
        java.nio.file.Files.writeString(yaml, "name: reform\ninitialFirms: 80\nmarketSize: 800\nipProtection: 0.15\nsteps: 6\n"
                + "events:\n  - {step: 4, set: {ipProtection: 0.85}, label: IP reform}\n");
        console = GuiTestSupport.open(clustersim.scenario.ScenarioLoader.load(yaml));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        Snapshot.onSwing(() -> {
            console.pressPlay();
            return null;
        });
        Snapshot.playUntil(console, gui, 6);
        for (long end = System.currentTimeMillis() + 10_000; gui.runInProgress() && System.currentTimeMillis() < end; ) {
            Thread.sleep(20);
        }
        assertFalse(gui.runInProgress(), "the run ended");
        assertEquals(0.85, gui.levers().value(Param.IP_PROTECTION), "the value the run ended with");
        Properties tab = Properties.getProperties(gui.getSimulationInspectedObject());
        for (int k = 0; k < tab.numProperties(); k++) {
            if (tab.getName(k).equals(Param.IP_PROTECTION.key)) assertEquals(0.85, tab.getValue(k));
        }
    }
}
