/**
 * A project's {@code .canvas.yaml}: found from a canvas's directory upward (or named with {@code --config}),
 * bound to records with Jackson (only when there is such a file), checked, and merged onto the built-in rule set;
 * and waivers, from the configuration or the canvas, applied to findings.
 */
package dev.canvas.config;
