package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunSeedsTest {
    @Test
    void mixIsSplitMix64() {
        // the first outputs of SplitMix64 started from state 0 (Vigna's reference implementation)
        assertEquals(0xE220A8397B1DCDAFL, RunSeeds.mix64(0));
        assertEquals(0x6E789E6AA1B965F4L, RunSeeds.mix64(0x9E3779B97F4A7C15L));
    }

    @Test
    void seedFollowsTheDocumentedFormula() {
        long master = 20261127;
        long[] seeds = RunSeeds.forDesign(master, 3, 4, RunSeeds.Seeding.INDEPENDENT);
        long h = RunSeeds.mix64(RunSeeds.mix64(RunSeeds.mix64(master) ^ 2) ^ 3);
        assertEquals(h & 0xFFFFFFFFL, seeds[(2 - 1) * 4 + 3 - 1], "point 2, replication 3");
    }

    @Test
    void seedsAreThirtyTwoBitAndStableAcrossDesignsOfOtherSizes() {
        long[] a = RunSeeds.forDesign(5, 10, 3, RunSeeds.Seeding.INDEPENDENT);
        for (long s : a) assertTrue(s >= 0 && s < (1L << 32));
        // a run's seed depends on its point and replication, not on how many points follow
        long[] b = RunSeeds.forDesign(5, 20, 3, RunSeeds.Seeding.INDEPENDENT);
        assertArrayEquals(a, Arrays.copyOf(b, a.length));
        assertNotEquals(a[0], RunSeeds.forDesign(6, 10, 3, RunSeeds.Seeding.INDEPENDENT)[0], "another master seed, other seeds");
    }

    @Test
    void everyRunOfALargeDesignGetsItsOwnSeed() {
        // 300,000 runs: about 10 pairs would share 32 bits by chance; they must be separated
        long[] s = RunSeeds.forDesign(1, 30_000, 10, RunSeeds.Seeding.INDEPENDENT);
        assertEquals(s.length, Arrays.stream(s).distinct().count());
        int changed = 0;
        for (int p = 1; p <= 30_000; p++) {
            for (int r = 1; r <= 10; r++) {
                if (s[(p - 1) * 10 + r - 1] != (RunSeeds.hash(1, p, r) & 0xFFFFFFFFL)) changed++;
            }
        }
        assertTrue(changed > 0 && changed < 100, "only the later run of each colliding pair is re-mixed, here " + changed);
    }

    @Test
    void commonSeedingGivesEveryPointTheSameSeedsPerReplication() {
        long[] s = RunSeeds.forDesign(9, 4, 3, RunSeeds.Seeding.COMMON);
        for (int p = 1; p < 4; p++) for (int r = 0; r < 3; r++) assertEquals(s[r], s[p * 3 + r]);
        assertEquals(3, Arrays.stream(s).distinct().count());
    }
}
