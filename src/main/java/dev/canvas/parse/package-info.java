/**
 * Reads a filled-in canvas, Markdown or YAML, into one {@link dev.canvas.model.CanvasDocument} that remembers
 * where every answer and box came from. 0-based parser positions become 1-based {@link dev.canvas.model.Location}s
 * here, once. Parsing never throws because of content: what is wrong becomes a finding.
 *
 * <p>{@link dev.canvas.parse.YamlTreeReader} is the project's one YAML reader (snakeyaml, bounded, every key, item
 * and problem located): canvases and their front matter, and also templates and the YAML files bundled in the jar.
 * Its fast path for the plain YAML canvases are written in is {@link dev.canvas.parse.fast}.
 */
package dev.canvas.parse;
