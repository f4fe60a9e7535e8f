package clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ctrl-C can stop a command between writing a file's temporary and renaming it: a shutdown hook removes
 * the temporaries (".name.part", see io.AtomicFiles) it may have left in the folders it writes to, so an
 * interrupted command leaves the finished files and nothing half-written.
 */
final class PartFiles {
    private PartFiles() {
    }

    /** Registers the clean-up; returns the hook, to remove when the command ends normally. */
    static Thread removeOnExit(Path... dirs) {
        Thread hook = new Thread(() -> {
            for (Path d : dirs) removeIn(d);
        }, "clustersim-part-files");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void done(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs
        }
    }

    static void removeIn(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (var list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".part")).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort at exit
                }
            });
        } catch (IOException e) {
            // best effort at exit
        }
    }

    /** One line on why a file could not be written: the file and the reason, not a class name alone. */
    static String why(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException a) return a.getFile() + ": permission denied";
        if (t instanceof java.nio.file.NoSuchFileException n) return n.getFile() + ": no such file or folder";
        if (t instanceof java.nio.file.FileAlreadyExistsException x) return x.getFile() + ": a file is in the way";
        if (t instanceof java.nio.file.FileSystemException f) return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : t.getClass().getSimpleName());
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
