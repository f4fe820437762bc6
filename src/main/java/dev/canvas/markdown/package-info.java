/**
 * Markdown as canvases and templates are written in it, on top of commonmark-java's public API. Reading:
 * {@link dev.canvas.markdown.MarkdownReader} parses text into commonmark's tree (task list boxes, block source
 * spans), bounded for hostile input by commonmark's own limits and by ours, which the user is told about
 * ({@link dev.canvas.markdown.NestingLimit}, {@link dev.canvas.markdown.LineLimits});
 * {@link dev.canvas.markdown.LlmGuidance} blanks {@code [[LLM: ...]]} guidance before that. Recognising:
 * {@link dev.canvas.markdown.CanvasMarkdown} finds phase and square headings, bold questions and labels, boxes and
 * {@code {{placeholders}}} in the tree; {@link dev.canvas.markdown.LazyBoldLine} reads a bold line under a box as a
 * heading.
 */
package dev.canvas.markdown;
