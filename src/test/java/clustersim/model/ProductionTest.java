package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductionTest {
    @Test
    void economyFunctionIsZeroAtOneAndRisesTowardsOne() {
        assertEquals(0, Production.economy(1, 0.3), 1e-12);
        assertEquals(0, Production.economy(0.5, 0.3), 1e-12);
        double a = Production.economy(2, 0.3), b = Production.economy(10, 0.3), c = Production.economy(1e6, 0.3);
        assertTrue(0 < a && a < b && b < c && c < 1);
    }

    @Test
    void specialistUnitCostFallsWithPooledVolumeAndRelationLength() {
        ClusterModel m = Fixtures.smallModel(1);
        Production prod = m.production;
        Firm j = Fixtures.specialist(m, 2, 100, 0.7);
        double few = prod.quote(j, 2, 0, 10, 0), many = prod.quote(j, 2, 0, 35, 0);
        assertTrue(many < few, "pooling the volume of many buyers lowers the unit price");
        double fresh = prod.quote(j, 2, 0, 35, 0), lasting = prod.quote(j, 2, 0, 35, 36);
        assertTrue(lasting < fresh, "learning on specific assets within a lasting relation lowers the unit price");
        Stage st = m.chain.get(2);
        assertTrue(prod.variableCost(st, 0, 80, 0) < prod.variableCost(st, 0, 20, 0));
        assertTrue(prod.variableCost(st, 0, 20, 48) < prod.variableCost(st, 0, 20, 0));
    }

    @Test
    void learningSavesProcessingButNotMaterials() {
        ClusterModel m = Fixtures.smallModel(1);
        Stage st = m.chain.get(1);
        Production prod = m.production;
        assertEquals(prod.materialPerUnit(st, 0, 20), prod.materialPerUnit(st, 0, 20), 0);
        assertTrue(prod.materialPerUnit(st, 0, 200) < prod.materialPerUnit(st, 0, 20), "scale saves materials (bulk, less waste)");
        double gap = prod.variableCost(st, 0, 20, 0) - prod.variableCost(st, 0, 20, 100);
        double processing = st.baseCost * (1 - st.materialShare);
        assertTrue(gap > 0 && gap < processing, "learning can save at most the processing part");
    }

    @Test
    void labourPerUnitFallsWithScaleAndLearningAndASpecialistUsesFewerWorkersThanAnInHouseShop() {
        ClusterModel m = Fixtures.smallModel(1);
        Production prod = m.production;
        int s = 1;
        double small = prod.labourPerUnit(s, 0, 10, 0, false), large = prod.labourPerUnit(s, 0, 200, 0, false);
        double learned = prod.labourPerUnit(s, 0, 10, 60, false);
        System.out.printf("workers per unit of tooling: volume 10 %.3f, volume 200 %.3f, after 60 months %.3f%n", small, large, learned);
        assertTrue(large < small, "scale economies save labour");
        assertTrue(learned < small, "learning on specific assets saves labour");
        assertTrue(prod.labourPerUnit(s, 0, 200, 0, false) < prod.labourPerUnit(s, 0, 10, 0, true),
                "a specialist pooling many buyers' volume works with fewer workers per unit than one firm's own shop");
        assertEquals(small, prod.labourPerUnit(s, 4, 10, 0, false), 1e-12,
                "a better product takes the same hands per quality unit (more per physical unit) ...");
        Stage st = m.chain.get(s);
        double materials = prod.materialPerUnit(st, 4, 10), wageBill = prod.variableCost(st, 4, 10, 0) - materials;
        assertTrue(wageBill > Param.WAGE.defaultValue * small, "... but more skilled, dearer work: the wage bill per quality unit rises");
        m.params.set(Param.WAGE, 2 * Param.WAGE.defaultValue);
        m.production.refresh();
        double dear = prod.variableCost(m.chain.get(s), 0, 10, 0);
        m.params.set(Param.WAGE, Param.WAGE.defaultValue);
        m.production.refresh();
        double cheap = prod.variableCost(m.chain.get(s), 0, 10, 0);
        assertEquals(cheap + Param.WAGE.defaultValue * small, dear, 1e-12, "a stage's cost is materials plus wage x labour");
    }

    @Test
    void aRunnerAboveTheProcessingLinesScaleProcessesMaterialsItselfWithoutMoreWorkers() {
        ClusterModel m = Fixtures.smallModel(1);
        Production prod = m.production;
        Stage st = m.chain.get(2);
        double small = 0.5 * m.params.get(Param.LOCAL_CONTENT_VOLUME), large = 10 * m.params.get(Param.LOCAL_CONTENT_VOLUME);
        assertEquals(0, prod.localContent(st, small), 0, "below the line's minimum efficient scale everything is imported semi-finished");
        double share = prod.localContent(st, large);
        assertTrue(share > 0 && share < m.params.get(Param.LOCAL_CONTENT_CAP), "a large runner processes part of its materials itself: " + share);
        // at the large volume: what is no longer imported, against what the cost falls by
        m.params.set(Param.LOCAL_CONTENT_CAP, 0);
        m.production.refresh();
        double importedAll = prod.materialPerUnit(st, 3, large), costAll = prod.variableCost(st, 3, large, 12);
        double workersAll = prod.labourPerUnit(2, 3, large, 12, false);
        m.params.set(Param.LOCAL_CONTENT_CAP, Param.LOCAL_CONTENT_CAP.defaultValue);
        m.production.refresh();
        double imported = prod.materialPerUnit(st, 3, large), cost = prod.variableCost(st, 3, large, 12);
        assertEquals(importedAll * (1 - share), imported, 1e-12, "imports fall by the local share");
        assertEquals(importedAll * share * m.params.get(Param.LOCAL_CONTENT_SAVING), costAll - cost, 1e-12,
                "the cost falls only by what local processing saves; the rest is the runner's own value-added");
        assertEquals(workersAll, prod.labourPerUnit(2, 3, large, 12, false), 0, "the processing line adds no workers");
    }

    @Test
    void runningAbovePlantCapacityCostsOvertime() {
        ClusterModel m = Fixtures.smallModel(1);
        assertEquals(1, m.production.overtimeFactor(30, 40), 0);
        assertTrue(m.production.overtimeFactor(80, 40) > 1);
    }
}
