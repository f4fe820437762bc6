/**
 * Reading user text safely (size limits, encodings, byte-order marks, mojibake) and the matching keys and
 * slugs that let a canvas's wording be found in a template's, and excerpts that keep quoted user text to one
 * short line.
 */
package dev.canvas.text;
