package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MakeOrBuyTest {
    static final int TOOLING = 1;

    /** A producer that gave up its tooling plant and now reviews tooling, with the given net worth. */
    static Firm reviewWithoutPlant(ClusterModel m, double netWorth) {
        Firm x = Fixtures.producer(m);
        m.finance.divest(x, TOOLING, x.plantsOf(TOOLING));
        x.setMakes(TOOLING, false);
        x.netWorth = netWorth;
        m.counters.reset();
        m.markets[TOOLING].beginRound();
        x.setMustReview(TOOLING, true);
        m.makeOrBuy.review(x, TOOLING);
        m.markets[TOOLING].match();
        return x;
    }

    @Test
    void makingIsRefusedWhenFinanceIsShort() {
        ClusterModel m = Fixtures.smallModel(1, Param.FINANCE_ACCESS, 0.0);
        Firm x = reviewWithoutPlant(m, 1.0);
        assertEquals(1, m.counters.makeEvaluations);
        assertEquals(1, m.counters.makeRefused, "a plant of 20 cannot be bought from net worth 1 with no borrowing");
        assertNull(m.markets[TOOLING].resultOf(0), "with making refused and no specialist, tooling cannot be sourced");

        ClusterModel rich = Fixtures.smallModel(1, Param.FINANCE_ACCESS, 0.0);
        Firm y = reviewWithoutPlant(rich, 1000);
        assertEquals(0, rich.counters.makeRefused);
        assertSame(y, rich.markets[TOOLING].resultOf(0), "with enough own funds the firm makes tooling itself");
        assertTrue(x != y);
    }

    @Test
    void borrowingAgainstPlantsLetsAFirmMakeWhatItsOwnFundsCannotPay() {
        // net worth 60 against about 100 of plants: own funds carry (1 - financeAccess) of capital
        ClusterModel thin = Fixtures.smallModel(1, Param.FINANCE_ACCESS, 0.1);
        reviewWithoutPlant(thin, 60);
        ClusterModel deep = Fixtures.smallModel(1, Param.FINANCE_ACCESS, 0.9);
        reviewWithoutPlant(deep, 60);
        assertEquals(1, thin.counters.makeRefused);
        assertEquals(0, deep.counters.makeRefused);
    }

    @Test
    void expectedCostOfBuyingRisesWithBreachRiskAndFallsWithEnforcement() {
        // at breachBeliefTrust 0 the believed breach probability is the typical firm's
        ClusterModel m = Fixtures.smallModel(1, Param.BREACH_BELIEF_TRUST, 0);
        Firm x = Fixtures.producer(m);
        Firm j = Fixtures.specialist(m, TOOLING, 100, 0.7);
        double q = m.makeOrBuy.plannedOutput(x), revenue = m.makeOrBuy.expectedRevenue(x, q);
        double trusted = m.makeOrBuy.buyCost(x, TOOLING, j, q, 0.9, false, revenue);
        double distrusted = m.makeOrBuy.buyCost(x, TOOLING, j, q, 0.2, false, revenue);
        // trust enters a sourcing score once, through its trust term, not again through the expected loss
        assertEquals(trusted, distrusted, 0, "the expected breach loss is that of the typical firm in this relation");
        double base = m.credit.expectedBreachLoss(m.chain.get(TOOLING), revenue, 1);
        assertTrue(m.credit.expectedBreachLoss(m.chain.get(TOOLING), revenue, 100) < base,
                "a relation worth more to the supplier tempts it less: opportunism");
        m.params.set(Param.BREACH_BASE, 0.5);
        double risky = m.makeOrBuy.buyCost(x, TOOLING, j, q, 0.2, false, revenue);
        assertTrue(risky > distrusted, "higher breach risk makes buying dearer");
        m.params.set(Param.CREDIT_ENVIRONMENT, 0.9);
        double enforced = m.makeOrBuy.buyCost(x, TOOLING, j, q, 0.2, false, revenue);
        assertTrue(enforced < risky, "enforcement deters and compensates breaches");
    }

    @Test
    void withBreachBeliefTrustATrustedPartnerIsExpectedToBreachLessMostOnSpecificStages() {
        ClusterModel m = Fixtures.smallModel(1, Param.BREACH_BELIEF_TRUST, 1);
        Stage tooling = m.chain.get(TOOLING), components = m.chain.get(2);
        double revenue = 100, bill = 10;
        double trustedTooling = m.credit.expectedBreachLoss(tooling, revenue, bill, 0.9);
        double distrustedTooling = m.credit.expectedBreachLoss(tooling, revenue, bill, 0.2);
        assertTrue(trustedTooling < distrustedTooling, "trust lowers the hazard a buyer expects");
        // per unit of the stage's value share (tooling 0.15, components 0.30), each at a bill of its size
        double gapTooling = (distrustedTooling - trustedTooling) / tooling.valueShare;
        double gapComponents = (m.credit.expectedBreachLoss(components, revenue, 2 * bill, 0.2)
                - m.credit.expectedBreachLoss(components, revenue, 2 * bill, 0.9)) / components.valueShare;
        assertTrue(gapTooling > gapComponents, "trust matters most where hold-up costs most (specificity 0.8 against 0.25)");
        m.params.set(Param.BREACH_BELIEF_TRUST, 0);
        assertEquals(m.credit.expectedBreachLoss(tooling, revenue, bill), m.credit.expectedBreachLoss(tooling, revenue, bill, 0.2), 0,
                "at 0 the typical firm's untrustworthiness, whatever the trust");
    }

    /** A seller at its quota, its current customer reviewing, and a larger newcomer proposing: who is held? */
    static Firm heldCustomer(double regularFirst) {
        ClusterModel m = Fixtures.smallModel(1, Param.REGULAR_CUSTOMERS_FIRST, regularFirst);
        m.params.set(Param.FINANCE_ACCESS, 0);
        Firm j = Fixtures.specialist(m, TOOLING, 0, 0.7);
        Firm regular = m.firms.get(0), newcomer = m.firms.get(1);
        Fixtures.buy(m, regular, TOOLING, j);
        regular.setRelationStart(TOOLING, m.currentStep() - 40);
        regular.expectedOutput = 30;
        newcomer.expectedOutput = 35;
        regular.setMustReview(TOOLING, true);
        SupplierMarket market = m.markets[TOOLING];
        market.beginRound();
        market.propose(regular, new Firm[] {j}, 1);
        market.propose(newcomer, new Firm[] {j}, 1);
        market.match();
        return market.resultOf(0) == j ? regular : (market.resultOf(1) == j ? newcomer : null);
    }

    @Test
    void withRegularCustomersFirstASupplierDoesNotDropItsCustomerForANewcomer() {
        // one plant (capacity 40) cannot hold both 30 and 35: by volume alone the seller prefers the newcomer
        assertEquals(heldCustomer(0).id, 1, "without the rule the larger newcomer displaces the regular customer");
        assertEquals(heldCustomer(1).id, 0, "with it the regular customer keeps its supplier");
    }

    @Test
    void outsourcingFallsAsBreachRiskRises() {
        // judged like the facts, on the last 100 of 600 months: in model v2 months 250-300 are still the
        // shake-out of the 300 founding producers, and at CE 0.7 some seeds have not yet left autarky there
        // (DoL 0.02 beside 0.46 at the same breach risk), so that window measured when, not whether, it happens
        ClusterConfig base = ClusterConfig.defaults().with(Param.CREDIT_ENVIRONMENT, 0.7).with(Param.STEPS, 600);
        double[] safe = Runs.overSeeds(base.with(Param.BREACH_BASE, 0.05), 8, Runs.windowMean("division_of_labor", 600, 100));
        double[] risky = Runs.overSeeds(base.with(Param.BREACH_BASE, 0.6), 8, Runs.windowMean("division_of_labor", 600, 100));
        Runs.Estimate d = Runs.Estimate.difference(safe, risky);
        System.out.println("division of labour, breachBase 0.05 minus 0.6: " + d);
        assertTrue(d.low > 0.1, "more breach risk must mean less outsourcing: " + d);
    }

    @Test
    void sourcingWorkPerProducerDoesNotGrowWithClusterSize() {
        double small = optionsPerProducerStep(300), large = optionsPerProducerStep(3000);
        int bound = new Parameters().getInt(Param.SEARCH_BREADTH) + 2;
        System.out.printf("options scored per review: %.3f at 300 firms, %.3f at 3000 (bound %d)%n", small, large, bound);
        // the bound is the linear-cost guarantee: a search over all pairs would score hundreds of options per
        // review at 300 firms and ten times as many at 3000. Below the bound, how many are scored depends on
        // how thick the supplier market is (a thin one has few sellers to draw), which is the model's result
        assertTrue(large <= bound && small <= bound, "no search over all pairs: each review scores at most make, the current partner and searchBreadth candidates");
    }

    static double optionsPerProducerStep(int firms) {
        Parameters p = new Parameters();
        p.set(Param.INITIAL_FIRMS, firms);
        p.set(Param.MARKET_SIZE, 10.0 * firms);
        p.set(Param.CREDIT_ENVIRONMENT, 0.8);
        ClusterModel m = new ClusterModel(3, new ClusterConfig("scale", p, ValueChain.standard(), java.util.List.of()));
        m.start();
        double options = 0, producerSteps = 0;
        for (int t = 0; t < 150; t++) {
            m.schedule.step(m);
            if (t >= 50) {
                options += m.counters.optionsScored;
                producerSteps += m.counters.makeEvaluations;
            }
        }
        // per review (each scores make once): how many reviews a producer makes is the review probability's
        // business, and how organised the cluster is at each size is the model's result, not the search's
        return options / producerSteps;
    }
}
