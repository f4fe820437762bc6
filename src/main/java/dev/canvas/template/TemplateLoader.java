package dev.canvas.template;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Location;
import dev.canvas.model.Verdict;
import dev.canvas.text.Excerpt;
import dev.canvas.text.InputProblem;
import dev.canvas.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
        Node root;
        try {
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(20);
            opts.setNestingDepthLimit(50);
            opts.setCodePointLimit((int) MAX_TEMPLATE_BYTES);
            root = new Yaml(opts).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new TemplateException(Location.of(file, line), "template is not valid YAML: "
                    + Excerpt.of(String.valueOf(e.getProblem() != null ? e.getProblem() : e.getContext())),
                    "fix the YAML syntax at that line");
        } catch (YAMLException e) {
            throw new TemplateException(Location.of(file), "template is not valid YAML: " + Excerpt.of(String.valueOf(e.getMessage())),
                    "fix the YAML syntax");
        } catch (RuntimeException e) {
            // snakeyaml fails on some malformed input (a tag such as !%0a) with other exceptions than its own
            throw new TemplateException(Location.of(file), "template is not valid YAML: " + Excerpt.of(String.valueOf(e.getMessage())),
                    "fix the YAML syntax");
        }
        if (!(root instanceof MappingNode top)) {
            throw new TemplateException(Location.of(file, root == null ? 0 : line(root)),
                    "template is not a YAML mapping", "a BMAD template starts with name:, description: and sections:");
        }
        if (value(top, "template").isPresent()) {
            return parseV2(top, value(top, "template").get(), file);
        }
        Node sections = value(top, "sections").orElseThrow(() -> new TemplateException(Location.of(file, 1),
                "template has no 'sections' list", "add sections: with a content block per phase"));
        if (!(sections instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw new TemplateException(Location.of(file, line(sections)), "'sections' is not a list of sections",
                    "write sections: as a YAML list, one '- title: ...' entry per section");
        }
        DefinitionBuilder builder = new DefinitionBuilder(file);
        for (Node s : seq.getValue()) {
            if (!(s instanceof MappingNode section)) {
                throw new TemplateException(Location.of(file, line(s)), "a section is not a mapping",
                        "give each section title:, prompt: and content:");
            }
            Optional<Node> content = value(section, "content");
            if (content.isEmpty()) {
                continue; // a section without content (an elicitation-only step) defines nothing
            }
            if (!(content.get() instanceof ScalarNode c)) {
                throw new TemplateException(Location.of(file, line(content.get())), "a section's content is not text",
                        "write content: | followed by the section's Markdown");
            }
            builder.addContent(c.getValue(), contentLineOffset(c));
        }
        String name = scalar(top, "name").orElse(file);
        String kind = scalar(top, "kind").orElseGet(() -> name.toLowerCase(Locale.ROOT).matches(".*\\bpoc\\b.*") ? "poc" : "production");
        return builder.build(name, kind, file).withVerdictLabels(verdictLabels(top, kind));
    }

    /**
     * How the canvas words its verdicts: the template's {@code verdicts:} map (go, fix-gaps, do-not-deploy), else
     * the POC method's words for a POC canvas, else the verdict ids.
     */
    private static java.util.Map<Verdict, String> verdictLabels(MappingNode top, String kind) {
        java.util.Map<Verdict, String> labels = new java.util.EnumMap<>(Verdict.class);
        if (kind.equals("poc")) {
            labels.put(Verdict.GO, "build the POC");
            labels.put(Verdict.FIX_GAPS, "fix gaps");
            labels.put(Verdict.DO_NOT_DEPLOY, "do not build");
        }
        if (value(top, "verdicts").orElse(null) instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    for (Verdict verdict : Verdict.values()) {
                        if (verdict.id().equals(k.getValue())) {
                            labels.put(verdict, v.getValue().strip());
                        }
                    }
                }
            }
        }
        return labels;
    }

    /** BMAD's v2 format: {@code template:} metadata and nested sections (see {@link V2TemplateReader}). */
    private static CanvasDefinition parseV2(MappingNode top, Node meta, String file) throws TemplateException {
        if (!(meta instanceof MappingNode m)) {
            throw new TemplateException(Location.of(file, line(meta)), "'template' is not a mapping",
                    "give template: id, name, version and output");
        }
        Node sections = value(top, "sections").orElseThrow(() -> new TemplateException(Location.of(file, line(meta)),
                "template has no 'sections' list", "add sections: with one entry per phase"));
        if (!(sections instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw new TemplateException(Location.of(file, line(sections)), "'sections' is not a list of sections",
                    "write sections: as a YAML list");
        }
        DefinitionBuilder builder = new DefinitionBuilder(file);
        V2TemplateReader.read(seq, builder, file);
        String name = V2TemplateReader.scalar(m, "name").map(String::strip).orElse(file);
        String kind = V2TemplateReader.kind(m, name);
        return builder.build(name, kind, file).withVerdictLabels(verdictLabels(top, kind));
    }

    /**
     * Lines of the file before the content's first line. For a block scalar ({@code content: |}) the node
     * starts at the indicator and the text on the next line; for a flow scalar on its own line.
     */
    private static int contentLineOffset(ScalarNode c) {
        int indicatorLine = c.getStartMark().getLine(); // 0-based
        return c.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                || c.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED
                ? indicatorLine + 1 : indicatorLine;
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private static Optional<Node> value(MappingNode m, String key) {
        List<NodeTuple> tuples = m.getValue();
        for (NodeTuple t : tuples) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scalar(MappingNode m, String key) {
        return value(m, key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip())
                .filter(s -> !s.isEmpty());
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
