/**
 * Reads BMAD document templates (the legacy {@code sections}/{@code content} format) into a
 * {@link dev.canvas.model.CanvasDefinition}: phases, squares, fields and checklists, each with its place in
 * the template file.
 */
package dev.canvas.template;
