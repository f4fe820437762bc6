package dev.canvas.check;

import dev.canvas.config.CanvasConfig;
import dev.canvas.config.WaiverReader;
import dev.canvas.config.Waivers;
import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Decision;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.TemplateRef;
import dev.canvas.model.Waiver;
import dev.canvas.parse.DataTree;
import dev.canvas.parse.ParseFindings;
import dev.canvas.parse.ParsedCanvas;
import dev.canvas.parse.YamlCanvasFormat;
import dev.canvas.rules.RuleSet;
import dev.canvas.text.InputProblem;
import dev.canvas.text.MatchText;
import dev.canvas.text.Repository;
import dev.canvas.text.SourceText;
import dev.canvas.verdict.DecisionGate;
import dev.canvas.verdict.ReadinessCalculator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks canvases against one or more definitions (the bundled template for each kind, or the one
 * {@code --template}) and one rule set. Everything costly (schema validators, parsers, rule set) is built once
 * here and shared by every file; {@link #check} is thread-safe. With several definitions, each file is checked
 * against the one of its kind: its {@code canvas:} key, else the template whose square titles it uses.
 */
public final class CanvasChecker {

    /** A top-level {@code canvas: <kind>} line, the key bare or quoted as YAML allows. */
    private static final Pattern KIND_LINE = Pattern.compile("(?m)^([\"']?)" + YamlCanvasFormat.CANVAS
            + "\\1[ \\t]*:[ \\t]*[\"']?([A-Za-z][\\w-]*)");
    private static final Pattern SQUARE_HEADING = Pattern.compile("(?im)^#{1,6}\\s+square\\s+\\d+\\s*[:.\\-–—]\\s*(.+?)\\s*$");

    private final List<Pipeline> pipelines;
    private final CanvasConfig config;
    private final RuleSet rules;
    private final CheckOptions options;

    public CanvasChecker(CanvasDefinition definition, CanvasConfig config, CheckOptions options) {
        this(List.of(definition), config, options);
    }

    /** @param definitions the first is the default, for files whose kind cannot be told */
    public CanvasChecker(List<CanvasDefinition> definitions, CanvasConfig config, CheckOptions options) {
        this(definitions.stream().map(Pipeline::of).toList(), options, config);
    }

    /** With pipelines shared with other checkers (of other configurations), the first the default. */
    CanvasChecker(List<Pipeline> pipelines, CheckOptions options, CanvasConfig config) {
        if (pipelines.isEmpty()) {
            throw new IllegalArgumentException("no definition");
        }
        this.pipelines = List.copyOf(pipelines);
        this.config = config;
        this.rules = RuleSet.of(config.specs(), options.today());
        this.options = options;
    }

    /** The default definition. */
    public CanvasDefinition definition() {
        return pipelines.get(0).definition();
    }

    public List<CanvasDefinition> definitions() {
        return pipelines.stream().map(Pipeline::definition).toList();
    }

    public RuleSet rules() {
        return rules;
    }

    public CanvasConfig config() {
        return config;
    }

    /**
     * How a file is read: by its extension; other names (and standard input without a name) are sniffed from the
     * text. Markdown front matter ({@code ---} ... {@code ---} with text after it) is Markdown; then a top-level
     * {@code canvas: <kind>} or {@code squares:} key is YAML (so a YAML canvas that opens with {@code # comments},
     * as {@code canvas init} writes one, is not taken for Markdown headings); then a heading or bold text is
     * Markdown, and the rest YAML.
     */
    public static SourceFormat formatOf(String fileName, String text) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return SourceFormat.YAML;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return SourceFormat.MARKDOWN;
        }
        if (hasFrontMatter(text)) {
            return SourceFormat.MARKDOWN;
        }
        if (YAML_CANVAS.matcher(text).find()) {
            return SourceFormat.YAML;
        }
        return text.lines().anyMatch(l -> l.startsWith("#") && !l.startsWith("#!") && l.matches("#{1,6}\\s.*") || l.contains("**"))
                ? SourceFormat.MARKDOWN : SourceFormat.YAML;
    }

    /** A {@code ---} line at the top, then a closing one with text after it: Markdown's front matter (in one pass). */
    private static boolean hasFrontMatter(String text) {
        if (!text.startsWith("---")) {
            return false;
        }
        boolean first = true;
        boolean closed = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            boolean rule = line.startsWith("---") && line.substring(3).isBlank();
            if (first) {
                if (!rule) {
                    return false;
                }
                first = false;
            } else if (closed) {
                if (!line.isBlank()) {
                    return true;
                }
            } else if (rule) {
                closed = true;
            }
        }
        return false;
    }

    /** Checks one file. Never throws for its content or for I/O: both become findings. */
    public FileResult check(Path path, String display) {
        SourceText src;
        try {
            src = SourceText.read(path, options.maxFileBytes());
        } catch (IOException e) {
            return unreadable(pipelines.get(0), display, formatOf(display, ""), Location.of(display),
                    "cannot read the file: " + InputProblem.describe(e), "check that it exists and is readable");
        }
        return check(src, display);
    }

    /**
     * Checks a file found in a directory only if it looks like a canvas (see {@link #looksLikeCanvas}). A file that
     * cannot be read as text is reported rather than skipped, so that nothing is hidden.
     */
    public Optional<FileResult> checkIfCanvas(Path path, String display) {
        SourceText src;
        try {
            src = SourceText.read(path, options.maxFileBytes());
        } catch (IOException e) {
            return Optional.of(check(path, display));
        }
        if (src.problem().isPresent() || looksLikeCanvas(src.text(), formatOf(display, src.text()))) {
            return Optional.of(check(src, display));
        }
        return Optional.empty();
    }

    /**
     * Checks a canvas read from a stream (standard input) as a file named {@code display} is checked: its format by
     * that name's extension, else sniffed from the text; the size limit and the text checks of a file. With
     * {@code onlyIfCanvas}, as {@link #checkIfCanvas}: empty when it does not look like a canvas. Never throws for
     * the content or for I/O: both become findings.
     */
    public Optional<FileResult> check(InputStream in, String display, boolean onlyIfCanvas) {
        SourceText src;
        try {
            src = SourceText.read(in, options.maxFileBytes());
        } catch (IOException e) {
            return Optional.of(unreadable(pipelines.get(0), display, formatOf(display, ""), Location.of(display),
                    "cannot read standard input: " + InputProblem.describe(e), "pass the canvas as a file"));
        }
        if (onlyIfCanvas && src.problem().isEmpty() && !looksLikeCanvas(src.text(), formatOf(display, src.text()))) {
            return Optional.empty();
        }
        return Optional.of(check(src, display));
    }

    /**
     * A top-level {@code canvas: <kind>} or {@code squares:} key, bare or quoted as YAML allows; a bare
     * {@code canvas:} with nothing after it (a CI job of that name) is not one.
     */
    private static final Pattern YAML_CANVAS = Pattern.compile("(?m)^([\"']?)(?:" + YamlCanvasFormat.CANVAS
            + "\\1[ \\t]*:[ \\t]*[\"']?[A-Za-z]|" + YamlCanvasFormat.SQUARES + "\\1[ \\t]*:)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    /** Inline markup a heading may wrap its text in. */
    private static final Pattern HEADING_MARKUP = Pattern.compile("[*_`]");

    /**
     * Whether a file found by a search is read as a canvas: what the parsers recognise, asked of the same code
     * ({@link CanvasMarkdown#square}, {@link CanvasMarkdown#phase}, the YAML format's keys), so that a file the
     * parser reads when it is named is never skipped when it is found. YAML with a top-level {@code canvas:} kind
     * or {@code squares:}; Markdown with that in its front matter, or a "Square N" / "Phase N" heading (any
     * separator the parser takes: ':', '.', '-', en or em dash; ATX or setext).
     */
    public static boolean looksLikeCanvas(String text, SourceFormat format) {
        if (format == SourceFormat.YAML) {
            return YAML_CANVAS.matcher(text).find();
        }
        if (text.startsWith("---") && YAML_CANVAS.matcher(text.substring(0, Math.min(text.length(), 4096))).find()) {
            return true;
        }
        String previous = "";
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String heading = atxText(line);
            if (heading == null && !previous.isBlank() && (line.indexOf('=') >= 0 || line.indexOf('-') >= 0)
                    && SETEXT_UNDERLINE.matcher(line).matches()) {
                heading = previous;
            }
            if (heading != null) {
                String t = HEADING_MARKUP.matcher(heading).replaceAll("");
                if (CanvasMarkdown.square(t).isPresent() || CanvasMarkdown.phase(t).isPresent()) {
                    return true;
                }
            }
            previous = line;
        }
        return false;
    }

    /** The text of an ATX heading line (up to three spaces, one to six '#', a space), or null; no regex, no backtracking. */
    private static String atxText(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
            hashes++;
        }
        if (hashes == 0 || hashes > 6 || i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            return null;
        }
        return line.substring(i);
    }

    /** Checks already-read text ({@link SourceText#problem()} becomes a do-not-deploy finding). */
    public FileResult check(SourceText src, String display) {
        SourceFormat format = formatOf(display, src.text());
        Pipeline p = pipelineFor(src.text(), format);
        if (src.problem().isPresent()) {
            InputProblem pr = src.problem().get();
            return unreadable(p, display, format, Location.of(display, pr.line()), pr.message(), pr.fix());
        }
        ParsedCanvas parsed = parse(p, display, src.text(), format);
        return check(p, withChecklist(p, parsed, display));
    }

    /** The pipeline for a file's kind: its declared kind, else the definition whose square titles it uses most. */
    /**
     * The definition a file is checked against: with several, the one of its kind ({@code canvas:} key, else the
     * template whose square titles it uses, else the default).
     */
    public CanvasDefinition definitionFor(String display, String text) {
        return pipelineFor(text, formatOf(display, text)).definition();
    }

    private Pipeline pipelineFor(String text, SourceFormat format) {
        if (pipelines.size() == 1) {
            return pipelines.get(0);
        }
        String head = format == SourceFormat.YAML ? text : text.startsWith("---") ? text.substring(0, Math.min(text.length(), 4096)) : "";
        Matcher k = KIND_LINE.matcher(head);
        if (k.find()) {
            String kind = k.group(2).toLowerCase(Locale.ROOT);
            for (Pipeline p : pipelines) {
                if (p.definition().kind().equals(kind)) {
                    return p;
                }
            }
        }
        if (format == SourceFormat.MARKDOWN) {
            List<String> titles = new ArrayList<>();
            Matcher m = SQUARE_HEADING.matcher(text);
            while (m.find()) {
                titles.add(MatchText.key(m.group(1)));
            }
            Pipeline best = pipelines.get(0);
            long bestCount = 0;
            for (Pipeline p : pipelines) {
                long n = titles.stream().filter(p.squareKeys()::contains).count();
                if (n > bestCount) {
                    best = p;
                    bestCount = n;
                }
            }
            return best;
        }
        return pipelines.get(0);
    }

    /** Parses text of a known format against the default definition. */
    public ParsedCanvas parse(String display, String text, SourceFormat format) {
        return parse(pipelineFor(text, format), display, text, format);
    }

    private static ParsedCanvas parse(Pipeline p, String display, String text, SourceFormat format) {
        return format == SourceFormat.YAML ? p.yaml().get().parse(display, text) : p.markdown().get().parse(display, text);
    }

    /**
     * Merges the readiness checklist from a separate file: {@code --checklist FILE}, or the file the canvas names
     * ({@code checklist: FILE}, relative to the canvas, never outside its repository).
     */
    private ParsedCanvas withChecklist(Pipeline p, ParsedCanvas parsed, String display) {
        CanvasDocument doc = parsed.document();
        var readiness = p.definition().readiness();
        if (readiness.isEmpty()) {
            return parsed;
        }
        Path file;
        String shown; // as reports name it: relative like the canvas's own path
        Location refAt;
        if (options.checklistFile().isPresent()) {
            file = options.checklistFile().get();
            shown = file.toString();
            refAt = Location.of(file.toString());
        } else if (doc.checklistRef().isPresent()) {
            var ref = doc.checklistRef().get();
            refAt = ref.location();
            Path dir = Path.of(display).toAbsolutePath().normalize().getParent();
            if (dir == null) {
                return parsed;
            }
            Path root = Repository.rootOf(dir);
            file = dir.resolve(ref.path()).normalize();
            Path shownParent = Path.of(display).getParent();
            shown = (shownParent == null ? Path.of(ref.path()) : shownParent.resolve(ref.path())).normalize().toString();
            if (!Repository.contains(root, file)) { // symbolic links resolved: a link to /etc is outside
                return withFinding(parsed, ParseFindings.syntax(refAt, "the checklist file '" + ref.path()
                        + "' is outside the repository; it was not read", "keep the checklist inside the repository"));
            }
        } else {
            return parsed;
        }
        SourceText src;
        try {
            src = SourceText.read(file, options.maxFileBytes());
        } catch (IOException e) {
            return withFinding(parsed, ParseFindings.syntax(refAt, "cannot read the checklist file " + shown + ": "
                    + InputProblem.describe(e), "check the checklist path"));
        }
        if (src.problem().isPresent()) {
            return withFinding(parsed, ParseFindings.syntax(Location.of(shown, src.problem().get().line()),
                    src.problem().get().message(), src.problem().get().fix()));
        }
        CanvasDocument other = parse(p, shown, src.text(), formatOf(shown, src.text())).document();
        return new ParsedCanvas(doc.withChecklistFrom(other, readiness.get().checklistId()), parsed.tree(), parsed.metadata());
    }

    private static ParsedCanvas withFinding(ParsedCanvas parsed, Finding f) {
        CanvasDocument d = parsed.document();
        List<Finding> fs = new ArrayList<>(d.findings());
        fs.add(f);
        CanvasDocument nd = new CanvasDocument(d.file(), d.format(), d.kind(), d.answers(), d.squares(), d.marks(),
                d.checklists(), fs, d.signoffs(), d.checklistRef());
        return new ParsedCanvas(nd, parsed.tree(), parsed.metadata());
    }

    /** Runs schema, rules and the decision gate on a canvas parsed against the default definition. */
    public FileResult check(ParsedCanvas parsed) {
        return check(pipelines.get(0), parsed);
    }

    private FileResult check(Pipeline p, ParsedCanvas parsed) {
        CanvasDefinition definition = p.definition();
        CanvasDocument doc = parsed.document();
        List<Finding> findings = new ArrayList<>(doc.findings());
        parsed.tree().ifPresent(t -> findings.addAll(p.schema().get().validate(t, doc.file())));
        List<Finding> restamped = rules.restamp(findings);
        findings.clear();
        findings.addAll(restamped);
        boolean readable = findings.stream().noneMatch(f -> f.rule().equals(ParseFindings.SYNTAX)
                || f.rule().equals(ParseFindings.EMPTY));
        if (readable || !doc.answers().isEmpty()) {
            findings.addAll(rules.check(p.rules(), doc));
        }
        List<Waiver> own = parsed.metadata().map(t -> canvasWaivers(t, doc.file())).orElse(List.of());
        if (!config.waivers().isEmpty() || !config.untrustedWaivers().isEmpty() || !own.isEmpty()) {
            // a canvas is written by whoever opens the pull request: its own waivers count only where the trusted
            // configuration allows them, and never for a blocker (Waivers)
            List<Waivers.Batch> batches = List.of(Waivers.Batch.trusted(config.waivers()),
                    Waivers.Batch.untrusted(config.untrustedWaivers()),
                    config.policy().canvasWaivers() ? Waivers.Batch.untrusted(own) : Waivers.Batch.refused(own,
                            "is in the canvas, and this repository's configuration does not let a canvas waive its own"
                                    + " findings (allow_canvas_waivers in the root .canvas.yaml); it waives nothing"));
            List<Finding> applied = Waivers.apply(findings, batches, id -> rules.spec(id).map(s -> s.severity()),
                    options.today(), Severity.GAP);
            findings.clear();
            for (Finding f : applied) {
                // waiver findings are new here: give them the severity the rule set says (or drop them if off)
                findings.addAll(f.rule().equals(Waivers.RULE) ? rules.restamp(List.of(f)) : List.of(f));
            }
        }
        findings.sort(null);
        Decision decision = DecisionGate.decide(findings, definition.kind(), RuleSet.GATE_RULES);
        return FileResult.capped(doc.file(), doc.format(), decision.labelled(definition.label(decision.verdict())), findings,
                ReadinessCalculator.of(definition, doc, findings), FileResult.CAP).withTemplate(TemplateRef.of(definition));
    }

    /** The {@code waivers:} list of a YAML canvas (front matter or document). */
    private static List<Waiver> canvasWaivers(DataTree tree, String file) {
        if (tree.data() instanceof Map<?, ?> top && top.get("waivers") instanceof List<?> ws) {
            return WaiverReader.read(ws, "/waivers", tree, file);
        }
        return List.of();
    }

    private FileResult unreadable(Pipeline p, String file, SourceFormat format, Location at, String message, String fix) {
        List<Finding> findings = rules.restamp(List.of(ParseFindings.syntax(at, message, fix)));
        CanvasDocument empty = new CanvasDocument(file, format, "", Map.of(), Map.of(), Map.of(), Map.of(), findings);
        Decision decision = DecisionGate.decide(findings, p.definition().kind(), RuleSet.GATE_RULES);
        return new FileResult(file, format, decision.labelled(p.definition().label(decision.verdict())), findings,
                ReadinessCalculator.of(p.definition(), empty, findings)).withTemplate(TemplateRef.of(p.definition()));
    }
}
