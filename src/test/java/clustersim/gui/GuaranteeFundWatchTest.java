package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import clustersim.scenario.ScenarioLoader;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The window's "guarantee fund dry" mark, read month by month from a headless run (no display needed). A
 * small fund that pays out its guaranteed firms' debts "as far as its capital goes" keeps a few coins from
 * its fees afterwards: it must still be marked dry once it can give no new guarantee, not only at exactly 0.
 */
class GuaranteeFundWatchTest {

    @Test
    void aFundLeftWithCoinsThatGuaranteeNothingIsDry() throws Exception {
        ClusterConfig c = ScenarioLoader.load(Paths.get("scenarios/guarantee-fund.yaml")).config()
                .with(Param.GUARANTEE_CAPITAL, 5);
        ClusterModel m = new ClusterModel(1, c);
        m.start();
        GuaranteeFundWatch watch = new GuaranteeFundWatch();
        int dryAt = -1;
        double capitalWhenDry = Double.NaN, largest = 0;
        while (m.stepsDone() < 480 && dryAt < 0) {
            m.schedule.step(m);
            largest = Math.max(largest, m.guaranteeFundCapital());
            if (ChartFeed.FUND_DRY.equals(watch.update(m))) {
                dryAt = (int) m.stepsDone();
                capitalWhenDry = m.guaranteeFundCapital();
                assertTrue(!m.guaranteeFundOpen(), "dry means no new guarantees");
            }
        }
        m.finish();
        assertTrue(dryAt > 0, "the small fund of the window's picture runs dry within 480 months");
        assertTrue(watch.dry());
        assertTrue(capitalWhenDry < GuaranteeFundWatch.REFILLED * largest, "dry: under a tenth of the most it held, "
                + capitalWhenDry + " of " + largest);
        assertEquals(107, dryAt, "docs/GUI.md's picture says month 107 (seed 1)");
    }
}
