package dev.canvas.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A user's file read as UTF-8 text, or the reason it cannot be. Size is checked before reading; a UTF-8
 * byte-order mark is dropped; UTF-16/32, binary content and invalid UTF-8 are refused with the line where
 * the trouble starts.
 *
 * @param text    the decoded text (without BOM), or "" when {@code problem} is present
 * @param problem why the file is not usable text, if it is not
 */
public record SourceText(String text, Optional<InputProblem> problem) {

    /** Default largest file read: 10 MiB, far above any real canvas (about 15 KB). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public static SourceText ok(String text) {
        return new SourceText(text, Optional.empty());
    }

    public static SourceText problem(int line, String message, String fix) {
        return new SourceText("", Optional.of(new InputProblem(line, message, fix)));
    }

    /** The most bytes a Java array (and so a file read whole) can hold. */
    static final long MAX_READABLE = Integer.MAX_VALUE - 8L;

    /**
     * Reads {@code path}. I/O failures (missing, unreadable, a directory) are thrown; content problems are
     * returned as a {@link InputProblem}.
     */
    public static SourceText read(Path path, long maxBytes) throws IOException {
        if (!Files.exists(path)) {
            if (Files.isSymbolicLink(path)) {
                try {
                    path.toRealPath();
                } catch (java.nio.file.FileSystemException e) {
                    if (String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
                        throw new java.nio.file.FileSystemLoopException(path.toString());
                    }
                }
            }
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        Optional<String> unsafe = Repository.unsafeToRead(path);
        if (unsafe.isPresent()) {
            throw new IOException(unsafe.get());
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("not a regular file (a directory, device or pipe)");
        }
        long size = Files.size(path);
        if (size > maxBytes) {
            return problem(0, "file is " + size + " bytes, over the limit of " + maxBytes + " bytes",
                    "split the file, or raise the limit with --max-file-size");
        }
        if (size >= MAX_READABLE) {
            return problem(0, "file is " + size + " bytes, more than a Java array holds (" + MAX_READABLE + " bytes)",
                    "split the file");
        }
        long limit = Math.min(maxBytes, MAX_READABLE - 1);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // into an array of the file's size and one byte more, which fills only if the file has grown since;
            // then at most one byte past the limit is read
            int cap = (int) Math.min(size, limit) + 1;
            byte[] buf = new byte[cap];
            int n = 0;
            for (int r; n < cap && (r = in.read(buf, n, cap - n)) > 0; ) {
                n += r;
            }
            if (n < cap) {
                return decode(buf, n);
            }
            byte[] rest = in.readNBytes((int) (limit + 1 - n));
            bytes = java.util.Arrays.copyOf(buf, n + rest.length);
            System.arraycopy(rest, 0, bytes, n, rest.length);
        }
        if (bytes.length > limit) {
            return problem(0, "file is over the limit of " + limit + " bytes",
                    "split the file, or raise the limit with --max-file-size");
        }
        return decode(bytes);
    }

    /**
     * Reads a stream (standard input) to its end, or to one byte past {@code maxBytes}: a stream has no size to
     * check first, so a larger one is refused as a larger file is, having read no more than that. Read failures are
     * thrown; content problems are returned as a {@link InputProblem}. The stream is not closed.
     */
    public static SourceText read(InputStream in, long maxBytes) throws IOException {
        long limit = Math.min(maxBytes, MAX_READABLE - 1);
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, MAX_READABLE));
        if (bytes.length > limit) {
            return problem(0, "input is over the limit of " + limit + " bytes",
                    "split the canvas, or raise the limit with --max-file-size");
        }
        return decode(bytes);
    }

    /** Decodes bytes as a canvas or template must be: UTF-8, BOM allowed, no NUL. */
    public static SourceText decode(byte[] bytes) {
        return decode(bytes, bytes.length);
    }

    /** {@link #decode(byte[])} of the first {@code length} bytes. */
    private static SourceText decode(byte[] bytes, int length) {
        int start = 0;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return problem(0, "file is UTF-16 (or UTF-32) encoded; canvases are read as UTF-8",
                    "save the file as UTF-8");
        }
        // the JDK's own decoding is the fast path; it replaces what is not UTF-8 with U+FFFD, so text with one is
        // decoded again, strictly, to tell a malformed file from one that holds the character itself
        String text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            int i = start;
            while (bytes[i] != 0) {
                i++;
            }
            return problem(lineAt(bytes, i), "file holds binary data (a NUL byte), not text",
                    "pass a Markdown (.md) or YAML (.yaml) canvas");
        }
        if (text.indexOf('\uFFFD') < 0) {
            return ok(text);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        try {
            return ok(dec.decode(in).toString());
        } catch (MalformedInputException e) {
            return problem(lineAt(bytes, in.position()), "file is not valid UTF-8 (it may be Latin-1 or Windows-1252)",
                    "save the file as UTF-8");
        } catch (CharacterCodingException e) {
            return problem(0, "file is not valid UTF-8", "save the file as UTF-8");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
