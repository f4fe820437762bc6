/**
 * Reading user text safely (size limits, encodings, byte-order marks, mojibake) and the matching keys and
 * slugs that let a canvas's wording be found in a template's, excerpts that keep quoted user text to one
 * short line, and user text made inert for logs and terminals, printed or in JSON ({@link dev.canvas.text.Json}).
 */
package dev.canvas.text;
