package dev.canvas.parse;

import dev.canvas.model.CanvasDocument;
import java.util.Optional;

/**
 * What parsing yields: the document, and for YAML canvases the data tree the schema validates.
 *
 * @param document the canvas in the shared model (its findings say what parsing found wrong)
 * @param tree     the YAML data with locations, validated against the schema; empty for Markdown, and for YAML
 *                 that did not parse
 * @param metadata where the canvas's own settings (waivers) are: the YAML tree, or a Markdown canvas's front matter
 */
public record ParsedCanvas(CanvasDocument document, Optional<DataTree> tree, Optional<DataTree> metadata) {

    /** A YAML canvas: its tree is both schema-checked data and metadata. */
    public ParsedCanvas(CanvasDocument document, Optional<DataTree> tree) {
        this(document, tree, tree);
    }
}
