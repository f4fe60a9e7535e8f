package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Prices compete: Nash markups of the nested logit (MODEL.md 3.6, issue 12). */
class FinalMarketTest {
    @Test
    void aDesignWithFiveCopiesSellsAtALowerMarkupThanOneWithNone() {
        double beta = 7, sigma = 0.5, e = 1.2, share = 0.02;
        double alone = FinalMarket.nashMarkup(FinalMarket.elasticity(beta, sigma, e, share, 1));
        double copied = FinalMarket.nashMarkup(FinalMarket.elasticity(beta, sigma, e, share, 1.0 / 6));
        System.out.printf("Nash markup: exclusive design %.4f, one of six sellers of a design %.4f%n", alone, copied);
        assertTrue(copied < 0.6 * alone, "copies of one design compete its margins away");
        assertEquals(1 / (beta - 1), FinalMarket.nashMarkup(FinalMarket.elasticity(beta, 0, e, 0, 1)), 1e-12,
                "a small seller in a plain logit: 1 / (beta - 1)");
        assertEquals(FinalMarket.MAX_MARKUP, FinalMarket.nashMarkup(0.5), 0, "inelastic demand: the bound");
    }

    @Test
    void inTheMarketCopiesOfOneDesignEndWithLowerMarkupsThanAnExclusiveDesign() {
        ClusterModel m = Fixtures.smallModel(3);
        Design shared = new Design(0, 0);
        for (int k = 0; k < 6; k++) m.firms.get(k).adopt(shared, k == 0);
        for (int t = 0; t < 60; t++) m.market.clear();
        Firm copy = m.firms.get(1), exclusive = m.firms.get(10);
        System.out.printf("after 60 markets: copy's markup %.4f, exclusive seller's %.4f%n", copy.markup, exclusive.markup);
        assertEquals(6, shared.sellers);
        assertTrue(copy.markup < 0.7 * exclusive.markup, copy.markup + " vs " + exclusive.markup);
        double total = 0;
        for (Firm x : m.firms) total += x.marketShare;
        assertEquals(1, total, 1e-9, "nested-logit shares add up to one");
    }

    @Test
    void markupsMoveGraduallyTowardTheNashMarkup() {
        ClusterModel m = Fixtures.smallModel(3);
        Firm x = m.firms.get(0);
        x.markup = 0.5;
        double target = m.market.targetMarkup(x);
        m.market.clear();
        double a = m.parameter(Param.MARKUP_ADJUSTMENT);
        assertEquals(0.5 + a * (target - 0.5), x.markup, 1e-12);
    }
}
