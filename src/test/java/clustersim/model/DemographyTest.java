package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemographyTest {
    @Test
    void firmsEnterAndExit() {
        ClusterModel m = new ClusterModel(4, ClusterConfig.defaults().with(Param.CREDIT_ENVIRONMENT, 0.8));
        m.start();
        int entries = 0, exits = 0, specialists = 0, roleChanges = 0;
        for (int t = 0; t < 300; t++) {
            m.schedule.step(m);
            entries += m.counters.entries;
            exits += m.counters.exits;
            roleChanges += m.counters.roleChanges;
        }
        for (Firm x : m.firms) if (x.isSpecialist()) specialists++;
        System.out.printf("300 steps: %d entries, %d exits, %d role changes, %d specialists now%n", entries, exits, roleChanges, specialists);
        assertTrue(entries > 0, "firms enter");
        assertTrue(exits > 0, "firms exit");
        assertTrue(specialists > 0 && roleChanges > 0, "specialists arise (from entry and from producers selling spare capacity)");
    }

    @Test
    void anEntrantThatCannotFinanceItsPlantsIsBlocked() {
        ClusterModel m = Fixtures.smallModel(1, Param.FINANCE_ACCESS, 0.0);
        m.params.set(Param.ENTRANT_EQUITY, 1);
        m.params.set(Param.EXPLORATORY_ENTRY, 5);
        m.counters.reset();
        int before = m.firms.size();
        m.demography.step();
        assertTrue(m.counters.blockedEntries > 0, "would-be entrants with own funds of about 1 cannot buy a plant");
        assertTrue(m.firms.size() <= before);
    }

    @Test
    void medianIsTheMiddleValue() {
        assertTrue(Median.of(new double[] {5, 1, 3}, 3) == 3);
        assertTrue(Median.of(new double[] {4, 1, 3, 2}, 4) == 2.5);
        assertTrue(Median.of(new double[] {7, 7, 7, 1, 9, 9}, 6) == 7);
    }
}
