/**
 * How the CANVAS Markdown shape is recognised, shared by the template loader and the canvas parser:
 * phase and square headings, bold questions and labels, {@code {{placeholders}}}, {@code [[LLM: ...]]}
 * guidance and task lists, on top of commonmark-java with source spans, bounded for hostile input
 * ({@link dev.canvas.markdown.MarkdownLimits}: nesting, paragraph and document length, inline markup).
 */
package dev.canvas.markdown;
