package dev.canvas.parse;

import dev.canvas.model.CanvasDocument;
import java.util.Optional;

/**
 * What parsing yields: the document, and for YAML canvases the data tree the schema validates.
 *
 * @param document the canvas in the shared model (its findings say what parsing found wrong)
 * @param tree     the YAML data with locations; empty for Markdown, and for YAML that did not parse
 */
public record ParsedCanvas(CanvasDocument document, Optional<DataTree> tree) {
}
