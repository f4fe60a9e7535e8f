package clustersim.facts;

import static clustersim.facts.Quantity.Window.last;

import clustersim.facts.Quantity.Change;
import clustersim.facts.Quantity.Window;
import clustersim.facts.Statistic.Contrast;
import clustersim.facts.Statistic.Jump;
import clustersim.facts.Statistic.Ratio;
import clustersim.facts.Statistic.SeedShare;
import clustersim.facts.Statistic.Slope;
import clustersim.facts.Statistic.Spread;
import clustersim.facts.Statistic.SpreadRatio;
import java.util.ArrayList;
import java.util.List;

/**
 * The stylised facts of MODEL.md section 5, as data: one entry a fact. Facts 1 to 6 are version 1's, 7 to
 * 11 version 2's (a check reading a metric the model does not have says "not measurable" until it exists). Fact 12 is the institutions of
 * MODEL.md section 6, one group of checks per institution as KnowledgeInstitutionsFactsTest and
 * MarketInstitutionFactsTest state them (clustersim.model). Outcomes are means over a run's last 100 of 600
 * months unless an entry says otherwise; the thresholds of facts 1 to 6 are those StylisedFactsTest has
 * asserted.
 */
public final class FactCatalogue {
    public static final int SEEDS = 32, STEPS = 600, WINDOW = 100;
    static final String PRD = "scenarios/pearl-river-delta.yaml", STRONG = "scenarios/strong-institutions.yaml",
            ZHEJIANG = "scenarios/zhejiang-trust.yaml", IP_REFORM = "scenarios/ip-reform.yaml",
            SPLIT = "scenarios/facts/split-components.yaml", ASSOCIATION = "scenarios/industry-association.yaml",
            GUARANTEE = "scenarios/guarantee-fund.yaml";
    static final List<String> SHIPPED = List.of("scenarios/baseline.yaml", "scenarios/pearl-river-delta.yaml",
            "scenarios/strong-institutions.yaml", "scenarios/zhejiang-trust.yaml", "scenarios/ip-reform.yaml",
            "scenarios/credit-guarantee.yaml");
    static final double[] CE = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final double[] IP = {0.1, 0.3, 0.5, 0.7, 0.9};

    private FactCatalogue() {
    }

    static Window w(String metric) {
        return last(metric, WINDOW);
    }

    static Condition ce(double v) {
        return Statistic.at(Condition.baseline(), "creditEnvironment", v);
    }

    public static List<Fact> all() {
        List<Fact> f = new ArrayList<>();
        Condition base = Condition.baseline();

        f.add(new Fact(1, "A sharp transition", "Yang & Borland (1991); Cheng & Yang (2004)",
                "Division of labour rises with creditEnvironment, not gently but with a steep transition from most parts in-house to specialised supply.",
                SEEDS, STEPS, List.of(
                new Check("DoL at creditEnvironment 0.9 exceeds DoL at 0.1 by more than 0.4",
                        Contrast.difference(ce(0.9), ce(0.1), w("division_of_labor")), Threshold.ciAbove(0.4)),
                new Check("most of the rise happens within a band of 0.3 (a linear rise puts 37.5% there)",
                        new Jump(base, "creditEnvironment", CE, w("division_of_labor"), 0.3), Threshold.atLeast(0.55)),
                new Check("poor enforcement (creditEnvironment 0.2) keeps most parts in-house",
                        Contrast.level(ce(0.2), w("division_of_labor")), Threshold.below(0.2))),
                new FactFigure.OverFactor(base, "creditEnvironment", CE, w("division_of_labor"))));

        Condition split = Condition.scenario(SPLIT);
        Condition s5 = split.with("creditEnvironment=0.5"), s9 = split.with("creditEnvironment=0.9"), s2 = split.with("creditEnvironment=0.2");
        Condition trusting = split.with("creditEnvironment=0.2", "socialTrust=0.9", "trustworthinessMean=0.8");
        Window generic = w("dol_s3"), specific = w("dol_s4");
        f.add(new Fact(2, "Specificity \u00d7 enforcement", "Klos & Nooteboom (2001); Nunn (2007)",
                "Stages with high specificity stay in-house unless creditEnvironment (or trust) is high; better enforcement raises outsourcing of specific stages most.",
                SEEDS, STEPS, List.of(
                new Check("at creditEnvironment 0.5 the generic half (specificity 0.2) is bought far more than the specific half (0.8)",
                        new Contrast(List.of(Term.of(s5, generic), Term.of(s5, specific).times(-1))), Threshold.ciAbove(0.25)),
                new Check("raising creditEnvironment from 0.5 to 0.9 raises buying of the specific half more than of the generic half",
                        new Contrast(List.of(Term.of(s9, specific), Term.of(s5, specific).times(-1), Term.of(s9, generic).times(-1), Term.of(s5, generic))),
                        Threshold.ciAbove(0.15)),
                new Check("under weak enforcement (0.2), a trusting community (socialTrust 0.9) buys the specific half more",
                        new Contrast(List.of(Term.of(trusting, specific), Term.of(s2, specific).times(-1))), Threshold.ciAbove(0.15))),
                new FactFigure.Conditions(List.of(s2, trusting, s5, s9), List.of("CE 0.2", "CE 0.2, trusting", "CE 0.5", "CE 0.9"),
                        List.of("dol_s3", "dol_s4"), WINDOW, List.of("generic part bought (dol_s3, share of producers)",
                        "specific part bought (dol_s4, share of producers)"))));

        Condition ce8 = base.with("creditEnvironment=0.8");
        Condition weakIp = Statistic.at(ce8, "ipProtection", 0.1), strongIp = Statistic.at(ce8, "ipProtection", 0.9);
        f.add(new Fact(3, "Weak IP keeps knowledge in-house", "Arora & Merges (2004); Zhao (2006)",
                "As ipProtection falls, high-knowledgeIntensity stages are integrated, R&D intensity falls, imitation rises.",
                SEEDS, STEPS, List.of(
                new Check("the design stage is bought far more under strong IP (0.9) than weak (0.1), creditEnvironment 0.8",
                        Contrast.difference(strongIp, weakIp, w("dol_s1")), Threshold.ciAbove(0.3)),
                new Check("R&D intensity is higher under strong IP", Contrast.difference(strongIp, weakIp, w("rd_intensity")), Threshold.ciAbove(0.005)),
                new Check("R&D intensity is more than twice as high under strong IP",
                        new Ratio(Term.of(strongIp, w("rd_intensity")), Term.of(weakIp, w("rd_intensity"))), Threshold.above(2)),
                new Check("imitation is higher under weak IP", Contrast.difference(weakIp, strongIp, w("imitation_rate")), Threshold.ciAbove(0.02)),
                new Check("imitation is more than five times as high under weak IP",
                        new Ratio(Term.of(weakIp, w("imitation_rate")), Term.of(strongIp, w("imitation_rate"))), Threshold.above(5))),
                new FactFigure.OverFactor(ce8, "ipProtection", IP, w("rd_intensity"))));

        Condition prd = Condition.scenario(PRD), strong = Condition.scenario(STRONG);
        f.add(new Fact(4, "The Pearl River Delta regime", "value-added rates: about 20% in Chinese manufacturing, above 30% in the US and Germany",
                "pearl-river-delta ends with independent development below 0.40, most parts in-house and va_to_sales near 0.20; "
                        + "strong-institutions ends with va_to_sales of 0.30 or more and far higher DoL.",
                SEEDS, STEPS, List.of(
                new Check("PRD: fewer than 40% of producers develop products of their own",
                        Contrast.level(prd, w("independent_development_share")), Threshold.ciBelow(0.40)),
                new Check("PRD: most parts made in-house", Contrast.level(prd, w("division_of_labor")), Threshold.ciBelow(0.5)),
                new Check("PRD: value-added rate near 0.20", Contrast.level(prd, w("va_to_sales")), Threshold.ciWithin(0.15, 0.25)),
                new Check("strong institutions: value-added rate of 0.30 or more", Contrast.level(strong, w("va_to_sales")), Threshold.ciAtLeast(0.30)),
                new Check("strong institutions: far more division of labour than PRD",
                        Contrast.difference(strong, prd, w("division_of_labor")), Threshold.ciAbove(0.4))),
                new FactFigure.Conditions(List.of(prd, strong), List.of("Pearl River Delta", "strong institutions"),
                        List.of("division_of_labor", "va_to_sales", "independent_development_share"), WINDOW)));

        Condition zhejiang = Condition.scenario(ZHEJIANG);
        f.add(new Fact(5, "Trust can substitute for enforcement", "Zhejiang clusters: Wenzhou shoes, Puyuan sweaters, Zhili children's clothing",
                "With weak formal enforcement but high socialTrust, a fine division of labour still emerges, carried by trade credit.",
                SEEDS, STEPS, List.of(
                new Check("zhejiang-trust has far more division of labour than PRD (same enforcement)",
                        Contrast.difference(zhejiang, prd, w("division_of_labor")), Threshold.ciAbove(0.25))),
                new FactFigure.Conditions(List.of(prd, zhejiang), List.of("Pearl River Delta", "Zhejiang (high trust)"),
                        List.of("division_of_labor", "mean_trust"), WINDOW)));

        f.add(new Fact(6, "Trust is viable but not guaranteed efficient", "Klos & Nooteboom (2001)",
                "Lasting relations emerge over wide ranges, yet outcomes depend on history.",
                SEEDS, STEPS, List.of(
                new Check("relations last over three years on average at creditEnvironment 0.6",
                        Contrast.level(ce(0.6), w("mean_relation_length")), Threshold.ciAbove(36)),
                new Check("and at 0.9", Contrast.level(ce(0.9), w("mean_relation_length")), Threshold.ciAbove(36)),
                new Check("and they are trusted (creditEnvironment 0.6)", Contrast.level(ce(0.6), w("mean_trust")), Threshold.ciAbove(0.6)),
                new Check("near the transition (creditEnvironment 0.4) DoL differs across seeds by more than 0.15",
                        new Spread(Term.of(ce(0.4), w("division_of_labor"))), Threshold.above(0.15)),
                new Check("and by more than 3 times its spread far below it (0.1)",
                        new SpreadRatio(Term.of(ce(0.4), w("division_of_labor")), Term.of(ce(0.1), w("division_of_labor"))), Threshold.above(3))),
                new FactFigure.OverFactor(base, "creditEnvironment", CE, w("division_of_labor"))));

        // facts 7 to 11 as StylisedFactsV2Test (clustersim.model) states them for model v2: the same measures and
        // thresholds, judged with this suite's statistics (a difference between conditions is paired by seed)
        f.add(new Fact(7, "Appropriability beyond IP law", "Levin et al. (1987); Cohen, Nelson & Walsh (2000)",
                "Under weak IP some firms still develop their own products (lead time, secrecy, brand): PRD's independent_development_share "
                        + "(v2: a stock, the share of producers selling a design of their own) is between 0.15 and 0.40, above 0.05 in every seed; "
                        + "strong institutions end well above it.",
                SEEDS, STEPS, List.of(
                new Check("PRD: between 15% and 40% of producers sell a design of their own",
                        Contrast.level(prd, w("independent_development_share")), Threshold.within(0.15, 0.40)),
                new Check("PRD: above 0.05 in every seed, not zero",
                        new SeedShare(Term.of(prd, w("independent_development_share")), false, 0.05), Threshold.atLeast(1)),
                new Check("strong institutions end well above the PRD (by more than 0.15)",
                        Contrast.difference(strong, prd, w("independent_development_share")), Threshold.ciAbove(0.15))),
                new FactFigure.Conditions(List.of(prd, strong), List.of("Pearl River Delta", "strong institutions"),
                        List.of("independent_development_share", "innovation_rate"), WINDOW)));

        List<Check> settle = new ArrayList<>();
        List<Condition> still = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String s : SHIPPED) {
            // the scenarios themselves leave demandGrowth at 0 (its default): the fact is about them as shipped
            Condition c = Condition.scenario(s);
            still.add(c);
            names.add(c.label());
            settle.add(new Check(c.label() + ": producers change by less than 10% between months 400 and 600, in every seed",
                    new SeedShare(Term.of(c, settled("producers")), true, 0.10), Threshold.atLeast(1)));
        }
        f.add(new Fact(8, "A settled cluster", "Sutton (1991)",
                "With demandGrowth 0, every shipped scenario's population settles: producers change by less than 10% "
                        + "between months 400 and 600, in every seed. (Each month is the mean of the 10 months ending there.)",
                SEEDS, STEPS, settle, new FactFigure.Paths(still, names, "producers", List.of(400, 600), List.of("month 400", "month 600"))));

        Condition weakIpBase = Statistic.at(base, "ipProtection", 0.1), strongIpBase = Statistic.at(base, "ipProtection", 0.9);
        f.add(new Fact(9, "Imitation feeds vicious competition", "Anderson, de Palma & Thisse (1992)",
                "Weaker IP (enforcement fixed) means more imitation and lower margins: mean_markup falls as ipProtection falls.",
                SEEDS, STEPS, List.of(
                new Check("mean markup at ipProtection 0.9 exceeds that at 0.1 by more than 0.01 (baseline enforcement)",
                        Contrast.difference(strongIpBase, weakIpBase, w("mean_markup")), Threshold.ciAbove(0.01))),
                new FactFigure.Conditions(List.of(weakIpBase, strongIpBase), List.of("ipProtection 0.1", "ipProtection 0.9"),
                        List.of("mean_markup", "imitation_rate"), WINDOW)));

        Condition reform = Condition.scenario(IP_REFORM);
        f.add(new Fact(10, "Reforms bite", "MODEL.md \u00a75 (no lock-in from a learning rule)",
                "After the IP reform of ip-reform.yaml (month 300), independent development and R&D intensity rise measurably within 120 months.",
                SEEDS, STEPS, List.of(
                new Check("independent development rises by more than 0.02: mean of months 411\u2013420 minus months 291\u2013300",
                        Contrast.level(reform, reformGain("independent_development_share")), Threshold.ciAbove(0.02)),
                new Check("R&D intensity rises by more than a tenth: mean of months 411\u2013420 minus 1.1 \u00d7 months 291\u2013300",
                        new Contrast(List.of(Term.of(reform, AFTER_REFORM.apply("rd_intensity")), Term.of(reform, BEFORE_REFORM.apply("rd_intensity")).times(-1.1))),
                        Threshold.ciAbove(0))),
                new FactFigure.Paths(List.of(reform, prd), List.of("ip-reform (IP 0.15 \u2192 0.8 at month 300)", "Pearl River Delta (no reform)"),
                        "independent_development_share", List.of(300), List.of("IP reform"))));

        Condition ce1 = ce(0.1), ce9 = ce(0.9);
        f.add(new Fact(11, "Specialisation pays where institutions allow it", "Smith; Becker & Murphy (1992)",
                "Clusters with more DoL (creditEnvironment 0.9 against 0.1) have higher labour_productivity (value-added at current "
                        + "prices per worker-month), and a stage bought from a specialist is made with fewer workers per unit than the same "
                        + "stage made in-house.",
                SEEDS, STEPS, List.of(
                new Check("the sweep spans little and much division of labour: DoL at creditEnvironment 0.9 exceeds 0.1 by more than 0.2",
                        Contrast.difference(ce9, ce1, w("division_of_labor")), Threshold.ciAbove(0.2)),
                new Check("the cluster with more division of labour (creditEnvironment 0.9) has higher labour productivity than 0.1",
                        Contrast.difference(ce9, ce1, w("labour_productivity")), Threshold.ciAbove(0)),
                // StylisedFactsV2Test measures this per outsourceable stage from the firms at month 600 (every stage
                // must show it); no metric carries workers per unit yet, so the check says "not measurable" until one does
                new Check("workers per unit at month 600 (creditEnvironment 0.6): made in-house minus bought from a specialist",
                        new Contrast(List.of(Term.of(ce(0.6), new Window("workers_per_unit_made", STEPS, STEPS)),
                                Term.of(ce(0.6), new Window("workers_per_unit_bought", STEPS, STEPS)).times(-1))),
                        Threshold.ciAbove(0))),
                new FactFigure.Conditions(List.of(ce1, ce(0.5), ce9), List.of("CE 0.1", "CE 0.5", "CE 0.9"),
                        List.of("division_of_labor", "labour_productivity"), WINDOW)));

        // fact 12, one institution at a time. The knowledge institutions against the baseline with one family of
        // parameters changed, judged on months 301-400 as KnowledgeInstitutionsFactsTest does (its runs are 400
        // months long); the institutions of the market against the Pearl River Delta, as MarketInstitutionFactsTest.
        Condition universities = base.with("universityResearch=0.3", "spinoffRate=0.02"),
                mobile = base.with("talentMobility=0.02"), educated = base.with("educationLevel=0.5");
        Condition association = Condition.scenario(ASSOCIATION), fund = Condition.scenario(GUARANTEE);
        java.util.function.Function<String, Window> k = m -> new Window(m, 301, 400);
        f.add(new Fact(12, "The seed's institutions matter in the direction the literature finds",
                "Nelson & Phelps (1966); Saxenian (1994); Almeida & Kogut (1999); McMillan & Woodruff (1999); Beck, Klapper & Mendoza (2010)",
                "Universities raise innovation; talent mobility spreads know-how while lowering what an innovator appropriates; an industry "
                        + "association raises the division of labour under weak formal enforcement; a guarantee fund raises small firms' access "
                        + "to credit and entry. (Education, which fact 12 does not name, is checked too. The narrowing quality gap between "
                        + "leaders and followers, and education's value-added per worker at quality-adjusted prices (at current prices a better product sells "
                        + "cheaper per quality unit, so the gain goes to buyers), are measured from the firms by KnowledgeInstitutionsFactsTest; no column "
                        + "carries them.)",
                SEEDS, STEPS, List.of(
                new Check("universities (universityResearch 0.3, spinoffRate 0.02): innovation_rate rises by more than 0.03, months 301\u2013400",
                        Contrast.difference(universities, base, k.apply("innovation_rate")), Threshold.ciAbove(0.03)),
                new Check("universities: independent development rises by more than 0.05, months 301\u2013400",
                        Contrast.difference(universities, base, k.apply("independent_development_share")), Threshold.ciAbove(0.05)),
                new Check("talent mobility (talentMobility 0.02): skilled workers move, months 301\u2013400",
                        Contrast.level(mobile, k.apply("talent_moves")), Threshold.ciAbove(0)),
                new Check("talent mobility: margins, what producers appropriate, fall, months 301\u2013400",
                        Contrast.difference(mobile, base, k.apply("mean_markup")), Threshold.ciBelow(0)),
                new Check("education (educationLevel 0.5): innovation_rate rises by more than 0.02, months 301\u2013400",
                        Contrast.difference(educated, base, k.apply("innovation_rate")), Threshold.ciAbove(0.02)),
                new Check("industry-association (founded at month 300, creditEnvironment 0.15): more than 10% of firms join",
                        Contrast.level(association, w("association_members")), Threshold.ciAbove(0.1)),
                new Check("industry-association: division of labour exceeds the Pearl River Delta's by more than 0.02",
                        Contrast.difference(association, prd, w("division_of_labor")), Threshold.ciAbove(0.02)),
                new Check("guarantee-fund: the fund covers loans", Contrast.level(fund, w("guaranteed_loans")), Threshold.ciAbove(0)),
                new Check("guarantee-fund: fewer of small firms' make decisions fail for lack of finance than in the Pearl River Delta",
                        Contrast.difference(fund, prd, w("small_credit_constrained_share")), Threshold.ciBelow(0)),
                new Check("guarantee-fund: fewer would-be entrants are blocked by finance than in the Pearl River Delta",
                        Contrast.difference(fund, prd, w("blocked_entries")), Threshold.ciBelow(0))),
                new FactFigure.Conditions(List.of(base, universities, mobile, educated, prd, association, fund),
                        List.of("baseline", "universities", "talent mobility", "education", "Pearl River Delta", "association", "guarantee fund"),
                        List.of("innovation_rate", "division_of_labor", "small_credit_constrained_share"), WINDOW)));
        return List.copyOf(f);
    }

    static final java.util.function.Function<String, Window> BEFORE_REFORM = m -> new Window(m, 291, 300),
            AFTER_REFORM = m -> new Window(m, 411, 420);

    /** |mean of months 591-600 vs 391-400| / the earlier (StylisedFactsV2Test's windows). */
    static Change settled(String metric) {
        return new Change(new Window(metric, 391, 400), new Window(metric, 591, 600), true, true);
    }

    static Change reformGain(String metric) {
        return new Change(BEFORE_REFORM.apply(metric), AFTER_REFORM.apply(metric), false, false);
    }
}
