package clustersim.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One writer per output folder: an exclusive lock on a file in the folder, held by the process (or, in one
 * JVM, the caller) writing it. The operating system drops the lock when its holder dies, even by SIGKILL,
 * so a stale lock file never blocks. The file is deleted when the lock is released, so a finished folder
 * holds only results.
 *
 * <p>Deleting a lock file races with a process that has just opened it and then gets the lock on the
 * deleted file. So whoever gets a lock writes its own token into the file and then reads the file back by
 * name: only if the name still leads to that token does it hold the folder.
 */
public final class FolderLock implements AutoCloseable {
    private static final AtomicLong SERIAL = new AtomicLong();

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
        String token = ManagementFactory.getRuntimeMXBean().getName() + "#" + SERIAL.incrementAndGet() + "\n";
        for (int attempt = 0; attempt < 20; attempt++) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
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
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            if (token.equals(readOrNull(file))) return new FolderLock(file, ch, lock);
            // the file we locked was deleted by the holder before us as it let go: try the new one
            lock.release();
            ch.close();
        }
        throw new FolderBusyException(folder + ": could not take " + file + " (it keeps being replaced by other processes)");
    }

    private static String readOrNull(Path f) throws IOException {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
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
