package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each producer chooses its own R&D from the return it can appropriate (MODEL.md 3.7, issue 12). */
class RdChoiceTest {
    /** A producer with a design of its own, one of twenty equal sellers, and the given talent. */
    static Firm seller(ClusterModel m, int k, double talent) {
        Firm x = m.firms.get(k);
        x.talent = talent;
        x.adopt(new Design(0, 0), true);
        x.finalSales = 10;
        x.unitCost = 0.85;
        x.markup = 0.15;
        x.marketShare = 0.05;
        x.nestShare = 1;
        return x;
    }

    @Test
    void underWeakIpTheMoreCapableFirmDoesRdAndTheOtherNot() {
        ClusterModel m = Fixtures.smallModel(1, Param.IP_PROTECTION, 0.1);
        Firm able = seller(m, 0, 2.0), plain = seller(m, 1, 0.5);
        double rAble = m.innovation.chooseRd(able), rPlain = m.innovation.chooseRd(plain);
        System.out.printf("weak IP: R&D share chosen by talent 2.0: %.4f, by talent 0.5: %.4f%n", rAble, rPlain);
        assertTrue(rAble > 0, "the capable firm expects R&D to pay even under weak IP");
        assertEquals(0, rPlain, 0, "the other's expected return does not cover R&D's fixed cost");
    }

    @Test
    void strongerIpLongerLeadTimeAndUniversitiesRaiseTheChosenRd() {
        ClusterModel m = Fixtures.smallModel(1, Param.IP_PROTECTION, 0.1);
        Firm x = seller(m, 0, 2.0);
        double weak = m.innovation.chooseRd(x);
        m.params.set(Param.IP_PROTECTION, 0.9);
        double strong = m.innovation.chooseRd(x);
        m.params.set(Param.IP_PROTECTION, 0.1);
        m.params.set(Param.IMITATION_LAG, 36);
        double lead = m.innovation.chooseRd(x);
        m.params.set(Param.IMITATION_LAG, Param.IMITATION_LAG.defaultValue);
        m.params.set(Param.UNIVERSITY_LINKAGE, 0.8);
        double uni = m.innovation.chooseRd(x);
        assertTrue(strong > weak && lead > weak && uni > weak, weak + " " + strong + " " + lead + " " + uni);
    }

    @Test
    void rdStaysWithinTheFirmsMeansAndMovesGradually() {
        ClusterModel m = Fixtures.smallModel(1, Param.RD_PRODUCTIVITY, 10);
        Firm x = seller(m, 0, 3.0);
        double r = m.innovation.chooseRd(x);
        assertEquals(x.markup / (1 + x.markup), r, 1e-12, "a firm spends on R&D at most its gross margin");
        x.rdTarget = r;
        x.rdShare = 0;
        x.output = 0;
        m.innovation.prepare();
        m.innovation.innovateAndImitate(x);
        assertEquals(Innovation.RD_ADJUSTMENT * r, x.rdShare, 1e-12, "the R&D share moves a step toward the chosen share");
    }

    @Test
    void aCopierMustCatchUpInKnowHowBeforeItsRdPays() {
        ClusterModel m = Fixtures.smallModel(1, Param.IP_PROTECTION, 0.9);
        Firm own = seller(m, 0, 2.0), copier = seller(m, 1, 2.0);
        copier.adopt(new Design(4, 0), false);
        copier.capability = 0;
        own.adopt(new Design(4, 0), true);
        own.capability = 4;
        // both as far ahead of the cluster's know-how as the other: only the catching up differs
        m.meanCapability = 4;
        assertTrue(m.innovation.chooseRd(copier) < m.innovation.chooseRd(own));
    }
}
