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
    void runningAbovePlantCapacityCostsOvertime() {
        ClusterModel m = Fixtures.smallModel(1);
        assertEquals(1, m.production.overtimeFactor(30, 40), 0);
        assertTrue(m.production.overtimeFactor(80, 40) > 1);
    }
}
