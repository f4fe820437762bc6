/**
 * Reads a filled-in canvas, Markdown or YAML, into one {@link dev.canvas.model.CanvasDocument} that remembers
 * where every answer and box came from. 0-based parser positions become 1-based {@link dev.canvas.model.Location}s
 * here, once. Parsing never throws because of content: what is wrong becomes a finding.
 */
package dev.canvas.parse;
