package clustersim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Write-then-rename, so that a file is either complete or absent, never half-written; and when writing
 * fails (a full disk, a read-only file system, a path that cannot be created) the temporary is removed
 * and the failure names the file the user asked for, not its temporary.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What fills a file. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file that could not be written, with the reason, for a one-line message: "cannot write F: reason". */
    public static final class CannotWrite extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public CannotWrite(Path file, String reason, Throwable cause) {
            super(file.toString(), null, reason);
            initCause(cause);
        }

        @Override
        public String getMessage() {
            return "cannot write " + getFile() + ": " + getReason();
        }
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

    /** Writes {@code target} through a temporary; on failure nothing is left but what was there before. */
    public static void write(Path target, Body body) throws IOException {
        Path tmp = temporary(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
            commit(tmp, target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            removeQuietly(tmp);
        }
    }

    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Creates a folder and its parents; a file in the way or an unwritable parent is named in the error. */
    public static Path createFolder(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new CannotWrite(dir, "it exists and is not a folder", null);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
    }

    /** Deletes a leftover temporary; a failure to delete must not hide the error that made it a leftover. */
    public static void removeQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException | RuntimeException e) {
            // nothing better to do: the original failure is what the user must see
        }
    }

    /** An I/O failure while writing {@code target}, as a {@link CannotWrite} that names it. */
    public static IOException cannotWrite(Path target, IOException e) {
        if (e instanceof CannotWrite) return e;
        String why = reason(e);
        if (e instanceof FileSystemException) {
            // a failure on another path (a parent folder, a file in the way) names that path too
            String other = ((FileSystemException) e).getFile();
            if (other != null && !samePath(other, target) && !samePath(other, temporary(target))) {
                why += " (" + other + ")";
            }
        }
        return new CannotWrite(target, why, e);
    }

    private static boolean samePath(String a, Path b) {
        try {
            return Path.of(a).toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Why an I/O operation failed, in words ("No space left on device", "permission denied", ...). */
    public static String reason(IOException e) {
        // ImageIO and GZIP wrap the file system's error ("No space left on device") in their own: use the innermost
        while (e.getCause() instanceof IOException && e.getCause() != e && !(e instanceof CannotWrite)) e = (IOException) e.getCause();
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            if (f.getReason() != null) return f.getReason();
            if (e instanceof NoSuchFileException) return "no such file or folder";
            if (e instanceof AccessDeniedException) return "permission denied";
            if (e instanceof FileAlreadyExistsException) return "it exists and is not a folder";
            if (e instanceof NotDirectoryException) return "not a folder";
            return e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
