package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sim.util.Bag;

/** The institutions of issue 13 as a student sees them: the Institutions chart, marks on the picture, the legend. */
@Tag("gui")
@Timeout(120)
class InstitutionsWindowTest extends WindowTest {

    /** Brings the picture and its legend up to the paused model (as a frame about to paint does). */
    private static void refresh(ClusterModelWithUI gui) throws Exception {
        Snapshot.onSwing(() -> {
            gui.charts().flush();
            gui.view().refreshIfStale();
            return null;
        });
    }

    @Test
    void anAssociationFoundedByAPolicyEventShowsOnTheChartAndThePictureWithinAFewMonths(@TempDir Path dir)
            throws Exception {
        Path yaml = dir.resolve("association.yaml");
        Files.writeString(yaml, "name: association\ninitialFirms: 80\nmarketSize: 800\nleadFirms: 0.1\n"
                + "events:\n  - {step: 3, set: {associationStrength: 0.6}, label: association founded}\n");
        console = GuiTestSupport.open(clustersim.scenario.ScenarioLoader.load(yaml));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 12);
        refresh(gui);
        ClusterModel model = gui.model();
        int members = 0, leads = 0;
        for (Firm f : model.firms()) {
            if (f.isAssociationMember()) members++;
            if (f.isLeadFirm()) leads++;
        }
        assertTrue(members > 0, "firms joined within nine months of the founding");
        assertTrue(leads > 0, "the scenario has lead firms");

        // the chart plots the metric, month by month: 0 before the founding, the members' share at month 12
        LiveCharts charts = gui.charts();
        XYSeries line = charts.series(charts.chart("Institutions"), Metric.ASSOCIATION_MEMBERS);
        assertEquals(12.0, line.getX(line.getItemCount() - 1).doubleValue());
        double share = ClusterMetrics.of(model).get(Metric.ASSOCIATION_MEMBERS);
        assertEquals((double) members / model.firms().size(), share, 1e-12);
        assertEquals(share, line.getY(line.getItemCount() - 1).doubleValue(), 1e-12);
        assertEquals(0.0, line.getY(1).doubleValue(), "no association at month 1");
        assertTrue(charts.markerLabels().contains("association founded"), charts.markerLabels().toString());

        // the picture rings the members and draws the lead firms bigger; the legend counts both
        assertEquals(members, gui.view().members());
        assertEquals(leads, gui.view().leadFirms());
        Bag shown = gui.view().field.getAllObjects();
        int ringed = 0, bigger = 0;
        for (int k = 0; k < shown.numObjs; k++) {
            FirmView v = (FirmView) shown.objs[k];
            assertEquals(v.firm.isAssociationMember(), v.member, "firm " + v.getId());
            if (v.member) ringed++;
            if (v.lead) {
                bigger++;
                assertTrue(v.radius >= 0.8 * 0.45 * ClusterView.LEAD_SCALE - 1e-12, "a lead firm is drawn bigger");
            }
        }
        assertEquals(members, ringed);
        assertEquals(leads, bigger);
        String[] counts = Snapshot.onSwing(() -> gui.legend().counts());
        assertTrue(counts[2].startsWith("association: " + members + " members"), counts[2]);
        assertTrue(counts[2].endsWith(leads + " lead firms"), counts[2]);
        assertEquals("no guarantee fund", counts[DisplayLegend.FUND_LINE]);
    }

    @Test
    void aGuaranteeFundThatRunsDryIsMarkedOnTheChartsAndInTheLegend() throws Exception {
        // no fee, so the fund holds exactly its capital until a default; withdrawing all of it leaves it dry
        Scenario s = Scenario.defaults().with(Param.INITIAL_FIRMS, 60).with(Param.MARKET_SIZE, 600)
                .with(Param.GUARANTEE_CAPITAL, 100).with(Param.GUARANTEE_FEE, 0);
        console = GuiTestSupport.open(s);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 4);
        refresh(gui);
        assertTrue(gui.model().guaranteeFundCapital() > 0);
        assertFalse(gui.view().fundDry());
        String open = Snapshot.onSwing(() -> gui.legend().counts()[DisplayLegend.FUND_LINE]);
        assertTrue(open.startsWith("guarantee fund: capital "), open);

        gui.levers().set(Param.GUARANTEE_CAPITAL, 0);
        GuiTestSupport.playUntilPaused(console, 6);
        refresh(gui);
        assertEquals(0.0, gui.model().guaranteeFundCapital(), "the move withdrew the fund's capital at month 5");
        assertTrue(gui.view().fundDry());
        String dry = Snapshot.onSwing(() -> gui.legend().counts()[DisplayLegend.FUND_LINE]);
        assertTrue(dry.contains("DRY"), dry);
        List<String> labels = gui.charts().markerLabels();
        assertTrue(labels.stream().anyMatch(l -> l.contains(ChartFeed.FUND_DRY)), "marked on the charts: " + labels);
    }

    @Test
    void engineersMovingBetweenFirmsAreDrawnAsBriefLinesAndCounted() throws Exception {
        Scenario s = Scenario.defaults().with(Param.INITIAL_FIRMS, 60).with(Param.MARKET_SIZE, 600)
                .with(Param.TALENT_MOBILITY, 0.05);
        console = GuiTestSupport.open(s);
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 3);
        refresh(gui);
        int[] moved = gui.model().talentMovesLastStep();
        assertTrue(moved.length > 0, "engineers moved in month 3");
        assertEquals(moved.length / 2, gui.view().talentMoves());
        assertTrue(gui.view().moves.getAllNodes().numObjs >= 2, "lines between the firms");
        String[] counts = Snapshot.onSwing(() -> gui.legend().counts());
        assertEquals("engineers who changed firm this month: " + moved.length / 2, counts[4]);
    }
}
