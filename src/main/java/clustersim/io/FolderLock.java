package clustersim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One writer per output folder: an exclusive lock on a file in the folder, held by the process (or, in one
 * JVM, the caller) writing it. The operating system drops the lock when its holder dies, even by SIGKILL,
 * so a stale lock file never blocks. The file is deleted when the lock is released, so a finished folder
 * holds only results.
 *
 * <p>Deleting a lock file races with a process that has opened it and gets the lock on the deleted file
 * after its holder lets go. So a lock counts only if the name leads to the same file (device and inode)
 * just before it was opened and just after it was locked. The check uses stat, never a second open: on
 * POSIX, closing any descriptor of a file drops the process's locks on it.
 */
public final class FolderLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock {@code name} in {@code folder} (created if missing), without waiting.
     *
     * @throws FolderBusyException if another process (or another caller in this JVM) holds it
     */
    public static FolderLock take(Path folder, String name) throws IOException, FolderBusyException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        for (int attempt = 0; attempt < 20; attempt++) {
            Object before = key(file);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (lock == null) {
                ch.close();
                throw new FolderBusyException(folder + " is being written by another clustersim process (it holds " + file + ")");
            }
            Object after = key(file);
            if (before != null && before.equals(after)) {
                // for a person wondering who holds the folder
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                return new FolderLock(file, ch, lock);
            }
            // the file was created just now (by us or another) or replaced: take it again by its name
            lock.release();
            ch.close();
        }
        throw new FolderBusyException(folder + ": could not take " + file + " (it keeps being replaced by other processes)");
    }

    /** Device and inode of a file (by stat, without opening it), or null if there is none. */
    private static Object key(Path f) throws IOException {
        try {
            Object k = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return k != null ? k : "no file keys here"; // such systems (Windows) do not delete open files either
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    public Path file() {
        return file;
    }

    /** Deletes the lock file and lets go (in that order: see the class comment). Safe to call twice. */
    @Override
    public synchronized void close() throws IOException {
        if (released) return;
        released = true;
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                if (lock.isValid()) lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
