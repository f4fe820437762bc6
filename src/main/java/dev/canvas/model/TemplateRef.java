package dev.canvas.model;

import java.util.Objects;

/**
 * The template a canvas was checked against, as reports name it.
 *
 * @param name   the template's name ({@code Production Canvas - AI Agent Scaling})
 * @param kind   the kind of canvas it defines ({@code production}, {@code poc})
 * @param source where it came from: a path, or {@code bundled:FILE} for one bundled in canvas
 */
public record TemplateRef(String name, String kind, String source) {

    public TemplateRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    public static TemplateRef of(CanvasDefinition d) {
        return new TemplateRef(d.name(), d.kind(), d.source());
    }
}
