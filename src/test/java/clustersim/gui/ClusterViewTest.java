package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.Param;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The picture's numbers without a window: specialists are counted as the metrics count them (a firm that
 * does both counts in both), and a firm's colour is the metrics' vertical integration.
 */
class ClusterViewTest {
    private static final int MONTHS = 72;

    /** A cluster that gets specialists and producers that also sell a stage (the default starts with none). */
    private static ClusterModel cluster() {
        // model v2: with 1500 the specialists of the start close and no producer buys within 72 months; a
        // richer market (4000) keeps producers that buy, producers that sell and pure specialists from month 12
        ClusterConfig c = ClusterConfig.defaults().with(Param.INITIAL_FIRMS, 150).with(Param.MARKET_SIZE, 4000)
                .with(Param.INITIAL_SPECIALIST_SHARE, 0.3).with(Param.ROLE_CHANGE_PROBABILITY, 0.2)
                .with(Param.CREDIT_ENVIRONMENT, 0.9).with(Param.IP_PROTECTION, 0.9);
        ClusterModel m = new ClusterModel(11, c);
        ClusterMetrics.of(m); // attached before the first month, as every reader does
        m.start();
        return m;
    }

    @Test
    void theSectorsAndTheLegendCountSpecialistsAsTheFirmsChartDoes() {
        ClusterModel m = cluster();
        ClusterView view = new ClusterView();
        view.attach(m);
        boolean sawBoth = false, sawPure = false;
        for (int month = 1; month <= MONTHS; month++) {
            m.schedule.step(m);
            view.refreshIfStale();
            ClusterMetrics metrics = ClusterMetrics.of(m);
            int both = 0, sellers = 0, producersSelling = 0;
            for (Firm f : m.firms()) {
                if (f.isProducer() && f.isSpecialist()) both++;
                for (int s = 0; s < m.chain().size() - 1; s++) {
                    if (!f.sells(s)) continue;
                    sellers++;
                    if (f.isProducer()) producersSelling++;
                }
            }
            sawBoth |= both > 0;
            sawPure |= sellers > producersSelling;
            String when = "month " + month;
            assertEquals(metrics.get(Metric.SPECIALISTS), view.specialists(), when + ": the legend's specialists = the chart's");
            assertEquals(metrics.get(Metric.PRODUCERS), view.producers(), when);
            assertEquals(both, view.producersAndSpecialists(), when);
            int sectors = 0, inCentre = 0;
            for (int s = 0; s < view.layout().sectors(); s++) {
                sectors += view.specialistsInSector(s);
                inCentre += view.producersInSector(s);
            }
            assertEquals(sellers, sectors, when + ": each sector counts every firm selling its stage, producers included");
            assertEquals(producersSelling, inCentre, when);
        }
        assertTrue(sawBoth && sawPure, "the run must show both kinds of specialist");
    }

    @Test
    void aFirmsColourIsTheVerticalIntegrationTheMetricsAverage() {
        ClusterModel m = cluster();
        boolean sawBuyer = false;
        for (int month = 1; month <= MONTHS; month++) {
            m.schedule.step(m);
            double sum = 0;
            int producers = 0;
            for (Firm f : m.firms()) {
                double shown = ClusterView.verticalIntegration(f, m.chain());
                if (!f.isProducer()) {
                    assertEquals(0, shown, "a firm without a product of its own is at the blue end");
                    continue;
                }
                producers++;
                sum += shown;
                for (int s = 0; s < f.getStageCount(); s++) {
                    if (f.buys(s) && !f.makes(s)) {
                        sawBuyer = true;
                        assertTrue(shown < 1, "firm " + f.getId() + " buys a stage, so it does not make everything");
                    }
                }
            }
            assertEquals(ClusterMetrics.of(m).get(Metric.VERTICAL_INTEGRATION), sum / producers, 1e-12,
                    "month " + month + ": the colours average to the vertical_integration metric");
        }
        assertTrue(sawBuyer, "the run must have producers that buy a stage");
    }

    @Test
    void theInspectorListsEveryFirmRowInTheSameOrderEveryTimeRoleFirst() {
        ClusterModel m = cluster();
        m.schedule.step(m);
        ClusterView view = new ClusterView();
        view.attach(m);
        view.refreshIfStale();
        FirmView firm = (FirmView) view.field.getAllObjects().objs[0];
        sim.util.Properties rows = sim.util.Properties.getProperties(firm);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < rows.numProperties(); k++) names.add(rows.getName(k));
        assertEquals(java.util.Arrays.asList(FirmView.ROWS), names);
        assertEquals("Role", names.get(1));
        java.util.Set<String> getters = new java.util.TreeSet<>();
        for (java.lang.reflect.Method g : FirmView.class.getMethods()) {
            if (g.getName().startsWith("get") && g.getParameterCount() == 0 && g.getDeclaringClass() == FirmView.class) {
                getters.add(g.getName().substring(3));
            }
        }
        assertEquals(getters, new java.util.TreeSet<>(names), "every getter of FirmView is a row");
        assertEquals(firm.getRole(), rows.getValue(1));
        assertTrue(rows.getDescription(1).contains("specialist"));
    }

    @Test
    void masonsConsoleListsOnlyTheWindowSoItLoadsNoJava3dDemo() throws Exception {
        try (InputStream in = sim.display.Console.class.getResourceAsStream("simulation.classes")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder classes = new StringBuilder();
            for (String line : text.split("\n")) {
                String t = line.replaceAll("#.*", "").trim();
                if (!t.isEmpty() && !t.equals("ONLY")) classes.append(t).append(' ');
            }
            assertEquals(ClusterModelWithUI.class.getName() + " ", classes.toString());
        }
    }
}
