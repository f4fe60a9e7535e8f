package clustersim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration probe, not a test (skipped unless -Dprobe=true): why a stage's workers per unit differ between
 * a specialist and an in-house shop (fact 11). At month 600 of the baseline at creditEnvironment probe.ce
 * (default 0.6, where fact 11 compares them), with probe.set overrides, over probe.seeds seeds (default 8),
 * for stage probe.stage (default 0, design): producers that make it, with their volume, months of experience
 * and the scale and learning savings these give; producers that buy it, with their specialist's pooled
 * volume, the relation's months and the savings these give.
 * {@code mvn -B -q -o test -Dtest=ProbeStageLabourTest -Dprobe=true -Dprobe.set=traditionalDesigns=48 -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE}
 */
class ProbeStageLabourTest {
    @Test
    @EnabledIfSystemProperty(named = "probe", matches = "true")
    void probe() {
        final int steps = 600, s = Integer.getInteger("probe.stage", 0);
        ClusterConfig c = new ProbeFactsTest().override(ClusterConfig.defaults()
                .with(Param.CREDIT_ENVIRONMENT, Double.parseDouble(System.getProperty("probe.ce", "0.6"))).with(Param.STEPS, steps));
        double[][] r = Runs.overSeedsMany(c, Integer.getInteger("probe.seeds", 8), model -> {
            while (model.stepsDone() < steps) model.schedule.step(model);
            int now = model.currentStep();
            Stage st = model.chain.get(s);
            double[] v = new double[10];
            for (Firm i : model.firms) {
                if (!i.producer || i.output <= 0) continue;
                if (i.makes(s)) {
                    tally(v, 0, model, st, i.volumeOf(s), i.experienceOf(s));
                } else if (i.supplier[s] != null) {
                    tally(v, 5, model, st, i.supplier[s].volumeOf(s), now - i.relationStartOf(s));
                }
            }
            for (int k = 1; k < 5; k++) {
                v[k] /= Math.max(1, v[0]);
                v[5 + k] /= Math.max(1, v[5]);
            }
            return v;
        });
        String[] names = {"making", "volume", "months", "scale saving", "learning saving",
            "buying", "specialist's volume", "relation months", "scale saving", "learning saving"};
        StringBuilder sb = new StringBuilder("PROBE stage " + s + " " + System.getProperty("probe.set", "") + ":");
        for (int k = 0; k < names.length; k++) sb.append(String.format(" %s %.3f", names[k], Runs.Estimate.of(r[k]).mean));
        System.out.println(sb);
    }

    /** Adds one producer's count, volume, months and savings from offset k. */
    private static void tally(double[] v, int k, ClusterModel model, Stage st, double volume, double months) {
        v[k]++;
        v[k + 1] += volume;
        v[k + 2] += months;
        v[k + 3] += model.production.scaleSaving(st, volume);
        v[k + 4] += model.production.learnSaving(st, months);
    }
}
