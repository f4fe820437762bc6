package dev.canvas.template;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Verdict;
import dev.canvas.parse.DataTree;
import dev.canvas.parse.YamlTreeReader;
import dev.canvas.text.InputProblem;
import dev.canvas.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a BMAD template in the legacy format: top-level {@code name}, {@code description}, optional
 * {@code kind}, and {@code sections}, each with a Markdown {@code content} block. The definition is derived
 * from the content alone, so any template written this way works.
 */
public final class TemplateLoader {

    /** The Production Canvas template shipped in the jar (the same file as {@code templates/} in the repository). */
    public static final String BUNDLED_PRODUCTION = "production-canvas-tmpl.yaml";
    /** The POC Canvas template shipped in the jar. */
    public static final String BUNDLED_POC = "poc-canvas-tmpl.yaml";
    private static final String BUNDLED_ROOT = "/dev/canvas/templates/";
    private static final long MAX_TEMPLATE_BYTES = 2L * 1024 * 1024;

    private TemplateLoader() {
    }

    /** Loads a template file. */
    public static CanvasDefinition load(Path path) throws TemplateException {
        String file = path.toString();
        SourceText src;
        try {
            src = SourceText.read(path, MAX_TEMPLATE_BYTES);
        } catch (IOException e) {
            throw new TemplateException(Location.of(file), "cannot read template: " + describe(e),
                    "check the --template path");
        }
        if (src.problem().isPresent()) {
            InputProblem p = src.problem().get();
            // the reader's advice is written for canvases: a template has no --max-file-size, and is YAML
            String fix = p.message().contains("over the limit") ? "check the --template path: a template is a few kilobytes"
                    : p.message().contains("binary") ? "pass the template's YAML file" : p.fix();
            throw new TemplateException(Location.of(file, p.line()), p.message(), fix);
        }
        return parse(src.text(), file);
    }

    /** Loads one of the templates bundled in the jar, by file name. */
    public static CanvasDefinition bundled(String name) throws TemplateException {
        try (InputStream in = TemplateLoader.class.getResourceAsStream(BUNDLED_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled template missing from the jar: " + name);
            }
            SourceText src = SourceText.decode(in.readAllBytes());
            return parse(src.text(), "bundled:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses template text; {@code file} names it in messages. */
    public static CanvasDefinition parse(String text, String file) throws TemplateException {
        if (text.isBlank()) {
            throw new TemplateException(Location.of(file), "template is empty",
                    "pass a BMAD template with name and sections");
        }
        YamlTreeReader.Result read = YamlTreeReader.read(file, text, 0, "template");
        if (!read.findings().isEmpty()) {
            Finding f = read.findings().get(0); // a template is all or nothing: its first problem stops the check
            throw new TemplateException(Location.of(file, f.location().line()), f.message(), f.fix());
        }
        if (read.tree().isEmpty() || !(read.tree().get().data() instanceof Map<?, ?> top)) {
            throw new TemplateException(Location.of(file, read.tree().map(t -> t.root().line()).orElse(0)),
                    "template is not a YAML mapping", "a BMAD template starts with name:, description: and sections:");
        }
        DataTree tree = read.tree().get();
        if (top.containsKey("template")) {
            return parseV2(tree, top, file);
        }
        if (!top.containsKey("sections")) {
            throw new TemplateException(Location.of(file, 1), "template has no 'sections' list",
                    "add sections: with a content block per phase");
        }
        if (!(top.get("sections") instanceof List<?> sections) || sections.isEmpty()) {
            throw new TemplateException(line(tree.keyAt(top, "sections")), "'sections' is not a list of sections",
                    "write sections: as a YAML list, one '- title: ...' entry per section");
        }
        DefinitionBuilder builder = new DefinitionBuilder(file);
        for (int i = 0; i < sections.size(); i++) {
            if (!(sections.get(i) instanceof Map<?, ?> section)) {
                throw new TemplateException(line(tree.itemAt(sections, i)), "a section is not a mapping",
                        "give each section title:, prompt: and content:");
            }
            Object content = section.get("content");
            if (content == null) {
                continue; // a section without content (an elicitation-only step) defines nothing
            }
            if (content instanceof Map || content instanceof List) {
                throw new TemplateException(line(tree.keyAt(section, "content")), "a section's content is not text",
                        "write content: | followed by the section's Markdown");
            }
            // the lines of the file before the content's first line
            builder.addContent(text(content), tree.textAt(section, "content").line() - 1);
        }
        String name = scalar(top, "name").orElse(file);
        String kind = scalar(top, "kind").orElseGet(() -> name.toLowerCase(Locale.ROOT).matches(".*\\bpoc\\b.*") ? "poc" : "production");
        return builder.build(name, kind, file).withVerdictLabels(verdictLabels(top, kind));
    }

    /**
     * How the canvas words its verdicts: the template's {@code verdicts:} map (go, fix-gaps, do-not-deploy), else
     * the POC method's words for a POC canvas, else the verdict ids.
     */
    private static Map<Verdict, String> verdictLabels(Map<?, ?> top, String kind) {
        Map<Verdict, String> labels = new EnumMap<>(Verdict.class);
        if (kind.equals("poc")) {
            labels.put(Verdict.GO, "build the POC");
            labels.put(Verdict.FIX_GAPS, "fix gaps");
            labels.put(Verdict.DO_NOT_DEPLOY, "do not build");
        }
        if (top.get("verdicts") instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() != null && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)) {
                    for (Verdict verdict : Verdict.values()) {
                        if (verdict.id().equals(e.getKey())) {
                            labels.put(verdict, text(e.getValue()).strip());
                        }
                    }
                }
            }
        }
        return labels;
    }

    /** BMAD's v2 format: {@code template:} metadata and nested sections (see {@link V2TemplateReader}). */
    private static CanvasDefinition parseV2(DataTree tree, Map<?, ?> top, String file) throws TemplateException {
        Location metaAt = line(tree.keyAt(top, "template"));
        if (!(top.get("template") instanceof Map<?, ?> meta)) {
            throw new TemplateException(metaAt, "'template' is not a mapping", "give template: id, name, version and output");
        }
        if (!top.containsKey("sections")) {
            throw new TemplateException(metaAt, "template has no 'sections' list", "add sections: with one entry per phase");
        }
        if (!(top.get("sections") instanceof List<?> sections) || sections.isEmpty()) {
            throw new TemplateException(line(tree.keyAt(top, "sections")), "'sections' is not a list of sections",
                    "write sections: as a YAML list");
        }
        DefinitionBuilder builder = new DefinitionBuilder(file);
        V2TemplateReader.read(tree, sections, builder, file);
        String name = V2TemplateReader.scalar(meta, "name").map(String::strip).orElse(file);
        String kind = V2TemplateReader.kind(meta, name);
        return builder.build(name, kind, file).withVerdictLabels(verdictLabels(top, kind));
    }

    /** The line of a place in the template (a template's problems are told by line). */
    static Location line(Location at) {
        return Location.of(at.file(), at.line());
    }

    /** A scalar's text: what YAML typed as a number or true/false is text to a template. */
    static String text(Object scalar) {
        return scalar instanceof BigDecimal n ? n.toPlainString() : String.valueOf(scalar);
    }

    private static Optional<String> scalar(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null || v instanceof Map || v instanceof List ? Optional.empty()
                : Optional.of(text(v).strip()).filter(s -> !s.isEmpty());
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
