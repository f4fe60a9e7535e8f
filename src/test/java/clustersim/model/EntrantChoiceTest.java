package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whose design an entrant copies (entrantLooksAt): an entrant that looks at several incumbent producers
 * copies the design it would earn most on as one more seller, so a lone design draws it before a crowded
 * one and a better design before a worse; entrants then spread over designs instead of crowding onto the
 * most sold (a producer met at random sells a crowded design more often than a lone one).
 */
class EntrantChoiceTest {
    static Design design(int rung, int sellers) {
        Design d = new Design(rung, 0);
        d.sellers = sellers;
        return d;
    }

    @Test
    void aLoneDesignEarnsAJoinerMoreThanACrowdedOneAndABetterDesignMoreThanAWorse() {
        ClusterModel m = Fixtures.smallModel(1);
        int r = (int) Math.round(m.market.meanRung);
        assertTrue(m.demography.joiningMargin(design(r, 1)) > m.demography.joiningMargin(design(r, 20)), "one seller against twenty, same rung");
        assertTrue(m.demography.joiningMargin(design(r + 2, 5)) > m.demography.joiningMargin(design(r, 5)), "two rungs better, same crowd");
    }

    @Test
    void entrantsThatLookAtThreeProducersJoinSmallerCrowdsAndKeepMoreDesignsAlive() {
        double[] one = copiedCrowdAndDesigns(1), three = copiedCrowdAndDesigns(3);
        System.out.printf("entrantLooksAt 1: copied designs' sellers %.2f, designs at month 300 %.0f; 3: %.2f, %.0f%n", one[0], one[1], three[0], three[1]);
        assertTrue(three[0] < 0.8 * one[0], "entrants join smaller crowds: " + one[0] + " vs " + three[0]);
        assertTrue(three[1] > one[1], "more designs stay on the market: " + one[1] + " vs " + three[1]);
    }

    /**
     * Over months 1-300 of the Pearl River Delta (weak IP, so entrants copy), four seeds: the mean number of
     * sellers of the design a new producer copied when first seen, and the mean number of distinct designs
     * producers sell at month 300.
     */
    static double[] copiedCrowdAndDesigns(int looks) {
        ClusterConfig prd;
        try {
            prd = StylisedFactsV2Test.scenario("pearl-river-delta.yaml").with(Param.ENTRANT_LOOKS_AT, looks);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double crowd = 0, designs = 0;
        int copies = 0;
        for (long seed = 1; seed <= 4; seed++) {
            ClusterModel m = new ClusterModel(seed, prd);
            m.start();
            Set<Firm> seen = new HashSet<>(m.firms);
            while (m.stepsDone() < 300) {
                m.schedule.step(m);
                for (Firm x : m.firms) {
                    if (seen.add(x) && x.producer && !x.hasOwnDesign()) {
                        crowd += x.getDesignSellers();
                        copies++;
                    }
                }
            }
            Set<Design> sold = new HashSet<>();
            for (Firm x : m.firms) if (x.producer && x.design != null) sold.add(x.design);
            designs += sold.size() / 4.0;
        }
        return new double[] {crowd / copies, designs};
    }
}
