package clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scenario file may not be: an unsafe name, an unusable seed, quoted numbers, too big, not text. */
class ScenarioInputTest {
    @TempDir
    Path tmp;

    private ScenarioException fails(String text) throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, text);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    }

    @Test
    void aNameThatWouldWriteOutsideResultsIsRefusedWithItsLine() throws Exception {
        for (String name : List.of("../../../tmp/x", "/abs", "\"\"", "..", ".", ".hidden", "a/b", "'a b'")) {
            ScenarioException e = fails("seed: 3\nname: " + name + "\n");
            assertEquals(2, e.line(), name);
            assertEquals("name", e.field(), name);
            assertTrue(e.getMessage().contains("not usable as a folder name"), e.getMessage());
        }
        assertEquals("pearl-river_delta.v2", ScenarioLoader.fromDocument(
                YamlDocument.parse("t", new java.io.StringReader("name: pearl-river_delta.v2\n")), "t").name());
    }

    @Test
    void aFileNameThatIsNoSafeNameGivesASafeDefaultName() throws Exception {
        Path f = tmp.resolve("my scenario (2).yaml");
        Files.writeString(f, "seed: 3\n");
        assertEquals("my-scenario-2-", ScenarioLoader.load(f).name());
        Path dots = tmp.resolve("...yaml");
        Files.writeString(dots, "seed: 3\n");
        assertEquals("scenario", ScenarioLoader.load(dots).name());
    }

    @Test
    void aSeedOutsideTheGeneratorsThirtyTwoBitsIsRefused() throws Exception {
        // MASON's generator keeps the low 32 bits of a seed: 2^32 + 1 would be the run of seed 1
        ec.util.MersenneTwisterFast one = new ec.util.MersenneTwisterFast(1), wrapped = new ec.util.MersenneTwisterFast(4294967297L);
        assertEquals(one.nextLong(), wrapped.nextLong(), "why seeds are capped: the high bits are not used");
        for (String seed : List.of("4294967296", "-1")) {
            ScenarioException e = fails("seed: " + seed + "\n");
            assertEquals("seed", e.field());
            assertTrue(e.getMessage().contains("[0, 4294967295]"), e.getMessage());
        }
        Path ok = tmp.resolve("ok.yaml");
        Files.writeString(ok, "seed: 4294967295\n");
        assertEquals(4294967295L, ScenarioLoader.load(ok).seed());
    }

    @Test
    void aQuotedNumberIsSaidToBeQuotedText() throws Exception {
        ScenarioException e = fails("ipProtection: \"0.5\"\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("in quotes, which makes it text"), e.getMessage());
    }

    @Test
    void latin1AndBinaryAreNotUtf8Text() throws Exception {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "description: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
    }

    @Test
    void aFileOverOneMebibyteIsRefusedUnread() throws Exception {
        Path f = tmp.resolve("big.yaml");
        Files.writeString(f, "seed: 3\n" + "#".repeat(1 << 20) + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("1 MiB"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAndATrailingBlankLineAreAccepted() throws Exception {
        Path f = tmp.resolve("bom.yaml");
        Files.write(f, "\uFEFFipProtection: 0.5\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0.5, ScenarioLoader.load(f).get(clustersim.model.Param.IP_PROTECTION));
    }

    @Test
    void setTakesPlainDecimalsOnly() throws Exception {
        Scenario s = Scenario.defaults();
        for (String v : List.of("20f", "0x1p-1", "1d", "NaN")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> s.withOverrides(List.of("ipProtection=" + v), "--set"), v);
            assertTrue(e.getMessage().contains("plain decimal number"), e.getMessage());
        }
        assertEquals(0.5, s.withOverrides(List.of("ipProtection=5e-1"), "--set").get(clustersim.model.Param.IP_PROTECTION));
    }
}
