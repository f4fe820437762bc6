package dev.canvas.check;

import dev.canvas.config.CanvasConfig;
import dev.canvas.config.WaiverReader;
import dev.canvas.config.Waivers;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Severity;
import dev.canvas.model.Waiver;
import dev.canvas.parse.DataTree;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Decision;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.SourceFormat;
import dev.canvas.parse.ParseFindings;
import dev.canvas.parse.ParsedCanvas;
import dev.canvas.parse.YamlCanvasParser;
import dev.canvas.parse.MarkdownCanvasParser;
import dev.canvas.rules.RuleSet;
import dev.canvas.schema.CanvasSchema;
import dev.canvas.schema.SchemaValidator;
import dev.canvas.text.InputProblem;
import dev.canvas.text.SourceText;
import dev.canvas.verdict.DecisionGate;
import dev.canvas.verdict.ReadinessCalculator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks canvases against one template and rule set. Everything costly (the schema validator, parsers and
 * rule set) is built once here and shared by every file; {@link #check} is thread-safe.
 */
public final class CanvasChecker {

    private final CanvasDefinition definition;
    private final CanvasConfig config;
    private final RuleSet rules;
    private final CheckOptions options;
    private final SchemaValidator schema;
    private final MarkdownCanvasParser markdown;
    private final YamlCanvasParser yaml;

    public CanvasChecker(CanvasDefinition definition, CanvasConfig config, CheckOptions options) {
        this.definition = definition;
        this.config = config;
        this.rules = RuleSet.of(config.specs(), options.today());
        this.options = options;
        this.schema = new SchemaValidator(CanvasSchema.of(definition), definition);
        this.markdown = new MarkdownCanvasParser(definition);
        this.yaml = new YamlCanvasParser(definition);
    }

    public CanvasDefinition definition() {
        return definition;
    }

    public RuleSet rules() {
        return rules;
    }

    public CanvasConfig config() {
        return config;
    }

    /** How a file is read: by its extension; other names are sniffed from the text. */
    public static SourceFormat formatOf(String fileName, String text) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return SourceFormat.YAML;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return SourceFormat.MARKDOWN;
        }
        return text.lines().anyMatch(l -> l.startsWith("#") && !l.startsWith("#!") && l.matches("#{1,6}\\s.*") || l.contains("**"))
                ? SourceFormat.MARKDOWN : SourceFormat.YAML;
    }

    /** Checks one file. Never throws for its content or for I/O: both become findings. */
    public FileResult check(Path path, String display) {
        SourceText src;
        try {
            src = SourceText.read(path, options.maxFileBytes());
        } catch (IOException e) {
            return unreadable(display, formatOf(display, ""), Location.of(display),
                    "cannot read the file: " + Inputs.describe(e), "check that it exists and is readable");
        }
        return check(src, display);
    }

    /**
     * Checks a file found in a directory only if it looks like a canvas: YAML with a top-level
     * {@code canvas:} key, Markdown with {@code canvas:} front matter or a "Square N:" / "Phase N:" heading.
     * A file that cannot be read as text is reported rather than skipped, so that nothing is hidden.
     */
    public java.util.Optional<FileResult> checkIfCanvas(Path path, String display) {
        SourceText src;
        try {
            src = SourceText.read(path, options.maxFileBytes());
        } catch (IOException e) {
            return java.util.Optional.of(check(path, display));
        }
        if (src.problem().isPresent() || looksLikeCanvas(src.text(), formatOf(display, src.text()))) {
            return java.util.Optional.of(check(src, display));
        }
        return java.util.Optional.empty();
    }

    /** A top-level {@code canvas: <kind>} line; a bare {@code canvas:} (a CI job of that name) is not one. */
    private static final java.util.regex.Pattern YAML_CANVAS = java.util.regex.Pattern.compile("(?m)^canvas[ \\t]*:[ \\t]*[\"']?[A-Za-z]");
    private static final java.util.regex.Pattern MD_CANVAS = java.util.regex.Pattern.compile(
            "(?im)^#{1,6}\\s+(square|phase)\\s+\\d+\\s*[:.\\-]");

    static boolean looksLikeCanvas(String text, SourceFormat format) {
        if (format == SourceFormat.YAML) {
            return YAML_CANVAS.matcher(text).find();
        }
        return text.startsWith("---") && YAML_CANVAS.matcher(text.substring(0, Math.min(text.length(), 4096))).find()
                || MD_CANVAS.matcher(text).find();
    }

    /** Checks already-read text ({@link SourceText#problem()} becomes a do-not-deploy finding). */
    public FileResult check(SourceText src, String display) {
        SourceFormat format = formatOf(display, src.text());
        if (src.problem().isPresent()) {
            InputProblem p = src.problem().get();
            return unreadable(display, format, Location.of(display, p.line()), p.message(), p.fix());
        }
        return check(parse(display, src.text(), format));
    }

    /** Parses text of a known format. */
    public ParsedCanvas parse(String display, String text, SourceFormat format) {
        return format == SourceFormat.YAML ? yaml.parse(display, text) : markdown.parse(display, text);
    }

    /** Runs schema, rules and the decision gate on a parsed canvas. */
    public FileResult check(ParsedCanvas parsed) {
        CanvasDocument doc = parsed.document();
        List<Finding> findings = new ArrayList<>(doc.findings());
        parsed.tree().ifPresent(t -> findings.addAll(schema.validate(t, doc.file())));
        List<Finding> restamped = rules.restamp(findings);
        findings.clear();
        findings.addAll(restamped);
        boolean readable = findings.stream().noneMatch(f -> f.rule().equals(ParseFindings.SYNTAX)
                || f.rule().equals(ParseFindings.EMPTY));
        if (readable || !doc.answers().isEmpty()) {
            findings.addAll(rules.check(definition, doc));
        }
        List<Waiver> waivers = new ArrayList<>(config.waivers());
        parsed.tree().ifPresent(t -> waivers.addAll(canvasWaivers(t, doc.file())));
        if (!waivers.isEmpty()) {
            List<Finding> applied = Waivers.apply(findings, waivers, options.today(), Severity.GAP);
            findings.clear();
            for (Finding f : applied) {
                // waiver findings are new here: give them the severity the rule set says (or drop them if off)
                findings.addAll(f.rule().equals(Waivers.RULE) ? rules.restamp(List.of(f)) : List.of(f));
            }
        }
        findings.sort(null);
        Decision decision = DecisionGate.decide(findings);
        return new FileResult(doc.file(), doc.format(), decision, findings,
                ReadinessCalculator.of(definition, doc, findings));
    }

    /** The {@code waivers:} list of a YAML canvas (front matter or document). */
    private static List<Waiver> canvasWaivers(DataTree tree, String file) {
        if (tree.data() instanceof Map<?, ?> top && top.get("waivers") instanceof List<?> ws) {
            return WaiverReader.read(ws, "/waivers", tree, file);
        }
        return List.of();
    }

    private FileResult unreadable(String file, SourceFormat format, Location at, String message, String fix) {
        List<Finding> findings = rules.restamp(List.of(ParseFindings.syntax(at, message, fix)));
        CanvasDocument empty = new CanvasDocument(file, format, "", Map.of(), Map.of(), Map.of(), Map.of(), findings);
        return new FileResult(file, format, DecisionGate.decide(findings), findings,
                ReadinessCalculator.of(definition, empty, findings));
    }
}
