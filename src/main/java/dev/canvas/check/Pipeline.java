package dev.canvas.check;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.parse.MarkdownCanvasParser;
import dev.canvas.parse.YamlCanvasParser;
import dev.canvas.rules.DefinitionView;
import dev.canvas.schema.CanvasSchema;
import dev.canvas.schema.SchemaValidator;
import dev.canvas.text.MatchText;
import java.util.List;
import java.util.function.Supplier;

/**
 * One definition with what it takes to check against it: its parsers, its schema validator and what the rules read
 * of it, made once by whoever checks against it ({@link CheckerFactory} for a run, shared by every configuration and
 * thread) and passed down, never kept in a static. The schema validator is built on first use: building one is a
 * third of a one-file check's start-up, and a run of Markdown canvases never needs it.
 */
record Pipeline(CanvasDefinition definition, Supplier<SchemaValidator> schema, MarkdownCanvasParser markdown,
                YamlCanvasParser yaml, DefinitionView rules, List<String> squareKeys) {

    /** A definition's pipeline. */
    static Pipeline of(CanvasDefinition d) {
        return new Pipeline(d, Lazy.of(() -> new SchemaValidator(CanvasSchema.of(d), d)), new MarkdownCanvasParser(d),
                new YamlCanvasParser(d), new DefinitionView(d), d.squares().stream().map(s -> MatchText.key(s.title())).toList());
    }
}
