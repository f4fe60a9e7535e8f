package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The institutions of the market (MODEL.md section 6, issue 13), each isolated: two otherwise equal firms,
 * one a member / guaranteed / a lead firm, or one model with the institution and one without. Fast: no
 * long runs.
 */
class MarketInstitutionsTest {

    static ClusterModel model(Param[] ps, double[] vs) {
        Parameters q = new Parameters();
        q.set(Param.INITIAL_FIRMS, 20);
        q.set(Param.MARKET_SIZE, 200);
        for (int k = 0; k < ps.length; k++) q.set(ps[k], vs[k]);
        ClusterModel m = new ClusterModel(7, new ClusterConfig("fixture", q, ValueChain.standard(), List.of()));
        m.start();
        return m;
    }

    static ClusterModel model(Param p, double v) {
        return model(new Param[] {p}, new double[] {v});
    }

    // ------------------------------------------------------------------ absent by default

    /** Every metric of every step of a 150-month run of 100 firms. */
    static double[][] trajectory(Param[] ps, double[] vs) {
        Parameters q = new Parameters();
        q.set(Param.INITIAL_FIRMS, 100);
        q.set(Param.MARKET_SIZE, 1000);
        q.set(Param.CREDIT_ENVIRONMENT, 0.15);
        q.set(Param.FINANCE_ACCESS, 0.2);
        for (int k = 0; k < ps.length; k++) q.set(ps[k], vs[k]);
        ClusterModel m = new ClusterModel(11, new ClusterConfig("absent", q, ValueChain.standard(), List.of()));
        clustersim.metrics.ClusterMetrics metrics = clustersim.metrics.ClusterMetrics.of(m);
        m.start();
        double[][] out = new double[150][];
        for (int t = 0; t < 150; t++) {
            m.schedule.step(m);
            out[t] = metrics.values().clone();
        }
        m.finish();
        return out;
    }

    /**
     * With the institutions absent (strength, services, capital, lead firms, budget, soft environment 0)
     * the parameters that only shape them change nothing, to the bit: nothing absent draws from the
     * generator or touches a firm.
     */
    @Test
    void absentInstitutionsLeaveTheRunUntouchedWhateverTheirOtherParameters() {
        double[][] defaults = trajectory(new Param[0], new double[0]);
        double[][] shaped = trajectory(new Param[] {Param.ASSOCIATION_FEE, Param.ASSOCIATION_ARBITRATION, Param.GUARANTEE_COVERAGE,
            Param.GUARANTEE_FEE, Param.LARGE_PROJECT_SHARE}, new double[] {0.001, 1, 1, 0.05, 0.1});
        for (int t = 0; t < defaults.length; t++) {
            assertTrue(java.util.Arrays.equals(defaults[t], shaped[t]), "month " + (t + 1) + " differs");
        }
        // and the institutions, once present, do change the run (the comparison can fail)
        double[][] present = trajectory(new Param[] {Param.ASSOCIATION_STRENGTH, Param.GUARANTEE_CAPITAL}, new double[] {0.5, 500});
        assertFalse(java.util.Arrays.equals(defaults[149], present[149]));
    }

    // ------------------------------------------------------------------ industry association

    @Test
    void aMemberBuysFromAMemberCheaperThanANonMemberDoes() {
        ClusterModel m = model(new Param[] {Param.ASSOCIATION_STRENGTH, Param.CREDIT_ENVIRONMENT}, new double[] {0.6, 0.15});
        Firm j = Fixtures.specialist(m, 2, 100, 0.7);
        Firm member = m.firms.get(0), other = m.firms.get(1);
        member.member = true;
        j.member = true;
        double q = 10, revenue = m.makeOrBuy.expectedRevenue(member, q);
        double withAssociation = m.makeOrBuy.buyCost(member, 2, j, q, 0.5, false, revenue);
        member.member = false;
        double without = m.makeOrBuy.buyCost(member, 2, j, q, 0.5, false, revenue);
        member.member = true;
        System.out.printf("association: a member's cost of buying components from a member %.4f, a non-member's %.4f%n", withAssociation, without);
        // arbitration halves the expected breach loss, the search cost falls by 60%: at least a few per cent of the bill
        assertTrue(withAssociation < 0.97 * without, withAssociation + " vs " + without);
        // with no association membership means nothing
        m.setParameter(Param.ASSOCIATION_STRENGTH, 0, "test");
        assertEquals(without, m.makeOrBuy.buyCost(member, 2, j, q, 0.5, false, revenue), 1e-12);
    }

    @Test
    void aBreachAgainstAMemberIsSeenByAllMembersOnly() {
        ClusterModel m = model(new Param[] {Param.ASSOCIATION_STRENGTH, Param.CREDIT_ENVIRONMENT}, new double[] {0.8, 0});
        Firm breacher = Fixtures.specialist(m, 1, 100, 0.3);
        Firm victim = m.firms.get(0), member = m.firms.get(1), outsider = m.firms.get(2);
        victim.member = true;
        member.member = true;
        double before = m.credit.trustIn(member, breacher);
        for (int k = 0; k < 10; k++) {
            m.association.record(breacher, victim, true);
            m.credit.record(breacher, true);
        }
        double memberAfter = m.credit.trustIn(member, breacher), outsiderAfter = m.credit.trustIn(outsider, breacher);
        System.out.printf("blacklist: a member's trust in a breacher %.3f -> %.3f, an outsider's %.3f (credit record invisible)%n",
                before, memberAfter, outsiderAfter);
        assertTrue(memberAfter < before - 0.1, "members see the breach: " + before + " -> " + memberAfter);
        assertEquals(m.parameter(Param.SOCIAL_TRUST), outsiderAfter, 1e-12, "with creditEnvironment 0 an outsider sees nothing");
        // a breach against a non-member does not enter the blacklist
        Firm other = Fixtures.specialist(m, 1, 100, 0.3);
        m.association.record(other, outsider, true);
        assertEquals(0, other.assocBreaches);
    }

    @Test
    void arbitrationCompensatesBreachesBetweenMembersOnly() {
        ClusterModel m = model(new Param[] {Param.ASSOCIATION_STRENGTH, Param.ASSOCIATION_ARBITRATION}, new double[] {0.5, 0.5});
        Firm a = m.firms.get(0), b = m.firms.get(1), c = m.firms.get(2);
        a.member = true;
        b.member = true;
        int between = 0, outside = 0, n = 4000;
        for (int k = 0; k < n; k++) {
            if (m.association.arbitrates(a, b)) between++;
            if (m.association.arbitrates(a, c)) outside++;
        }
        System.out.printf("arbitration: %d of %d breaches between members compensated, %d with a non-member%n", between, n, outside);
        assertEquals(0.5, (double) between / n, 0.03);
        assertEquals(0, outside);
    }

    @Test
    void firmsJoinWhenTheBenefitExceedsTheFee() {
        ClusterModel cheap = model(new Param[] {Param.ASSOCIATION_STRENGTH, Param.CREDIT_ENVIRONMENT, Param.ASSOCIATION_FEE},
                new double[] {0.6, 0.15, 0.001});
        ClusterModel dear = model(new Param[] {Param.ASSOCIATION_STRENGTH, Param.CREDIT_ENVIRONMENT, Param.ASSOCIATION_FEE},
                new double[] {0.6, 0.15, 1000});
        for (int t = 0; t < 36; t++) {
            cheap.schedule.step(cheap);
            dear.schedule.step(dear);
        }
        System.out.printf("joining: after 36 months %d of %d firms members at a fee of 0.001, %d of %d at 1000%n",
                cheap.association.members, cheap.firms.size(), dear.association.members, dear.firms.size());
        // "most": more than half (firms that neither buy a stage nor sell one to others gain nothing from membership)
        assertTrue(cheap.association.memberShare() > 0.5, "a cheap association draws most firms: " + cheap.association.memberShare());
        assertEquals(0, dear.association.members, "nobody pays more than membership is worth");
    }

    // ------------------------------------------------------------------ intermediaries

    @Test
    void intermediariesRevealRecordsAndWidenTheCandidateSet() {
        ClusterModel m = model(new Param[] {Param.INTERMEDIARY_SERVICES, Param.CREDIT_ENVIRONMENT}, new double[] {0.5, 0.2});
        Firm bad = Fixtures.specialist(m, 1, 100, 0.3);
        for (int k = 0; k < 20; k++) m.credit.record(bad, k % 2 == 0);
        Firm observer = m.firms.get(0);
        double with = m.credit.trustIn(observer, bad);
        m.setParameter(Param.INTERMEDIARY_SERVICES, 0, "test");
        double without = m.credit.trustIn(observer, bad);
        System.out.printf("intermediaries: trust in a firm that breached half its deals %.3f with brokers at 0.5, %.3f without%n", with, without);
        assertTrue(with < without - 0.05, with + " vs " + without);
        assertEquals(0, m.intermediaries.extraCandidates(3));
        m.setParameter(Param.INTERMEDIARY_SERVICES, 0.5, "test");
        assertEquals(2, m.intermediaries.extraCandidates(3));
    }

    // ------------------------------------------------------------------ guarantee fund

    /** A small producer whose own funds fall short of what financeAccess alone lets it add. */
    static Firm shortOfFunds(ClusterModel m) {
        Firm x = m.firms.get(0);
        x.netWorth = 0.6 * x.capital;
        return x;
    }

    @Test
    void aGuaranteeLetsASmallFirmFinanceWhatItOtherwiseCouldNot() {
        Param[] ps = {Param.GUARANTEE_CAPITAL, Param.FINANCE_ACCESS, Param.GUARANTEE_COVERAGE};
        ClusterModel with = model(ps, new double[] {100, 0.2, 0.5});
        ClusterModel without = model(ps, new double[] {0, 0.2, 0.5});
        Firm a = shortOfFunds(with), b = shortOfFunds(without);
        double plant = with.plantPrice(2);
        assertFalse(without.finance.canFinance(b, plant), "without a fund the bank rations it");
        assertTrue(with.finance.canFinance(a, plant), "the fund's cover lets it borrow 0.2 + 0.5 x 0.8 = 0.6 of its plants");
        // a lead firm is not small: no guarantee
        a.lead = true;
        assertFalse(with.finance.canFinance(a, plant));
        a.lead = false;
        // it takes the guarantee up at the finance phase and pays the fee to the fund
        with.finance.invest(a, 2, 1);
        double fundBefore = with.guarantee.capital(), worthBefore = a.netWorth;
        double debt = with.finance.debt(a);
        with.guarantee.settle(a);
        System.out.printf("guarantee: covered %.2f of debt %.2f, fee %.4f%n", a.guaranteedDebt, debt, worthBefore - a.netWorth);
        assertEquals(0.5 * debt, a.guaranteedDebt, 1e-9);
        assertEquals(with.parameter(Param.GUARANTEE_FEE) * a.guaranteedDebt, worthBefore - a.netWorth, 1e-9);
        assertEquals(fundBefore + worthBefore - a.netWorth, with.guarantee.capital(), 1e-9);
    }

    @Test
    void theFundPaysOnDefaultsAndStopsWhenItRunsDry() {
        ClusterModel m = model(new Param[] {Param.GUARANTEE_CAPITAL, Param.FINANCE_ACCESS}, new double[] {5, 0.2});
        Firm x = shortOfFunds(m);
        m.finance.invest(x, 2, 1);
        m.guarantee.settle(x);
        assertTrue(x.guaranteedDebt > 0);
        x.netWorth = -50;
        m.guarantee.defaulted(x);
        System.out.printf("default: the fund paid %.2f and has %.2f left%n", m.guarantee.paidOut, m.guarantee.capital());
        assertTrue(m.guarantee.paidOut > 0);
        assertEquals(0, m.guarantee.capital(), 1e-12, "a loss beyond its capital drains it");
        Firm y = shortOfFunds(m);
        y.netWorth = 0.6 * y.capital;
        assertFalse(m.finance.canFinance(y, m.plantPrice(2)), "a dry fund gives no new guarantee");
        // replenished by a policy event: guaranteeCapital raised by 50 adds 50
        m.setParameter(Param.GUARANTEE_CAPITAL, 55, "replenish");
        m.guarantee.refresh();
        assertEquals(50, m.guarantee.capital(), 1e-9);
        assertTrue(m.finance.canFinance(y, m.plantPrice(2)));
    }

    // ------------------------------------------------------------------ local government and lead firms

    @Test
    void leadFirmsStartLargerWithABrand() {
        ClusterModel m = model(Param.LEAD_FIRMS, 0.1);
        Firm lead = m.firms.get(0), small = m.firms.get(5);
        assertTrue(lead.lead && !small.lead);
        assertEquals(2, m.firms.stream().filter(f -> f.lead).count());
        System.out.printf("lead firm: capital %.1f rung %d; small: capital %.1f rung %d%n", lead.capital, lead.rung, small.capital, small.rung);
        assertTrue(lead.capital >= 2 * small.capital);
        assertEquals(small.rung + LocalGovernment.LEAD_RUNGS, lead.rung);
        assertTrue(lead.ownDesign);
    }

    @Test
    void theBudgetGoesToLeadFirmsOrToSmeServicesByItsSplit() {
        Param[] ps = {Param.LEAD_FIRMS, Param.GOVERNMENT_BUDGET, Param.LARGE_PROJECT_SHARE};
        ClusterModel large = model(ps, new double[] {0.1, 10, 1});
        ClusterModel sme = model(ps, new double[] {0.1, 10, 0});
        Firm leadL = large.firms.get(0), leadS = sme.firms.get(0);
        double wL = leadL.netWorth, wS = leadS.netWorth;
        large.government.step();
        sme.government.step();
        assertEquals(wL + 2.5, leadL.netWorth, 1e-9, "half of 10 in grants, split between two lead firms");
        assertEquals(wS, leadS.netWorth, 1e-12);
        assertTrue(large.government.materialFactor < 1, "the park lowers materials costs");
        assertEquals(1, sme.government.materialFactor);
        double tau = Param.TRAINING_SHARE.defaultValue;
        assertEquals(10 * tau, sme.government.training, 1e-9, "the training share of the SME money buys training");
        assertEquals(10 * (1 - tau), sme.guarantee.capital(), 1e-9, "the rest, without an association, becomes guarantee capital");
        assertEquals(0, large.government.training);
        assertEquals(0, large.guarantee.capital());
        Stage st = large.chain.get(2);
        large.production.refresh();
        sme.production.refresh();
        assertTrue(large.production.materialPerUnit(st, 0, 10) < sme.production.materialPerUnit(st, 0, 10));
    }

    /**
     * The training share of the SME money (LocalGovernment) buys training in Skills: money over a year's wage
     * per worker of the month's employment closes that share of the skill gap, on top of trainingRate; no
     * budget, no training bought; more SME money, more skill.
     */
    @Test
    void theGovernmentsTrainingMoneyRaisesTheWorkforcesSkill() {
        Param[] ps = {Param.GOVERNMENT_BUDGET, Param.LARGE_PROJECT_SHARE, Param.TRAINING_SHARE};
        ClusterModel none = model(ps, new double[] {0, 0, 0.5});
        ClusterModel sme = model(ps, new double[] {10, 0, 0.5});
        ClusterModel large = model(ps, new double[] {10, 1, 0.5});
        for (ClusterModel m : List.of(none, sme, large)) m.schedule.step(m);
        double workers = 0;
        for (Firm x : sme.firms) if (x.alive && !x.bankrupt) workers += x.employment;
        assertTrue(workers > 0);
        assertEquals(5, sme.government.training, 1e-9, "half the SME money of 10 goes to training");
        double g = 5 / (Skills.TRAINING_COST * sme.parameter(Param.WAGE) * workers);
        assertEquals(g, sme.skills.publicTraining(), 1e-12);
        assertEquals(g, sme.skills.skill, 1e-12, "a month of training from skill 0 closes g of the gap");
        assertEquals(0, none.skills.skill, 0, "no budget, no training");
        assertEquals(0, large.skills.skill, 0, "large projects buy no training");
        double before = sme.skills.skill;
        sme.schedule.step(sme);
        assertTrue(sme.skills.skill > before, "skill keeps rising while the money flows");
        System.out.printf("training: %.1f workers, 5 a month closes %.5f of the skill gap a month%n", workers, g);
    }

    @Test
    void aSoftEnvironmentRaisesSocialTrustOverTime() {
        ClusterModel m = model(new Param[] {Param.SOFT_ENVIRONMENT, Param.SOCIAL_TRUST}, new double[] {0.1, 0.2});
        for (int t = 0; t < 120; t++) m.government.step();
        double after = m.parameter(Param.SOCIAL_TRUST);
        System.out.printf("soft environment 0.1: social trust 0.2 -> %.3f in ten years%n", after);
        assertEquals(1 - 0.8 * Math.pow(0.9, 10), after, 1e-9);
    }
}
