package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The founders' start (traditionalDesigns): each founder with a design of its own, or the founders sharing
 * a few traditional designs that nobody owns, so that copies of one design compete from the first month.
 */
class TraditionalDesignsTest {
    static ClusterModel started(ClusterConfig c) {
        ClusterModel m = new ClusterModel(3, c);
        m.start();
        return m;
    }

    static double founderMarkup(ClusterModel m) {
        double sum = 0;
        int n = 0;
        for (Firm x : m.firms) {
            if (!x.producer) continue;
            sum += x.markup;
            n++;
        }
        return sum / n;
    }

    @Test
    void withNoTraditionalDesignsEveryFounderSellsADesignOfItsOwnOnTheFirstRung() {
        ClusterModel m = started(ClusterConfig.defaults().with(Param.TRADITIONAL_DESIGNS, 0));
        int producers = 0;
        for (Firm x : m.firms) {
            if (!x.producer) continue;
            producers++;
            assertTrue(x.hasOwnDesign(), "a founder's design is its own");
            assertEquals(0, x.rung);
            assertEquals(1, x.design.sellers, "nobody else sells it");
        }
        assertEquals(300, producers);
    }

    @Test
    void byDefaultTheFoundersShareFortyEightTraditionalDesignsSixOrSevenToADesign() {
        ClusterModel m = started(ClusterConfig.defaults());
        Map<Design, Integer> sellers = new HashMap<>();
        for (Firm x : m.firms) {
            if (!x.producer) continue;
            assertFalse(x.hasOwnDesign(), "a traditional design is nobody's own");
            sellers.merge(x.design, 1, Integer::sum);
        }
        assertEquals(48, sellers.size());
        for (int n : sellers.values()) assertTrue(n == 6 || n == 7, "300 founders over 48 designs: " + n);
    }

    @Test
    void foundersSplitEvenlyOverTheTraditionalDesignsAndOwnNone() {
        ClusterModel m = started(ClusterConfig.defaults().with(Param.TRADITIONAL_DESIGNS, 4));
        Map<Design, Integer> sellers = new HashMap<>();
        for (Firm x : m.firms) {
            if (!x.producer) continue;
            assertFalse(x.hasOwnDesign(), "a traditional design is nobody's own");
            assertEquals(0, x.rung);
            sellers.merge(x.design, 1, Integer::sum);
        }
        assertEquals(4, sellers.size(), "four traditional designs");
        for (Map.Entry<Design, Integer> e : sellers.entrySet()) {
            assertEquals(75, e.getValue(), "300 founders, 75 to a design");
            assertEquals(75, e.getKey().sellers);
        }
    }

    @Test
    void leadFirmsKeepTheirOwnDesignsFurtherUp() {
        ClusterModel m = started(ClusterConfig.defaults().with(Param.TRADITIONAL_DESIGNS, 2).with(Param.LEAD_FIRMS, 0.1));
        int leads = 0, others = 0;
        for (Firm x : m.firms) {
            if (!x.producer) continue;
            if (x.lead) {
                leads++;
                assertTrue(x.hasOwnDesign());
                assertEquals(LocalGovernment.LEAD_RUNGS, x.rung);
            } else {
                others++;
                assertFalse(x.hasOwnDesign());
                assertEquals(135, x.design.sellers, "the 270 others, 135 to each of two designs");
            }
        }
        assertEquals(30, leads);
        assertEquals(270, others);
    }

    @Test
    void foundersSharingADesignStartAtTheLowerMarkupOfCopiesThatCompete() {
        double own = founderMarkup(started(ClusterConfig.defaults()));
        double shared = founderMarkup(started(ClusterConfig.defaults().with(Param.TRADITIONAL_DESIGNS, 4)));
        assertTrue(shared < own, "75 sellers of one design price closer to cost than a sole seller: " + shared + " against " + own);
    }

    @Test
    void aFoundersOwnDesignIsARungItClimbed() {
        ClusterModel m = started(ClusterConfig.defaults().with(Param.TRADITIONAL_DESIGNS, 1));
        while (m.stepsDone() < 120) m.schedule.step(m);
        int own = 0;
        for (Firm x : m.firms) {
            if (!x.producer || !x.alive || x.birthStep > 0 || !x.hasOwnDesign()) continue;
            own++;
            assertTrue(x.rung >= 1, "a founder's own design comes from R&D, one rung or more above the traditional one");
        }
        assertTrue(own > 0, "within ten years some founders sell designs of their own");
    }
}
