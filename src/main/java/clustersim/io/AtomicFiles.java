package clustersim.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Write-then-rename, so that a file is either complete or absent, never half-written. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A temporary sibling of {@code target} to write into before {@link #commit}. */
    public static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /** Moves a finished temporary file over its target (atomically where the file system can). */
    public static void commit(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
