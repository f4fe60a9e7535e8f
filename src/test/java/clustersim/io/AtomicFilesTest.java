package clustersim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    private long partFiles() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path f = tmp.resolve("design.csv");
        Files.writeString(f, "old\n");
        // a full disk, as the writer sees it: some bytes go out, then the next write fails
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + f + ": No space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(f));
        assertEquals(0, partFiles(), "no .part left behind");
    }

    @Test
    void aTargetThatCannotBeReplacedIsNamedAndItsTemporaryRemoved() throws Exception {
        Path f = tmp.resolve("figure.png");
        Files.createDirectories(f.resolve("in-the-way"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(f, "png"));
        assertTrue(e.getMessage().startsWith("cannot write " + f + ": "), e.getMessage());
        assertEquals(0, partFiles());
    }

    @Test
    void aFolderWhereAFileIsInTheWayIsNamedInWords() throws Exception {
        Path file = tmp.resolve("afile");
        Files.writeString(file, "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.createFolder(file));
        assertEquals("cannot write " + file + ": it exists and is not a folder", e.getMessage());
        IOException below = assertThrows(IOException.class, () -> AtomicFiles.createFolder(file.resolve("sub")));
        assertTrue(below.getMessage().startsWith("cannot write " + file.resolve("sub") + ": "), below.getMessage());
        assertFalse(below.getMessage().contains("Exception"), "words, not Java's class names: " + below.getMessage());
    }
}
