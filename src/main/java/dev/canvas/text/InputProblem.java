package dev.canvas.text;

/**
 * A file that cannot be read as text: what is wrong, where, and how to fix it. A value, not an exception:
 * canvases turn it into a finding, templates into an error.
 *
 * @param line    1-based line, or 0 for the whole file
 * @param message what is wrong
 * @param fix     how to fix it
 */
public record InputProblem(int line, String message, String fix) {
}
