package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void anEntrantThatCannotCoverTheEntryCostDoesNotEnter() {
        ClusterModel m = Fixtures.smallModel(1, Param.ENTRY_COST, 50);
        Firm poor = m.newFirm(40), rich = m.newFirm(200);
        assertFalse(m.demography.canEnter(poor, 0), "own funds below the sunk entry cost: no entry");
        assertEquals(40, poor.netWorth, 0, "a founder who does not enter keeps its funds");
        assertTrue(m.demography.canEnter(rich, 20));
        assertEquals(150, rich.netWorth, 1e-12, "the entry cost is sunk: paid from own funds");
        m.counters.reset();
        m.params.set(Param.ENTRANT_EQUITY, 20);
        m.params.set(Param.EXPLORATORY_ENTRY, 5);
        for (int t = 0; t < 10; t++) m.demography.step();
        assertEquals(0, m.counters.entries, "founders with about 20 of own funds cannot pay an entry cost of 50");
    }

    @Test
    void entryDrawsOnTheValueOfAnEntrantsProfitAgainstTheBarrier() {
        ClusterModel m = Fixtures.smallModel(1);
        double low = m.demography.producerBarrier();
        m.params.set(Param.ENTRY_COST, 1000);
        assertEquals(low + 1000 - Param.ENTRY_COST.defaultValue, m.demography.producerBarrier(), 1e-9);
        m.market.totalSales = 1e6;
        assertTrue(m.demography.entrantProfit() > 0, "a large market promises an entrant profit");
        m.market.totalSales = 0;
        assertTrue(m.demography.entrantProfit() < 0, "no sales: the plants' user cost is a loss");
    }

    @Test
    void medianIsTheMiddleValue() {
        assertTrue(Median.of(new double[] {5, 1, 3}, 3) == 3);
        assertTrue(Median.of(new double[] {4, 1, 3, 2}, 4) == 2.5);
        assertTrue(Median.of(new double[] {7, 7, 7, 1, 9, 9}, 6) == 7);
    }
}
