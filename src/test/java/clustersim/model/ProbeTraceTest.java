package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): one run's trajectory every 25 months, with
 * the founding cohort (born at step 0) and young producers (under five years) counted apart.
 * {@code mvn -B -q -o test -Dtest=ProbeTraceTest -Dprobe=true -Dprobe.file=pearl-river-delta.yaml
 * -Dprobe.seed=1 -Dprobe.steps=1200 -Dsurefire.failIfNoSpecifiedTests=false | grep TRACE}
 */
class ProbeTraceTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void trace() throws Exception {
        ClusterConfig c = StylisedFactsV2Test.scenario(System.getProperty("probe.file", "zhejiang-trust.yaml"));
        String set = System.getProperty("probe.set", "");
        for (String kv : set.split(",")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=");
            c = c.with(Param.byName(p[0]), Double.parseDouble(p[1]));
        }
        ClusterModel m = new ClusterModel(Long.getLong("probe.seed", 1), c);
        ClusterMetrics metrics = ClusterMetrics.of(m);
        m.start();
        double ent = 0, ex = 0, rc = 0, bl = 0, bk = 0;
        // -Dprobe.follow=N: follow the entrants born in month N that do R&D (capability, rung, own design)
        final int follow = Integer.getInteger("probe.follow", -1);
        java.util.List<Firm> followed = new java.util.ArrayList<>();
        while (m.stepsDone() < Integer.getInteger("probe.steps", 600)) {
            m.schedule.step(m);
            if (follow > 0 && m.stepsDone() == follow + 1) {
                for (Firm x : m.firms()) if (x.producer && x.birthStep >= follow - 24) followed.add(x);
            }
            if (!followed.isEmpty() && m.stepsDone() % 6 == 0) {
                StringBuilder sb = new StringBuilder("FOLLOW " + m.stepsDone() + ":");
                for (Firm x : followed) {
                    sb.append(x.alive && x.producer ? String.format(" [k%d r%d %s rd%.3f]", x.capability, x.rung,
                            x.hasOwnDesign() ? "own" : "copy", x.rdShare) : " [gone]");
                }
                System.out.println(sb);
            }
            ent += metrics.get("entries"); ex += metrics.get("exits"); rc += metrics.get("role_changes");
            bl += metrics.get("blocked_entries"); bk += metrics.get("bankruptcies");
            if (m.stepsDone() % 25 == 0) {
                int founders = 0, young = 0, youngOwn = 0, founderOwn = 0, own = 0, founderOwnRung0 = 0;
                double founderBought = 0, youngBought = 0;
                int founderRd = 0, youngRd = 0, olderEntrants = 0, olderRd = 0, olderOwn = 0;
                final int fin = m.chain.finalStage();
                for (Firm x : m.firms()) {
                    if (!x.producer) continue;
                    if (x.hasOwnDesign()) own++;
                    int bought = 0;
                    for (int s = 0; s < fin; s++) if (!x.makes(s)) bought++;
                    if (x.birthStep <= 0) founderBought += (double) bought / fin;
                    else if (m.stepsDone() - x.birthStep < 60) youngBought += (double) bought / fin;
                    if (x.birthStep <= 0) { if (x.rdTarget > 0) founderRd++; }
                    else if (m.stepsDone() - x.birthStep < 60) { if (x.rdTarget > 0) youngRd++; }
                    else { olderEntrants++; if (x.rdTarget > 0) olderRd++; if (x.hasOwnDesign()) olderOwn++; }
                    if (x.birthStep <= 0) { founders++; if (x.hasOwnDesign()) { founderOwn++; if (x.rung == 0) founderOwnRung0++; } }
                    else if (m.stepsDone() - x.birthStep < 60) { young++; if (x.hasOwnDesign()) youngOwn++; }
                }
                // make against buy for producers under five years and founders, stage by stage (below the final)
                double[][] acc = new double[2][4];
                for (Firm x : m.firms()) {
                    if (!x.producer) continue;
                    int g = x.birthStep <= 0 ? 0 : (m.stepsDone() - x.birthStep < 60 ? 1 : -1);
                    if (g < 0) continue;
                    MakeOrBuy mb = m.makeOrBuy;
                    double q = mb.plannedOutput(x), rev = mb.expectedRevenue(x, q);
                    for (int s = 0; s < fin; s++) {
                        int extra = Math.max(0, mb.plantsFor(q + mb.soldVolume(x, s)) - x.plantsOf(s));
                        double mk = mb.makeCost(x, s, q, extra);
                        double buy = mb.entrantCost(x, s, q, rev, mb.leakLoss(x, s, q));
                        double breach = m.credit.expectedBreachLoss(m.chain.get(s), rev, buy);
                        acc[g][0] += mk / buy; acc[g][1] += breach / buy; acc[g][2] += q; acc[g][3]++;
                    }
                }
                // bought stages: could the buyer finance making them (its extra plants)? and the score gap
                int boughtN = 0, infeasible = 0, madeN = 0;
                double gap = 0;
                for (Firm x : m.firms()) {
                    if (!x.producer) continue;
                    MakeOrBuy mb = m.makeOrBuy;
                    double q = mb.plannedOutput(x);
                    for (int s = 0; s < fin; s++) {
                        if (x.makes(s)) { madeN++; continue; }
                        boughtN++;
                        int extra = Math.max(0, mb.plantsFor(q + mb.soldVolume(x, s)) - x.plantsOf(s));
                        if (extra > 0 && !m.finance.canFinance(x, extra * m.plantPrice(s))) infeasible++;
                        else {
                            double rev = mb.expectedRevenue(x, q);
                            Firm j = x.supplier[s];
                            if (j != null) gap += Math.log(mb.buyCost(x, s, j, q, x.trustInSupplier(s), true, rev) / mb.makeCost(x, s, q, extra));
                        }
                    }
                }
                System.out.printf("TRACE %d stages made %d bought %d of which make not financeable %d; feasible: mean ln(buy/make) %.3f%n",
                        m.stepsDone(), madeN, boughtN, infeasible, gap / Math.max(1, boughtN - infeasible));
                for (int g = 0; g < 2; g++) if (acc[g][3] > 0)
                    System.out.printf("TRACE %d %s: make/buy cost %.3f, breach share of buy %.3f, planned output %.2f%n", m.stepsDone(),
                            g == 0 ? "founders" : "young", acc[g][0] / acc[g][3], acc[g][1] / acc[g][3], acc[g][2] / acc[g][3]);
                System.out.printf("TRACE %d doing R&D: founders %d, young %d; entrants over 5 years %d (R&D %d, own design %d)%n", m.stepsDone(), founderRd, youngRd, olderEntrants, olderRd, olderOwn);
                System.out.printf("TRACE %d founders %d young<5y %d (own %d) own %d of which founders %d (rung 0: %d); stages bought: founders %.2f, young %.2f%n", m.stepsDone(), founders, young, youngOwn, own, founderOwn, founderOwnRung0, founderBought / Math.max(1, founders), youngBought / Math.max(1, young));
                System.out.printf("TRACE %d producers %.0f specialists %.0f dol %.3f markup %.3f own %.3f entries %.0f exits %.0f roles %.0f blocked %.0f bankrupt %.0f barrier %.1f rung %.1f%n",
                        m.stepsDone(), metrics.get("producers"), metrics.get("specialists"), metrics.get("division_of_labor"),
                        metrics.get("mean_markup"), metrics.get("independent_development_share"), ent, ex, rc, bl, bk,
                        metrics.get("entry_barrier"), metrics.get("mean_rung"));
                ent = ex = rc = bl = bk = 0;
            }
        }
        m.finish();
    }
}
