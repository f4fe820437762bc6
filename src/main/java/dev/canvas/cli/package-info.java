/**
 * The command line (picocli only): each command reads its options, calls the core once, renders and returns
 * an exit code. Only {@link dev.canvas.cli.Main#main} exits.
 */
package dev.canvas.cli;
