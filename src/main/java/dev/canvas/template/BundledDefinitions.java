package dev.canvas.template;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.readiness.ReadinessChecklistLoader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The definitions of the bundled templates, by kind: {@code production} (the Production Canvas template with the
 * Production Readiness Checklist) and {@code poc}.
 *
 * <p>Deriving a definition from its template (YAML, then Markdown) is most of what a one-file {@code canvas check}
 * spends before reading the canvas, so the build derives the bundled ones once ({@link #main}, in the
 * {@code process-classes} phase) and stores them beside the templates as {@code KIND.definition}
 * ({@link DefinitionCodec}). The stored data carries a checksum of the template files it was derived from: when
 * it is missing, of another codec version, unreadable, or derived from other template files than the ones in the
 * jar, the definition is derived from the templates as usual, so the result is the same either way (a test
 * compares both).
 */
public final class BundledDefinitions {

    /** The bundled kinds, the default first. */
    public static final List<String> KINDS = List.of("production", "poc");
    private static final String ROOT = "/dev/canvas/templates/";
    private static final String SUFFIX = ".definition";
    private static final int MAGIC = 0x43414E56; // "CANV"
    private static final Map<String, CanvasDefinition> LOADED = new ConcurrentHashMap<>();

    private BundledDefinitions() {
    }

    /** The bundled definition of a kind, or empty for a kind that has none. */
    public static Optional<CanvasDefinition> of(String kind) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(kind, k -> stored(k).orElseGet(() -> derive(k))));
    }

    /** Whether a definition is the one {@link #of} gave for its kind (without loading anything). */
    public static boolean isBundled(CanvasDefinition d) {
        return LOADED.get(d.kind()) == d;
    }

    /**
     * A project's own template with the method's readiness checklist, as the bundled one has it: the method deploys a
     * Production Canvas only with the Production Readiness Checklist at 100% and every sign-off, whatever template
     * words its squares (BMAD's production template has no checklist of its own). A template of another kind, or
     * without the method's squares, is returned as it is.
     */
    public static CanvasDefinition withReadinessChecklist(CanvasDefinition d) {
        return ReadinessChecklistLoader.addToMethodTemplate(d);
    }

    /** The definition derived from the bundled template files, without the stored form. */
    static CanvasDefinition derive(String kind) {
        try {
            CanvasDefinition d = TemplateLoader.bundled(template(kind));
            return kind.equals("production") ? ReadinessChecklistLoader.addTo(d) : d;
        } catch (TemplateException e) {
            throw new IllegalStateException("bundled template does not load: " + e.oneLine(), e);
        }
    }

    /** The stored definition of a kind, if the jar has one derived from the template files it holds. */
    static Optional<CanvasDefinition> stored(String kind) {
        try (InputStream raw = BundledDefinitions.class.getResourceAsStream(ROOT + kind + SUFFIX)) {
            if (raw == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
            if (in.readInt() != MAGIC || in.readInt() != DefinitionCodec.VERSION || in.readLong() != checksum(kind)) {
                return Optional.empty();
            }
            return Optional.of(DefinitionCodec.read(in));
        } catch (IOException e) {
            return Optional.empty(); // derived from the templates instead
        }
    }

    /** The stored form of a kind's definition, as {@link #main} writes it. */
    static byte[] encode(String kind, CanvasDefinition d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(DefinitionCodec.VERSION);
            out.writeLong(checksum(kind));
            DefinitionCodec.write(d, out);
        }
        return bytes.toByteArray();
    }

    private static String template(String kind) {
        return kind.equals("poc") ? TemplateLoader.BUNDLED_POC : TemplateLoader.BUNDLED_PRODUCTION;
    }

    /** CRC-32 of the files a kind's definition is derived from, as the jar holds them. */
    private static long checksum(String kind) throws IOException {
        CRC32 crc = new CRC32();
        List<String> files = kind.equals("production")
                ? List.of(template(kind), ReadinessChecklistLoader.BUNDLED) : List.of(template(kind));
        for (String f : files) {
            try (InputStream in = BundledDefinitions.class.getResourceAsStream(ROOT + f)) {
                if (in == null) {
                    throw new IOException("bundled file missing from the jar: " + f);
                }
                crc.update(in.readAllBytes());
            }
        }
        return crc.getValue();
    }

    /**
     * Writes {@code KIND.definition} for every bundled kind into the folder given (the build's
     * {@code target/classes/dev/canvas/templates}), derived from the templates on the class path.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledDefinitions OUTPUT_DIR");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (String kind : KINDS) {
            Path tmp = dir.resolve(kind + SUFFIX + ".tmp");
            Files.write(tmp, encode(kind, derive(kind)));
            Files.move(tmp, dir.resolve(kind + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
