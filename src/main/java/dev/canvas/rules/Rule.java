package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Severity;

/**
 * One check on a canvas. Implementations are stateless and thread-safe; they report through the
 * {@link FindingSink}, which stamps the rule id and the severity the rule set decided.
 */
public interface Rule {

    /** Stable id, lower-case with hyphens ({@code field-empty}); used in every output and in configuration. */
    String id();

    /** The severity when the rule set does not say otherwise. */
    Severity defaultSeverity();

    /** What the rule checks, one line, for {@code canvas rules} and the README. */
    String summary();

    /** Reports every violation in {@code doc} of what {@code definition} requires. */
    void check(CanvasDefinition definition, CanvasDocument doc, FindingSink out);
}
