/**
 * {@code canvas init}: a new, empty canvas in Markdown or YAML generated from a template's definition, and
 * the atomic, non-clobbering write that puts it on disk.
 */
package dev.canvas.scaffold;
