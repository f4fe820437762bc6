/**
 * Reads a filled-in canvas, Markdown or YAML, into one {@link dev.canvas.model.CanvasDocument} that remembers
 * where every answer and box came from. 0-based parser positions become 1-based {@link dev.canvas.model.Location}s
 * here, once. Parsing never throws because of content: what is wrong becomes a finding.
 *
 * <p>{@link dev.canvas.parse.YamlTreeReader} is the project's one YAML reader (snakeyaml, bounded, every key, item
 * and problem located): canvases and their front matter, and also templates and the YAML files bundled in the jar.
 * Its fast path for the plain YAML canvases are written in is {@link dev.canvas.parse.fast}.
 *
 * <p>A Markdown canvas ({@link dev.canvas.parse.MarkdownCanvasParser}) is read in two steps: its text becomes a
 * body that commonmark parses, front matter aside ({@link dev.canvas.parse.MarkdownBody},
 * {@link dev.canvas.parse.FrontMatter}), then one walk over the body's blocks ({@link dev.canvas.parse.BlockWalk})
 * matches them against the template, indexed once per template ({@link dev.canvas.parse.TemplateIndex}): answers
 * ({@link dev.canvas.parse.Answers}), boxes ({@link dev.canvas.parse.ChecklistReader},
 * {@link dev.canvas.parse.ItemMatcher}) and sign-offs ({@link dev.canvas.parse.SignoffList}).
 */
package dev.canvas.parse;
