package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (it asserts nothing and is skipped unless -Dprobe=true): the measures of
 * facts 1, 2, 3, 5, 6, 7, 9 and 10 exactly as StylisedFactsTest and StylisedFactsV2Test take them, with
 * their verdicts, over probe.seeds seeds and with parameter overrides (probe.set=param=value,...), which a
 * scenario file overrides where it sets the parameter itself (as a changed default would be).
 * {@code mvn -B -q -o test -Dtest=ProbeFactsTest -Dprobe=true -Dprobe.seeds=4 -Dprobe.facts=2,3,6,10,1,5,7,9
 * -Dprobe.set=holdupMonths=3 -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE}
 */
class ProbeFactsTest {
    static final int STEPS = 600, WINDOW = 100;
    static final String[] COLUMNS = {"division_of_labor", "rd_intensity", "imitation_rate", "mean_relation_length",
        "mean_trust", "mean_markup", "independent_development_share",
        ClusterMetrics.stageColumn("dol", 0), ClusterMetrics.stageColumn("dol", 2), ClusterMetrics.stageColumn("dol", 3),
        ClusterMetrics.stageColumn("specialists", 0)};
    static final int DOL = 0, RD = 1, IMIT = 2, LEN = 3, TRUST = 4, MARKUP = 5, OWN = 6, DOL0 = 7, DOL2 = 8, DOL3 = 9, SPEC0 = 10;

    int seeds;
    List<String> out = new ArrayList<>();

    ClusterConfig override(ClusterConfig c) {
        String set = System.getProperty("probe.set", "");
        for (String kv : set.split(",")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=");
            Param param = Param.byName(p[0].trim());
            if (param == null) throw new IllegalArgumentException("no parameter " + p[0]);
            // a scenario that sets the parameter itself keeps its value, as under a changed default
            if (c.get(param) == param.defaultValue) c = c.with(param, Double.parseDouble(p[1]));
        }
        return c;
    }

    /** result[column][seed] */
    double[][] run(ClusterConfig c) {
        return Runs.overSeedsMany(c, seeds, Runs.windowMeans(COLUMNS, STEPS, WINDOW));
    }

    static Runs.Estimate est(double[] x) {
        return Runs.Estimate.of(x);
    }

    void say(String s) {
        System.out.println("PROBE " + s);
        out.add(s);
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() throws Exception {
        seeds = Integer.getInteger("probe.seeds", 4);
        List<String> facts = Arrays.asList(System.getProperty("probe.facts", "2,3,6,10,1,5,7,9").split(","));
        say("set " + System.getProperty("probe.set", "") + " seeds " + seeds);
        ClusterConfig base = override(ClusterConfig.defaults());
        java.util.Map<Double, double[][]> byCe = new java.util.TreeMap<>();
        Function<Double, double[][]> atCe = ce -> byCe.computeIfAbsent(ce, x -> run(base.with(Param.CREDIT_ENVIRONMENT, x)));

        if (facts.contains("2")) {
            // the chain the catalogue judges fact 2 on
            ClusterConfig split = override(StylisedFactsV2Test.scenario("facts/split-components.yaml"));
            double[][] weak = run(split.with(Param.CREDIT_ENVIRONMENT, 0.5));
            double[][] strong = run(split.with(Param.CREDIT_ENVIRONMENT, 0.9));
            double[][] distrust = run(split.with(Param.CREDIT_ENVIRONMENT, 0.2));
            double[][] trusting = run(split.with(Param.CREDIT_ENVIRONMENT, 0.2).with(Param.SOCIAL_TRUST, 0.9)
                    .with(Param.TRUSTWORTHINESS_MEAN, 0.8));
            Runs.Estimate gap = Runs.Estimate.difference(weak[DOL2], weak[DOL3]);
            Runs.Estimate more = Runs.Estimate.difference(StylisedFactsV2Test.minus(strong[DOL3], weak[DOL3]),
                    StylisedFactsV2Test.minus(strong[DOL2], weak[DOL2]));
            Runs.Estimate trust = Runs.Estimate.difference(trusting[DOL3], distrust[DOL3]);
            say(String.format("fact2 CE0.5 gen %.3f spec %.3f gap %s %s", est(weak[DOL2]).mean, est(weak[DOL3]).mean, gap, ok(gap.low > 0.25)));
            say(String.format("fact2 CE0.9 gen %.3f spec %.3f more %s %s", est(strong[DOL2]).mean, est(strong[DOL3]).mean, more, ok(more.low > 0.15)));
            say(String.format("fact2 CE0.2 gen %.3f spec %.3f trusting gen %.3f spec %.3f diff %s %s", est(distrust[DOL2]).mean,
                    est(distrust[DOL3]).mean, est(trusting[DOL2]).mean, est(trusting[DOL3]).mean, trust, ok(trust.low > 0.15)));
        }
        if (facts.contains("3")) {
            ClusterConfig b8 = base.with(Param.CREDIT_ENVIRONMENT, 0.8);
            double[][] w = run(b8.with(Param.IP_PROTECTION, 0.1)), s = run(b8.with(Param.IP_PROTECTION, 0.9));
            Runs.Estimate design = Runs.Estimate.difference(s[DOL0], w[DOL0]);
            Runs.Estimate rd = Runs.Estimate.difference(s[RD], w[RD]);
            Runs.Estimate im = Runs.Estimate.difference(w[IMIT], s[IMIT]);
            say(String.format("fact3 design bought IP0.1 %.3f IP0.9 %.3f diff %s %s; by seed strong %s; specialists_s0 weak %.1f strong %.1f",
                    est(w[DOL0]).mean, est(s[DOL0]).mean, design, ok(design.low > 0.3), fmt(s[DOL0]), est(w[SPEC0]).mean, est(s[SPEC0]).mean));
            say(String.format("fact3 rd IP0.1 %.4f IP0.9 %.4f diff %s %s", est(w[RD]).mean, est(s[RD]).mean, rd,
                    ok(rd.low > 0.005 && est(s[RD]).mean > 2 * est(w[RD]).mean)));
            say(String.format("fact3 imitation IP0.1 %.4f IP0.9 %.4f diff %s %s", est(w[IMIT]).mean, est(s[IMIT]).mean, im,
                    ok(im.low > 0.02 && est(w[IMIT]).mean > 5 * est(s[IMIT]).mean)));
        }
        if (facts.contains("6")) {
            double[][] mid = atCe.apply(0.6), high = atCe.apply(0.9), near = atCe.apply(0.4), far = atCe.apply(0.1);
            boolean lenOk = est(mid[LEN]).low > 36 && est(high[LEN]).low > 36;
            say(String.format("fact6 length CE0.6 %s CE0.9 %s %s; by seed %s", est(mid[LEN]), est(high[LEN]), ok(lenOk), fmt(mid[LEN])));
            say(String.format("fact6 trust CE0.6 %s %s", est(mid[TRUST]), ok(est(mid[TRUST]).low > 0.6)));
            double sn = StylisedFactsV2Test.range(near[DOL]), sf = StylisedFactsV2Test.range(far[DOL]);
            say(String.format("fact6 spread CE0.4 %.3f CE0.1 %.3f %s; CE0.4 by seed %s", sn, sf, ok(sn > 0.15 && sn > 3 * sf), fmt(near[DOL])));
        }
        if (facts.contains("10")) {
            double[][] r = Runs.overSeedsMany(override(StylisedFactsV2Test.scenario("ip-reform.yaml")), seeds, StylisedFactsV2Test.aroundTheReform());
            Runs.Estimate indep = est(StylisedFactsV2Test.minus(r[2], r[0])), rd = est(StylisedFactsV2Test.minus(r[3], r[1]));
            say(String.format("fact10 own %.3f -> %.3f rise %s %s", est(r[0]).mean, est(r[2]).mean, indep, ok(indep.low > 0.02)));
            say(String.format("fact10 rd %.4f -> %.4f rise %s %s", est(r[1]).mean, est(r[3]).mean, rd, ok(rd.low > 0.1 * est(r[1]).mean)));
        }
        if (facts.contains("1")) {
            double[] ce = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
            double[] mean = new double[ce.length];
            double[][] runs = new double[ce.length][];
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < ce.length; k++) {
                runs[k] = atCe.apply(ce[k])[DOL];
                mean[k] = est(runs[k]).mean;
                sb.append(String.format(" %.3f", mean[k]));
            }
            Runs.Estimate rise = Runs.Estimate.difference(runs[ce.length - 1], runs[0]);
            double best = 0;
            for (int k = 0; k + 3 < ce.length; k++) best = Math.max(best, mean[k + 3] - mean[k]);
            double share = best / (mean[ce.length - 1] - mean[0]);
            say(String.format("fact1 DoL%s rise %s band %.2f %s", sb, rise, share, ok(rise.low > 0.4 && share >= 0.55 && mean[0] < 0.2 && mean[1] < 0.2)));
        }
        double[][] prd = null;
        if (facts.contains("5") || facts.contains("7")) prd = run(override(StylisedFactsV2Test.scenario("pearl-river-delta.yaml")));
        if (facts.contains("5")) {
            double[][] zj = run(override(StylisedFactsV2Test.scenario("zhejiang-trust.yaml")));
            Runs.Estimate d = Runs.Estimate.difference(zj[DOL], prd[DOL]);
            say(String.format("fact5 Zhejiang %.3f PRD %.3f diff %s %s", est(zj[DOL]).mean, est(prd[DOL]).mean, d, ok(d.low > 0.25)));
        }
        if (facts.contains("7")) {
            double[][] st = run(override(StylisedFactsV2Test.scenario("strong-institutions.yaml")));
            Runs.Estimate p = est(prd[OWN]);
            boolean each = Arrays.stream(prd[OWN]).allMatch(v -> v > 0.05);
            Runs.Estimate d = Runs.Estimate.difference(st[OWN], prd[OWN]);
            say(String.format("fact7 PRD own %s strong %.3f diff %s %s; min seed %.3f", p, est(st[OWN]).mean, d,
                    ok(p.mean >= 0.15 && p.mean <= 0.40 && each && d.low > 0.15), Arrays.stream(prd[OWN]).min().getAsDouble()));
        }
        if (facts.contains("9")) {
            double[][] w = run(base.with(Param.IP_PROTECTION, 0.1)), s = run(base.with(Param.IP_PROTECTION, 0.9));
            Runs.Estimate d = Runs.Estimate.difference(s[MARKUP], w[MARKUP]);
            say(String.format("fact9 markup %.4f vs %.4f diff %s %s", est(w[MARKUP]).mean, est(s[MARKUP]).mean, d, ok(d.low > 0.01)));
        }
        System.out.println("PROBE ==== summary");
        for (String s : out) System.out.println("PROBE " + s);
    }

    static String ok(boolean b) {
        return b ? "HOLDS" : "FAILS";
    }

    static String fmt(double[] x) {
        StringBuilder sb = new StringBuilder("[");
        for (double v : x) sb.append(String.format("%.3f ", v));
        return sb.append("]").toString().replace(" ]", "]");
    }
}
