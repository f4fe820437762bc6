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
 * thread) and passed down, never kept in a static. The parsers and the schema validator are made on first use:
 * a run of YAML canvases never needs the Markdown parser (which loads commonmark), a run of Markdown canvases
 * neither the YAML parser nor the schema.
 */
record Pipeline(CanvasDefinition definition, Supplier<SchemaValidator> schema, Supplier<MarkdownCanvasParser> markdown,
                Supplier<YamlCanvasParser> yaml, DefinitionView rules, List<String> squareKeys) {

    /** A definition's pipeline. */
    static Pipeline of(CanvasDefinition d) {
        return new Pipeline(d, Lazy.of(() -> new SchemaValidator(CanvasSchema.of(d), d)), Lazy.of(() -> new MarkdownCanvasParser(d)),
                Lazy.of(() -> new YamlCanvasParser(d)), new DefinitionView(d),
                d.squares().stream().map(s -> MatchText.key(s.title())).toList());
    }
}
