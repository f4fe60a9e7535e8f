package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The knowledge institutions of MODEL.md section 6 (issue 13), each isolated: two otherwise equal firms
 * (or clusters), one linked / one receiving movers / one with a skilled workforce. No long runs.
 */
class KnowledgeInstitutionsTest {
    /** Equal producers of a small started model: same talent, design, sales, costs and know-how. */
    static Firm equal(ClusterModel m, int k) {
        Firm x = RdChoiceTest.seller(m, k, 1.5);
        x.output = 10;
        x.employment = 50;
        x.netWorth = 1000;
        x.capability = 0;
        return x;
    }

    /** The next double the model's generator would give, without moving it. */
    static double peek(ClusterModel m) {
        return ((MersenneTwisterFast) m.random.clone()).nextDouble();
    }

    // ------------------------------------------------------------------ universities

    @Test
    void aLinkedFirmWithoutRdLicensesADesignNearTheFrontierAndAnUnlinkedOneDoesNot() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm linked = equal(m, 0), unlinked = equal(m, 1);
        linked.rdShare = unlinked.rdShare = 0;
        m.university.frontier = 5.4;
        m.university.considerLicence(linked, 1.0);
        m.university.considerLicence(unlinked, 0.0);
        assertEquals(5, linked.rung, "licensed the frontier's rung");
        assertTrue(linked.ownDesign && linked.capability == 5, "a licence is a design of its own, know-how included");
        assertTrue(linked.netWorth < 1000, "and costs a fee");
        assertEquals(0, unlinked.rung);
        assertEquals(1000, unlinked.netWorth, 0);
        assertEquals(1, m.counters.universityInnovations);
    }

    @Test
    void thePoolRaisesALinkedFirmsChanceOfSuccessOnlyWhereItsFrontierIsAhead() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm x = equal(m, 0);
        m.meanCapability = 0;
        m.university.frontier = 0;
        assertTrue(!m.university.poolAhead(), "universityResearch 0: the pool adds nothing beyond contract research");
        double plain = m.innovation.chooseRd(x);
        m.university.frontier = 3;
        assertTrue(m.university.poolAhead());
        double factor = m.university.poolFactor(x);
        assertEquals(2.0, factor, 1e-12, "a firm 3 rungs behind the frontier (frontierReach 2) doubles its chance");
        assertTrue(m.innovation.chooseRd(x) > plain, "and expects R&D to pay more");
        // a firm at the frontier gains nothing from it
        x.capability = 3;
        m.meanCapability = 3;
        assertTrue(!m.university.poolAhead());
    }

    @Test
    void withoutResearchNoLicenceIsConsideredAndNothingIsDrawn() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm x = equal(m, 0);
        double next = peek(m);
        m.university.considerLicence(x, 1.0);
        m.university.step();
        assertEquals(next, peek(m), 0, "an absent university draws no random number");
        assertEquals(0, x.rung);
    }

    @Test
    void spinOffsEnterWithADesignOfTheirOwnAtTheFrontier() {
        ClusterModel m = Fixtures.smallModel(1, Param.SPINOFF_RATE, 10);
        m.university.frontier = 4.5;
        int before = m.firms.size();
        m.university.step();
        assertTrue(m.counters.spinoffs > 0, "spin-offs entered");
        assertEquals(before + m.counters.spinoffs, m.firms.size());
        for (int k = before; k < m.firms.size(); k++) {
            Firm x = m.firms.get(k);
            assertTrue(x.producer && x.ownDesign && x.rung == 4 && x.capability == 4, "at the frontier's rung: " + x.rung);
        }
    }

    // ------------------------------------------------------------------ talent mobility

    @Test
    void mobilityShortensTheInnovatorsExpectedPremium() {
        ClusterModel m = Fixtures.smallModel(1);
        Firm x = equal(m, 0);
        double h0 = m.ip.erosionHazard(x), t0 = m.ip.premiumDuration(h0), r0 = m.innovation.chooseRd(x);
        m.params.set(Param.TALENT_MOBILITY, 0.02);
        double h1 = m.ip.erosionHazard(x), t1 = m.ip.premiumDuration(h1), r1 = m.innovation.chooseRd(x);
        System.out.printf("talent: premium lasts %.1f months without mobility, %.1f with talentMobility 0.02; R&D chosen %.4f vs %.4f%n", t0, t1, r0, r1);
        assertEquals(0.02 * TalentMarket.SKILLED_SHARE * 50 * TalentMarket.KNOWHOW_CARRIED, h1 - h0, 1e-12);
        assertTrue(t1 < t0, "premium lasts " + t1 + " < " + t0 + " months");
        assertTrue(r0 > 0 && r1 < r0, "so the innovator expects less from R&D: " + r1 + " < " + r0);
    }

    @Test
    void moversCarryTheLeadersKnowHowToFollowers() {
        ClusterModel m = Fixtures.smallModel(2, Param.TALENT_MOBILITY, 0.2);
        for (Firm x : m.firms) {
            x.employment = 0;
        }
        Firm leader = equal(m, 0);
        leader.capability = 3;
        leader.adopt(new Design(3, 0), true);
        leader.employment = 2000;
        double before = 0;
        int followers = 0;
        for (int k = 1; k < m.firms.size(); k++) {
            Firm f = m.firms.get(k);
            f.employment = 1;
            before += f.capability;
            followers++;
        }
        for (int t = 0; t < 12; t++) m.talentMarket.step();
        double after = 0;
        for (int k = 1; k < m.firms.size(); k++) after += m.firms.get(k).capability;
        System.out.printf("talent: followers' mean know-how %.2f -> %.2f rungs; %d copies of the leader's design%n",
                before / followers, after / followers, leader.design.sellers - 1);
        assertTrue(after > before, "followers learn from movers");
        for (int k = 1; k < m.firms.size(); k++) assertTrue(m.firms.get(k).capability <= 3, "never beyond the old employer's know-how");
        assertTrue(leader.design.sellers > 1, "followers that know how to make the leader's product sell it");
        assertEquals(3, leader.capability, "the leader loses nothing it knows");
    }

    @Test
    void someMoversFoundFirmsWithTheirEmployersKnowHow() {
        ClusterModel m = Fixtures.smallModel(3, Param.TALENT_MOBILITY, 0.2);
        m.params.set(Param.SPINOUT_RATE, 1);
        Firm leader = equal(m, 0);
        leader.capability = 3;
        leader.adopt(new Design(3, 0), true);
        // a mover comes almost surely from the leader
        for (int k = 1; k < m.firms.size(); k++) m.firms.get(k).employment = 0.01;
        leader.employment = 200;
        int before = m.firms.size();
        m.talentMarket.step();
        assertTrue(m.counters.spinouts > 0 && m.firms.size() == before + m.counters.spinouts,
                m.counters.talentMoves + " moves, " + m.counters.spinouts + " spin-outs, " + m.counters.blockedEntries + " blocked");
        Firm s = m.firms.get(before);
        assertTrue(s.producer && s.ownDesign && s.rung == 3 && s.capability == 3, "a spin-out knows what its parent knew");
    }

    @Test
    void withoutMobilityNobodyMovesAndNothingIsDrawn() {
        ClusterModel m = Fixtures.smallModel(1);
        for (Firm x : m.firms) x.employment = 100;
        double next = peek(m);
        m.talentMarket.step();
        assertEquals(next, peek(m), 0);
        assertEquals(0, m.counters.talentMoves);
        assertEquals(0, m.talentMarket.departureHazard(m.firms.get(0)), 0);
    }

    // ------------------------------------------------------------------ education and training

    @Test
    void aSkilledWorkforceNeedsFewerWorkersInKnowledgeIntensiveStagesAndSucceedsMoreAtRd() {
        ClusterModel plain = Fixtures.smallModel(1), skilled = Fixtures.smallModel(1, Param.EDUCATION_LEVEL, 0.8);
        int design = 0, assembly = plain.chain.finalStage();
        double lPlain = plain.production.labourPerUnit(design, 0, 10, 0, false);
        double lSkilled = skilled.production.labourPerUnit(design, 0, 10, 0, false);
        double iota = plain.chain.get(design).knowledgeIntensity;
        System.out.printf("education: workers per unit of design %.4f (reference) vs %.4f (educationLevel 0.8, knowledge intensity %.2f)%n",
                lPlain, lSkilled, iota);
        assertEquals(lPlain * (1 - Skills.LABOUR_SAVING * 0.8 * iota), lSkilled, 1e-12);
        double ratioKnowledge = lSkilled / lPlain;
        double ratioAssembly = skilled.production.labourPerUnit(assembly, 0, 10, 0, false) / plain.production.labourPerUnit(assembly, 0, 10, 0, false);
        assertTrue(ratioKnowledge < ratioAssembly || plain.chain.get(assembly).knowledgeIntensity >= iota,
                "the saving is largest where knowledge intensity is highest");
        Firm a = equal(plain, 0), b = equal(skilled, 0);
        assertTrue(skilled.innovation.chooseRd(b) > plain.innovation.chooseRd(a), "the skilled cluster's firm expects R&D to succeed more");
        assertEquals(1 + Skills.RD_GAIN * 0.8, skilled.skills.rdFactor(), 1e-12);
    }

    @Test
    void trainingRaisesSkillOverTime() {
        ClusterModel m = Fixtures.smallModel(1, Param.TRAINING_RATE, 0.05);
        assertEquals(0, m.skills.skill, 0);
        for (int t = 0; t < 12; t++) m.skills.step();
        assertEquals(1 - Math.pow(0.95, 12), m.skills.skill, 1e-12);
        m.params.set(Param.EDUCATION_LEVEL, 0.9);
        m.skills.step();
        assertEquals(0.9, m.skills.skill, 1e-12, "a rise in educationLevel lifts skill to it");
    }
}
