package dev.canvas.check;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.parse.MarkdownCanvasParser;
import dev.canvas.parse.YamlCanvasParser;
import dev.canvas.schema.CanvasSchema;
import dev.canvas.schema.SchemaValidator;
import dev.canvas.template.BundledDefinitions;
import dev.canvas.text.MatchText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One definition with what it takes to check against it, shared by every configuration and thread. The schema
 * validator is built on first use, or ahead of it by {@link Warmup}: building one is a third of a one-file
 * check's start-up, and a run of Markdown canvases never needs it.
 */
record Pipeline(CanvasDefinition definition, Supplier<SchemaValidator> schema, MarkdownCanvasParser markdown,
                YamlCanvasParser yaml, List<String> squareKeys) {

    /** The bundled definitions' pipelines, built once per process (the definitions themselves are). */
    private static final Map<String, Pipeline> BUNDLED = new ConcurrentHashMap<>();

    /** The pipeline of a definition: the shared one for a bundled definition, else a new one. */
    static Pipeline of(CanvasDefinition d) {
        if (BundledDefinitions.isBundled(d)) {
            return BUNDLED.computeIfAbsent(d.kind(), k -> build(d));
        }
        return build(d);
    }

    private static Pipeline build(CanvasDefinition d) {
        return new Pipeline(d, Lazy.of(() -> new SchemaValidator(CanvasSchema.of(d), d)), new MarkdownCanvasParser(d),
                new YamlCanvasParser(d), d.squares().stream().map(s -> MatchText.key(s.title())).toList());
    }
}
