package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

/** The Model tab's levers, without a window: MASON reads them as bean properties. */
class PolicyLeversTest {
    private static PolicyLevers levers() {
        return new PolicyLevers("test", ClusterConfig.defaults(), 7);
    }

    private static List<String> names(Properties props) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < props.numProperties(); k++) names.add(props.getName(k));
        return names;
    }

    @Test
    void everyLiveParameterIsASliderWithItsRangeFromParam() {
        PolicyLevers levers = levers();
        Properties props = Properties.getProperties(levers);
        List<String> names = names(props);
        for (Param p : Param.values()) {
            if (p.kind == Param.Kind.INSTITUTION || p.kind == Param.Kind.MARKET) {
                assertTrue(p.isLive(), p.key + ": an institution or a market parameter is live");
            }
            if (!p.isLive()) continue;
            int k = names.indexOf(p.key);
            assertTrue(k >= 0, p.key + " has no slider on the Model tab: " + names);
            assertTrue(props.isReadWrite(k), p.key + " is read-only");
            Object d = props.getDomain(k);
            assertTrue(d instanceof Interval, p.key + " has no slider range");
            Interval iv = (Interval) d;
            assertTrue(iv.getMin().doubleValue() >= p.min && iv.getMax().doubleValue() <= p.max, p.key + " range " + iv);
            assertTrue(iv.getMin().doubleValue() < iv.getMax().doubleValue());
            assertEquals(p.defaultValue, ((Number) props.getValue(k)).doubleValue(), p.key);
            assertTrue(props.getDescription(k).contains(p.description), p.key + " tooltip");
        }
    }

    @Test
    void theModelTabListsTheScenarioTheRunSizeEveryLiveParameterInDeclarationOrderAndTheSeed() {
        List<String> expected = new ArrayList<>(List.of("scenario", Param.INITIAL_FIRMS.key));
        for (Param p : Param.values()) if (p.isLive()) expected.add(p.key);
        expected.add("seed");
        assertEquals(expected, names(Properties.getProperties(levers())));
        // the same rows whoever asks, however often (the window and --snapshot build their own)
        assertEquals(expected, names(Properties.getProperties(levers())));
    }

    @Test
    void theModelTabSetsAnIntegerLeverFromTextAsMasonsSliderDoes() {
        PolicyLevers levers = levers();
        Properties props = Properties.getProperties(levers);
        int k = names(props).indexOf(Param.INITIAL_FIRMS.key);
        assertEquals(Integer.TYPE, props.getType(k));
        props.setValue(k, "40");
        assertEquals(40, levers.nextRunConfig().get(Param.INITIAL_FIRMS));
        int c = names(props).indexOf(Param.CREDIT_ENVIRONMENT.key);
        props.setValue(c, "0.25");
        assertEquals(0.25, levers.value(Param.CREDIT_ENVIRONMENT));
        assertEquals(7L, props.getValue(names(props).indexOf("seed")));
    }

    @Test
    void aParameterSpanningManyDecadesGetsASliderAroundItsValue() {
        Interval iv = levers().domain(Param.MARKET_SIZE);
        double v = ClusterConfig.defaults().get(Param.MARKET_SIZE);
        assertEquals(v / 10, iv.getMin().doubleValue(), 1e-9);
        assertEquals(v * 10, iv.getMax().doubleValue(), 1e-9);
    }

    @Test
    void anInstitutionsMoneyGetsASliderFromNoneToAPracticalMaximum() throws Exception {
        PolicyLevers none = levers();
        assertEquals(0, none.domain(Param.GUARANTEE_CAPITAL).getMin().doubleValue());
        assertEquals(10_000, none.domain(Param.GUARANTEE_CAPITAL).getMax().doubleValue());
        assertEquals(0, none.domain(Param.GOVERNMENT_BUDGET).getMin().doubleValue());
        assertEquals(300, none.domain(Param.GOVERNMENT_BUDGET).getMax().doubleValue());
        // a scenario's value above the practical maximum widens the slider to ten times it, 0 still on it
        PolicyLevers big = new PolicyLevers("big", ClusterConfig.defaults().with(Param.GUARANTEE_CAPITAL, 50_000), 7);
        assertEquals(0, big.domain(Param.GUARANTEE_CAPITAL).getMin().doubleValue());
        assertEquals(500_000, big.domain(Param.GUARANTEE_CAPITAL).getMax().doubleValue());
    }

    /** Every slider of every shipped scenario holds the scenario's value and spans at most a few decades. */
    @Test
    void everyShippedScenariosSlidersAreUsable() throws Exception {
        java.util.List<java.nio.file.Path> files = new ArrayList<>();
        try (var dir = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("scenarios"), "*.yaml")) {
            for (java.nio.file.Path f : dir) files.add(f);
        }
        assertTrue(files.size() >= 10, "shipped scenarios: " + files);
        for (java.nio.file.Path f : files) {
            clustersim.scenario.Scenario s = clustersim.scenario.ScenarioLoader.load(f);
            PolicyLevers levers = new PolicyLevers(s.name(), s.config(), 1);
            for (Param p : PolicyLevers.LIVE) {
                Interval iv = levers.domain(p);
                double v = s.config().get(p), lo = iv.getMin().doubleValue(), hi = iv.getMax().doubleValue();
                String where = f.getFileName() + " " + p.key + " " + v + " on [" + lo + ", " + hi + "]";
                assertTrue(lo <= v && v <= hi, where);
                assertTrue(hi <= Math.max(1e5, 10 * v), "slider too wide to use: " + where);
            }
        }
    }

    @Test
    void whileStoppedALeverSetsTheNextRunsStartingValue() {
        PolicyLevers levers = levers();
        levers.set(Param.CREDIT_ENVIRONMENT, 0.77);
        levers.set(Param.INITIAL_FIRMS, 40);
        assertEquals(0.77, levers.value(Param.CREDIT_ENVIRONMENT));
        assertEquals(0.77, levers.nextRunConfig().get(Param.CREDIT_ENVIRONMENT));
        assertEquals(40, levers.nextRunConfig().get(Param.INITIAL_FIRMS));
    }

    @Test
    void duringARunAMoveWaitsForTheNextStepAndIsLoggedAsASlider() {
        PolicyLevers levers = levers();
        ClusterModel model = new ClusterModel(3, levers.nextRunConfig().with(Param.INITIAL_FIRMS, 30));
        model.start();
        levers.runStarted(model);
        double before = model.parameter(Param.IP_PROTECTION);
        levers.set(Param.IP_PROTECTION, 0.2);
        levers.set(Param.IP_PROTECTION, 0.6); // a drag: only where it ends counts
        assertEquals(0.6, levers.value(Param.IP_PROTECTION), "the slider shows where it was put");
        assertEquals(before, model.parameter(Param.IP_PROTECTION));
        levers.applyPending(model);
        assertEquals(0.6, model.parameter(Param.IP_PROTECTION));
        assertEquals(1, model.parameterChanges().size());
        assertEquals(PolicyLevers.SOURCE, model.parameterChanges().get(0).source());
        assertEquals(ClusterConfig.defaults().get(Param.IP_PROTECTION), levers.nextRunConfig().get(Param.IP_PROTECTION),
                "a move during a run does not change the scenario the next run starts from");
    }

    /** Lead firms exist only among the founders: during a run the slider sets the next run's value. */
    @Test
    void leadFirmsDuringARunSetTheNextRunNotThisOne() {
        PolicyLevers levers = levers();
        ClusterModel model = new ClusterModel(3, levers.nextRunConfig().with(Param.INITIAL_FIRMS, 30));
        model.start();
        levers.runStarted(model);
        levers.set(Param.LEAD_FIRMS, 0.1);
        levers.applyPending(model);
        assertEquals(0, model.parameter(Param.LEAD_FIRMS), "no change logged in a run it cannot affect");
        assertTrue(model.parameterChanges().isEmpty());
        assertEquals(0.1, levers.nextRunConfig().get(Param.LEAD_FIRMS));
        assertTrue(PolicyLevers.describe(Param.LEAD_FIRMS).contains("next run starts"));
        assertTrue(PolicyLevers.describe(Param.GUARANTEE_CAPITAL).contains("next month"));
    }

    @Test
    void valuesOutsideTheAllowedRangeAreRefused() {
        PolicyLevers levers = levers();
        levers.set(Param.CREDIT_ENVIRONMENT, 1.5);
        levers.set(Param.SOCIAL_TRUST, Double.NaN);
        assertEquals(Param.CREDIT_ENVIRONMENT.defaultValue, levers.value(Param.CREDIT_ENVIRONMENT));
        assertEquals(Param.SOCIAL_TRUST.defaultValue, levers.value(Param.SOCIAL_TRUST));
    }

    @Test
    void whenARunEndsTheSlidersKeepTheValuesItEndedWithUntilTheNextRunStarts() {
        PolicyLevers levers = levers();
        ClusterModel model = new ClusterModel(3, levers.nextRunConfig().with(Param.INITIAL_FIRMS, 30));
        model.start();
        levers.runStarted(model);
        levers.set(Param.IP_PROTECTION, 0.9);
        levers.applyPending(model);
        levers.runFinished();
        assertEquals(0.9, levers.value(Param.IP_PROTECTION), "the value the run ended with, beside the charts");
        assertEquals(Param.IP_PROTECTION.defaultValue, levers.nextRunConfig().get(Param.IP_PROTECTION),
                "the next run still starts from the scenario");
        levers.set(Param.SOCIAL_TRUST, 0.3);
        assertEquals(0.3, levers.value(Param.SOCIAL_TRUST), "a move after the end shows at once");
        ClusterModel next = new ClusterModel(3, levers.nextRunConfig().with(Param.INITIAL_FIRMS, 30));
        next.start();
        levers.runStarted(next);
        assertEquals(Param.IP_PROTECTION.defaultValue, levers.value(Param.IP_PROTECTION));
        assertEquals(0.3, levers.value(Param.SOCIAL_TRUST));
    }
}
