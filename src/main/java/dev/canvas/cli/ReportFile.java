package dev.canvas.cli;

import java.io.IOException;
import java.io.OutputStream;
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
 * Writes a report file ({@code -o FILE}, {@code --format FORMAT=FILE}): the content goes to a temporary file
 * {@code .NAME.RANDOM.tmp} beside it, which then replaces the report in one rename. So a reader never sees half a
 * report, a killed run leaves the old one whole, two runs writing the same report both succeed (the last rename
 * wins), and the temporary file is removed on every error. Only a regular file, or a symbolic link the user named,
 * is ever replaced: a directory, device, FIFO or socket (or a link to one) is refused, never renamed over.
 */
final class ReportFile {

    /** Seam for tests: writes the bytes to the temporary file (a test can fail midway). */
    @FunctionalInterface
    interface Sink {
        void write(OutputStream out, byte[] content) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sink sink;

    ReportFile() {
        this((out, content) -> out.write(content));
    }

    ReportFile(Sink sink) {
        this.sink = sink;
    }

    /** Refused before any work: the one-line reason a path cannot take a report, or null when it can. */
    static String refusal(Path file) {
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

    void write(Path file, String content) throws IOException {
        String no = refusal(file);
        if (no != null) {
            throw new IOException("it is " + no + "; a report replaces only a regular file (for standard output, leave out =FILE and -o)");
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = null;
        try {
            for (int attempt = 0; tmp == null; attempt++) {
                Path candidate = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                try {
                    // CREATE_NEW: never opens what another process planted; the file gets the user's umask
                    try (FileChannel ch = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                         OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                        tmp = candidate;
                        sink.write(out, bytes);
                        ch.force(true);
                    }
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                }
            }
            copyPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** An existing regular report keeps its permissions. */
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
