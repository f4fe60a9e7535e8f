package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleRunTest {
    @TempDir
    Path tmp;

    @Test
    void aRunThatFailsMidwayLeavesNoHalfWrittenCsvAndKeepsTheEarlierOutputs() throws Exception {
        Scenario s = Scenario.defaults().with(Param.STEPS, 30).with(Param.INITIAL_FIRMS, 30).with(Param.MARKET_SIZE, 300);
        new SingleRun(s, 1).writeTo(tmp, null);
        byte[] before = Files.readAllBytes(tmp.resolve(SingleRun.TIMESERIES));

        RuntimeException boom = new RuntimeException("disk full, say");
        assertThrows(RuntimeException.class, () -> new SingleRun(s, 2).writeTo(tmp, m -> {
            if (m.get("step") == 10) throw boom;
        }));
        assertArrayEquals(before, Files.readAllBytes(tmp.resolve(SingleRun.TIMESERIES)), "the earlier complete output is kept");
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file is left behind");
        }
    }
}
