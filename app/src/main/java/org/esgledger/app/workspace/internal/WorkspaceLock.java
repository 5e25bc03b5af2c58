package org.esgledger.app.workspace.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.WorkspaceException;

/**
 * An exclusive lock on a workspace folder for the life of one esg process, so that two commands
 * never share (or stop) the same embedded server.
 */
final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path directory) {
        Path file = directory.resolve(".esg.lock");
        try {
            FileChannel channel = PrivateFiles.posix(directory)
                    ? FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new WorkspaceException("workspace.inUse", directory);
            }
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.notWritable", directory, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
