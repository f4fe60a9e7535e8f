package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

/** The Model tab's levers, without a window: MASON reads them as bean properties. */
class PolicyLeversTest {
    private static PolicyLevers levers() {
        return new PolicyLevers("test", ClusterConfig.defaults(), 7);
    }

    @Test
    void everyInstitutionAndMarketParameterIsASliderWithItsRangeFromParam() {
        PolicyLevers levers = levers();
        Properties props = Properties.getProperties(levers);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < props.numProperties(); k++) names.add(props.getName(k));
        for (Param p : Param.values()) {
            if (p.kind != Param.Kind.INSTITUTION && p.kind != Param.Kind.MARKET) continue;
            assertTrue(Arrays.asList(PolicyLevers.LIVE).contains(p), p.key + " is not among the live levers");
            String name = Character.toUpperCase(p.key.charAt(0)) + p.key.substring(1);
            int k = names.indexOf(name);
            assertTrue(k >= 0, p.key + " has no property on the Model tab: " + names);
            assertTrue(props.isReadWrite(k), p.key + " is read-only");
            Object d = props.getDomain(k);
            assertTrue(d instanceof Interval, p.key + " has no slider range");
            Interval iv = (Interval) d;
            assertTrue(iv.getMin().doubleValue() >= p.min && iv.getMax().doubleValue() <= p.max, p.key + " range " + iv);
            assertTrue(iv.getMin().doubleValue() < iv.getMax().doubleValue());
            assertEquals(p.defaultValue, ((Number) props.getValue(k)).doubleValue(), p.key);
        }
    }

    @Test
    void aParameterSpanningManyDecadesGetsASliderAroundItsValue() {
        Interval iv = levers().domain(Param.MARKET_SIZE);
        double v = ClusterConfig.defaults().get(Param.MARKET_SIZE);
        assertEquals(v / 10, iv.getMin().doubleValue(), 1e-9);
        assertEquals(v * 10, iv.getMax().doubleValue(), 1e-9);
    }

    @Test
    void whileStoppedALeverSetsTheNextRunsStartingValue() {
        PolicyLevers levers = levers();
        levers.setCreditEnvironment(0.77);
        levers.setInitialFirms(40);
        assertEquals(0.77, levers.getCreditEnvironment());
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
        levers.setIpProtection(0.2);
        levers.setIpProtection(0.6); // a drag: only where it ends counts
        assertEquals(0.6, levers.getIpProtection(), "the slider shows where it was put");
        assertEquals(before, model.parameter(Param.IP_PROTECTION));
        levers.applyPending(model);
        assertEquals(0.6, model.parameter(Param.IP_PROTECTION));
        assertEquals(1, model.parameterChanges().size());
        assertEquals(PolicyLevers.SOURCE, model.parameterChanges().get(0).source);
        assertEquals(ClusterConfig.defaults().get(Param.IP_PROTECTION), levers.nextRunConfig().get(Param.IP_PROTECTION),
                "a move during a run does not change the scenario the next run starts from");
    }

    @Test
    void valuesOutsideTheAllowedRangeAreRefused() {
        PolicyLevers levers = levers();
        levers.setCreditEnvironment(1.5);
        levers.setSocialTrust(Double.NaN);
        assertEquals(Param.CREDIT_ENVIRONMENT.defaultValue, levers.getCreditEnvironment());
        assertEquals(Param.SOCIAL_TRUST.defaultValue, levers.getSocialTrust());
    }
}
