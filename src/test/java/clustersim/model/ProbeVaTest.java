package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (it asserts nothing and is skipped unless -Dprobe=true): the inputs of facts
 * 4 and 11 (value-added rates, labour productivity, workers per unit bought and made) with those of facts 1,
 * 5, 7 and 9, over the last 100 of 600 months, for any {@code -Dprobe.set=param=value,...}.
 * {@code mvn -B -q -o test -Dtest=ProbeVaTest -Dprobe=true -Dprobe.seeds=4 -Dprobe.set=...
 * -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE}
 */
class ProbeVaTest {
    static final String[] COLS = {"division_of_labor", "va_to_sales", "labour_productivity", "mean_markup",
        "independent_development_share", "mean_quality", "value_added", "producers"};

    static ClusterConfig set(ClusterConfig c) {
        for (String kv : System.getProperty("probe.set", "").split(",")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=");
            c = c.with(Param.byName(p[0]), Double.parseDouble(p[1]));
        }
        return c;
    }

    static double[][] run(String name, ClusterConfig c, int seeds) {
        double[][] r = Runs.overSeedsMany(set(c), seeds, Runs.windowMeans(COLS, 600, 100));
        StringBuilder sb = new StringBuilder("PROBE " + name + ":");
        for (int k = 0; k < COLS.length; k++) {
            Runs.Estimate e = Runs.Estimate.of(r[k]);
            sb.append(String.format(" %s %.4f [%.4f, %.4f]", COLS[k].replace("independent_development_share", "own"), e.mean, e.low, e.high));
        }
        System.out.println(sb);
        return r;
    }

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() throws Exception {
        int seeds = Integer.getInteger("probe.seeds", 4);
        String only = System.getProperty("probe.only", "prd,strong,zj,ce1,ce9,ip1,ip9,lab");
        ClusterConfig base = StylisedFactsV2Test.baseline();
        double[][] prd = null, strong = null, zj = null, ce1 = null, ce9 = null, ip1 = null, ip9 = null;
        if (only.contains("prd")) prd = run("PRD", StylisedFactsV2Test.scenario("pearl-river-delta.yaml"), seeds);
        if (only.contains("strong")) strong = run("strong", StylisedFactsV2Test.scenario("strong-institutions.yaml"), seeds);
        if (only.contains("zj")) zj = run("zhejiang", StylisedFactsV2Test.scenario("zhejiang-trust.yaml"), seeds);
        if (only.contains("ce1")) ce1 = run("CE0.1", base.with(Param.CREDIT_ENVIRONMENT, 0.1), seeds);
        if (only.contains("ce9")) ce9 = run("CE0.9", base.with(Param.CREDIT_ENVIRONMENT, 0.9), seeds);
        if (only.contains("ip1")) ip1 = run("IP0.1", base.with(Param.IP_PROTECTION, 0.1), seeds);
        if (only.contains("ip9")) ip9 = run("IP0.9", base.with(Param.IP_PROTECTION, 0.9), seeds);
        if (prd != null && strong != null) {
            System.out.println("PROBE fact4: PRD va " + Runs.Estimate.of(prd[1]) + " strong va " + Runs.Estimate.of(strong[1])
                    + " DoL gap " + Runs.Estimate.difference(strong[0], prd[0]) + " PRD own " + Runs.Estimate.of(prd[4]));
            System.out.println("PROBE fact7: strong-PRD own " + Runs.Estimate.difference(strong[4], prd[4]));
        }
        if (prd != null && zj != null) System.out.println("PROBE fact5: " + Runs.Estimate.difference(zj[0], prd[0]));
        if (ce1 != null && ce9 != null) System.out.println("PROBE fact11a: dol " + Runs.Estimate.difference(ce9[0], ce1[0])
                + " lp " + Runs.Estimate.difference(ce9[2], ce1[2]));
        if (ip1 != null && ip9 != null) System.out.println("PROBE fact9: " + Runs.Estimate.difference(ip9[3], ip1[3]));
        if (only.contains("lab")) {
            double[][] lab = Runs.overSeedsMany(set(base.with(Param.CREDIT_ENVIRONMENT, 0.6)), seeds, StylisedFactsV2Test.labourPerUnitBoughtAndMade());
            for (int s = 0; 2 * s + 1 < lab.length; s++) {
                double[] b = StylisedFactsV2Test.finite(lab[2 * s]), m = StylisedFactsV2Test.finite(lab[2 * s + 1]);
                if (b.length < 2 || m.length < 2) continue;
                System.out.println("PROBE fact11b stage " + s + ": bought " + Runs.Estimate.of(b) + " made " + Runs.Estimate.of(m)
                        + " made-bought " + Runs.Estimate.difference(m, b));
            }
        }
    }
}
