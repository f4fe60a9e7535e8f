package clustersim.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * MODEL.md section 5: the stylised facts 1 to 6 of version 1, as FactCatalogue states them (the same
 * entries `clustersim facts` reports), each over 32 seeds of 600 months (seeds 1 to 32: a point found on 16 seeds passes partly on their luck, and
 * 32 hold the "every seed" checks to twice as many histories), judged on each run's mean over its
 * last 100 months with the 95% intervals of the catalogue as the statistical margin. The runs of all six
 * are planned together and each (condition, seed) runs once, though several facts share it. The thresholds
 * are ones a broken mechanism would miss: with enforcement that does nothing, fact 1's rise is 0; with a
 * gentle, linear response only 37.5% of it falls in a 0.3-wide band.
 */
class StylisedFactsTest {
    static final int SEEDS = 32;

    /**
     * Facts model v2 does not reproduce yet, each with the open issue that owns it. A known gap must still
     * fail (strictly): when a change makes it hold, this test fails until the gap is struck off, so the
     * list can only shrink by a fact that really holds, and no other fact may fail.
     */
    static final java.util.Map<Integer, String> KNOWN_GAPS = java.util.Map.of();

    @TestFactory
    Stream<DynamicTest> versionOneFactsHold() throws Exception {
        List<Fact> v1 = FactCatalogue.all().stream().filter(f -> f.id() <= 6).toList();
        FactsSuite suite = new FactsSuite(v1, FactsSuite.Settings.full(Runtime.getRuntime().availableProcessors()).withSeeds(SEEDS).checksOnly());
        List<FactsSuite.FactResult> results = suite.run(null);
        List<DynamicTest> tests = new ArrayList<>();
        for (FactsSuite.FactResult r : results) {
            StringBuilder b = new StringBuilder();
            for (FactsSuite.CheckResult c : r.checks()) {
                Measurement m = c.measurement();
                b.append(String.format("fact %d: %s: %s; threshold %s: %s%n", r.fact().id(), c.check().claim(),
                        m == null ? c.problem() : String.format("%.4f [95%% CI %.4f, %.4f]", m.estimate(), m.low(), m.high()),
                        c.check().threshold().describe(), c.pass() ? "pass" : "FAIL"));
            }
            System.out.print(b);
            String gap = KNOWN_GAPS.get(r.fact().id());
            if (gap == null) {
                tests.add(DynamicTest.dynamicTest("fact " + r.fact().id() + ": " + r.fact().title(), () -> assertTrue(r.pass(), b.toString())));
            } else {
                tests.add(DynamicTest.dynamicTest("fact " + r.fact().id() + " (known gap, " + gap.substring(0, gap.indexOf(':')) + "): "
                        + r.fact().title(), () -> assertTrue(!r.pass(), "fact " + r.fact().id()
                        + " now holds: strike it off KNOWN_GAPS (" + gap + ")\n" + b)));
            }
        }
        return tests.stream();
    }
}
