package clustersim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aDeviceIsRefusedBeforeAnythingIsRead() {
        Path zero = Paths.get("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        TextFiles.Unreadable e = assertThrows(TextFiles.Unreadable.class, () -> TextFiles.readUtf8(zero, TextFiles.MAX_YAML_BYTES));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aFileAboveTheCapIsRefusedWithItsSizeAndTheCap() throws Exception {
        Path f = tmp.resolve("big.yaml");
        Files.write(f, new byte[(int) TextFiles.MAX_YAML_BYTES + 1]);
        TextFiles.Unreadable e = assertThrows(TextFiles.Unreadable.class, () -> TextFiles.readUtf8(f, TextFiles.MAX_YAML_BYTES));
        assertEquals("too large: 1048577 bytes; at most 1 MiB is read", e.getMessage());
    }

    @Test
    void latin1IsNamedAsNotUtf8WithItsLine() throws Exception {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "name: x\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        TextFiles.Unreadable e = assertThrows(TextFiles.Unreadable.class, () -> TextFiles.readUtf8(f, 1000));
        assertTrue(e.getMessage().startsWith("not UTF-8 text: byte 0xE9 on line 2"), e.getMessage());
    }

    @Test
    void binaryIsUnreadable() throws Exception {
        Path f = tmp.resolve("bin");
        Files.write(f, new byte[] {'a', 0, 'b'});
        assertTrue(assertThrows(TextFiles.Unreadable.class, () -> TextFiles.readUtf8(f, 1000)).getMessage().startsWith("not UTF-8 text"));
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path f = tmp.resolve("excel.csv");
        Files.write(f, "\uFEFFcreditEnvironment\n0.2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("creditEnvironment\n0.2\n", TextFiles.readUtf8(f, 1000));
    }

    @Test
    void folderAndMissingFileAreSaidSo() {
        assertEquals("is a folder, not a file", assertThrows(TextFiles.Unreadable.class, () -> TextFiles.readUtf8(tmp, 1000)).getMessage());
        assertEquals("no such file", assertThrows(TextFiles.Unreadable.class, () -> TextFiles.readUtf8(tmp.resolve("no"), 1000)).getMessage());
    }
}
