package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Product differentiation at entry (entrantVariantLag): an entrant that may copy its model's design joins
 * it only where one more seller of that design earns more than the sole seller of a variant some rungs
 * lower, so a crowded design draws variants and a lone one draws copies. Off by default (round 10's model).
 */
class EntrantVariantTest {
    static Design withSellers(int sellers) {
        Design d = new Design(10, 0);
        d.sellers = sellers;
        return d;
    }

    @Test
    void aLoneDesignIsWorthJoiningAndACrowdedOneIsNot() {
        ClusterModel m = Fixtures.smallModel(1);
        assertTrue(m.demography.worthJoining(withSellers(1), 3), "one seller: a copy three rungs better beats a variant");
        assertFalse(m.demography.worthJoining(withSellers(50), 3), "fifty sellers: the crowded nest's share and markup are too thin");
        assertTrue(m.demography.worthJoining(withSellers(50), 20), "unless the variant lags far behind");
    }

    @Test
    void aLargerLagMakesJoiningWorthItForLargerCrowds() {
        ClusterModel m = Fixtures.smallModel(1);
        int largestAt1 = 0, largestAt5 = 0;
        for (int sellers = 1; sellers <= 200; sellers++) {
            if (m.demography.worthJoining(withSellers(sellers), 1)) largestAt1 = sellers;
            if (m.demography.worthJoining(withSellers(sellers), 5)) largestAt5 = sellers;
        }
        assertTrue(largestAt5 > largestAt1, "a variant five rungs behind leaves larger crowds worth joining: " + largestAt1 + " vs " + largestAt5);
    }

    @Test
    void withALagEntrantsBringVariantsOfTheirOwnAndByDefaultTheyCopy() {
        int own0 = ownDesignEntrants(0), own1 = ownDesignEntrants(1);
        System.out.println("producer entrants with a design of their own in 200 months: lag 0 " + own0 + ", lag 1 " + own1);
        assertEquals(0, Param.ENTRANT_VARIANT_LAG.defaultValue, 0, "off by default");
        assertTrue(own1 > own0, "entrants that bring a variant sell designs of their own: " + own0 + " vs " + own1);
    }

    /** Producer entrants of 200 months of the baseline (no IP protection, so copying is free) selling a design of their own when first seen. */
    static int ownDesignEntrants(int lag) {
        ClusterModel m = new ClusterModel(2, ClusterConfig.defaults().with(Param.IP_PROTECTION, 0).with(Param.ENTRANT_VARIANT_LAG, lag)
                .with(Param.INITIAL_FIRMS, 100).with(Param.MARKET_SIZE, 1000));
        m.start();
        int own = 0;
        java.util.Set<Firm> seen = new java.util.HashSet<>(m.firms);
        while (m.stepsDone() < 200) {
            m.schedule.step(m);
            for (Firm x : m.firms) {
                if (seen.add(x) && x.producer && x.hasOwnDesign()) own++;
            }
        }
        return own;
    }
}
