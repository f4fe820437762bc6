package dev.canvas.scaffold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file without ever losing what was there: without {@code force} an existing file is refused;
 * with it, the content goes to a temporary file in the same directory that then replaces the target in one
 * rename, keeping the old file's permissions. A failure midway leaves the old file as it was.
 */
public final class AtomicFileWriter {

    /** Seam for tests: writes the bytes to the stream (a test can fail midway). */
    @FunctionalInterface
    public interface ContentSink {
        void write(OutputStream out, byte[] content) throws IOException;
    }

    private final ContentSink sink;

    public AtomicFileWriter() {
        this((out, content) -> out.write(content));
    }

    public AtomicFileWriter(ContentSink sink) {
        this.sink = sink;
    }

    public void write(Path target, String content, boolean force) throws IOException, OutputExistsException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "directory does not exist");
        }
        boolean exists = Files.exists(abs, LinkOption.NOFOLLOW_LINKS);
        if (exists && !force) {
            throw new OutputExistsException(target);
        }
        if (!exists) {
            // CREATE_NEW: if someone created it since we looked, we still do not clobber it
            try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                sink.write(out, bytes);
            } catch (FileAlreadyExistsException e) {
                throw new OutputExistsException(target);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(abs);
                throw e;
            }
            return;
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(target + " is a directory");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                sink.write(out, bytes);
            }
            copyPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, perms);
        }
    }
}
