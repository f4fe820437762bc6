package dev.canvas.scaffold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes a file without ever losing what was there, and without ever writing through what is not a regular file.
 *
 * <p>{@link #write} is for what the user wrote or will edit ({@code init}, {@code promote}): an existing file is
 * refused unless {@code force}. {@link #replace} is for generated files (reports): asking for one is asking to
 * replace it. Either way an existing file is replaced by a temporary file {@code .NAME.RANDOM.tmp} beside it, flushed
 * to disk and then renamed over it in one step, keeping its permissions: a reader never sees half a file, a killed
 * run leaves the old one whole, two runs writing the same file both succeed (the last rename wins), and the
 * temporary file is removed on every error. Only a regular file, or a symbolic link the user named, is replaced: a
 * directory, device, FIFO or socket (or a link to one) is refused ({@link #refusal}), never renamed over.
 */
public final class AtomicFileWriter {

    /** Seam for tests: writes the bytes to the stream (a test can fail midway). */
    @FunctionalInterface
    public interface ContentSink {
        void write(OutputStream out, byte[] content) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContentSink sink;

    public AtomicFileWriter() {
        this((out, content) -> out.write(content));
    }

    public AtomicFileWriter(ContentSink sink) {
        this.sink = sink;
    }

    /**
     * Why a path cannot be written, in a few words ("a directory", "a device, FIFO or socket (through the symbolic
     * link x)"), or null when it can: it does not exist, or is a regular file or a link to one.
     */
    public static String refusal(Path file) {
        Path abs = file.toAbsolutePath();
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // does not exist (or cannot be looked at): writing it will say
        }
        if (own.isRegularFile()) {
            return null;
        }
        if (own.isSymbolicLink()) {
            try {
                BasicFileAttributes target = Files.readAttributes(abs, BasicFileAttributes.class);
                return target.isRegularFile() ? null : kind(target) + " (through the symbolic link " + file + ")";
            } catch (IOException e) {
                return null; // a dangling link: the rename replaces the link itself
            }
        }
        return kind(own);
    }

    private static String kind(BasicFileAttributes a) {
        return a.isDirectory() ? "a directory" : a.isOther() ? "a device, FIFO or socket" : "not a regular file";
    }

    /**
     * Writes a file the user keeps: a new one is created (never over one that appeared meanwhile); an existing one
     * is replaced only with {@code force}. Missing directories are created, as for a report.
     */
    public void write(Path target, String content, boolean force) throws IOException, OutputExistsException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!force) {
                throw new OutputExistsException(target);
            }
            replace(target, content);
            return;
        }
        // CREATE_NEW: if someone created it since we looked, we still do not clobber it
        try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            sink.write(out, content.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new OutputExistsException(target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(abs);
            throw e;
        }
    }

    /** Writes a generated file, replacing what is there (see the class comment); its directory is created. */
    public void replace(Path target, String content) throws IOException {
        String no = refusal(target);
        if (no != null) {
            throw new IOException("it is " + no + "; only a regular file is replaced");
        }
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            // CREATE_NEW: never opens what another process planted; the file gets the user's umask
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                sink.write(out, content.getBytes(StandardCharsets.UTF_8));
                ch.force(true);
            }
            copyPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp); // gone after the rename; left only by an error
        }
    }

    /** An existing regular file keeps its permissions (not those of a link's target). */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }
}
