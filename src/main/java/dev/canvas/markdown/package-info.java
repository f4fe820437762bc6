/**
 * How the CANVAS Markdown shape is recognised, shared by the template loader and the canvas parser:
 * phase and square headings, bold questions and labels, {@code {{placeholders}}}, {@code [[LLM: ...]]}
 * guidance and task lists, on top of commonmark-java with source spans.
 */
package dev.canvas.markdown;
