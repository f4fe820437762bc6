/**
 * A project's {@code .canvas.yaml}: found from a canvas's directory upward (or named with {@code --config}),
 * validated against its own JSON Schema, and merged onto the built-in rule set; and waivers, from the
 * configuration or the canvas, applied to findings.
 */
package dev.canvas.config;
