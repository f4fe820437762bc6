package dev.canvas.parse;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.SourceFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Markdown canvas: the document that results from filling in a template. Squares are found by their
 * headings, answers by the bold question before them (matched to the template by its words, so rewording,
 * emphasis, emoji and mojibake do not matter), boxes by their text. The template is indexed once
 * ({@link TemplateIndex}); each parse reads the text ({@link MarkdownBody}) and walks its blocks ({@link BlockWalk}).
 * Thread-safe.
 */
public final class MarkdownCanvasParser {

    /**
     * Unknown checklist items reported one by one in a file; the rest are counted in one finding (a file of
     * thousands of unknown boxes is one mistake, not thousands).
     */
    public static final int MAX_UNKNOWN_ITEMS = 50;

    private final TemplateIndex template;

    public MarkdownCanvasParser(CanvasDefinition definition) {
        this.template = new TemplateIndex(definition);
    }

    /** Parses {@code text} (already decoded, without BOM); {@code file} names it in locations. */
    public ParsedCanvas parse(String file, String text) {
        FindingList findings = new FindingList();
        if (text.isBlank()) {
            findings.add(ParseFindings.empty(file));
            return new ParsedCanvas(new CanvasDocument(file, SourceFormat.MARKDOWN, "", Map.of(), Map.of(), Map.of(),
                    Map.of(), findings.toList(), Map.of(), Optional.empty()), Optional.empty(), Optional.empty());
        }
        MarkdownBody body = MarkdownBody.read(file, text);
        Optional<FrontMatter> fm = body.frontMatter();
        fm.ifPresent(f -> findings.addAll(f.findings()));
        body.parsed().problem().ifPresent(pr -> findings.add(ParseFindings.syntax(Location.of(file, pr.line()),
                pr.message(), pr.fix())));
        CanvasDocument doc = BlockWalk.read(template, file, fm.map(FrontMatter::kind).orElse(""),
                fm.flatMap(f -> f.checklist(file)), body, findings);
        // the front matter is data like a YAML canvas's: its waivers are read from it (not schema-validated:
        // front matter may hold keys of other tools)
        return new ParsedCanvas(doc, Optional.empty(), fm.flatMap(FrontMatter::tree));
    }
}
