/**
 * A fast path of YAML reading: {@link dev.canvas.parse.fast.PlainYamlReader} reads the plain YAML that canvases are
 * written in straight into a {@code DataTree}, in one pass over the text, and gives up on anything else.
 * {@code YamlTreeReader.read} tries it first and hands what it gives up on to snakeyaml.
 *
 * <p><b>Oracle:</b> snakeyaml, as {@code YamlTreeReader} reads with it (compose, then the located tree). For every
 * text the fast path reads, it must give the same data, the same types and the same location of every key and
 * item as snakeyaml, with no finding. {@code dev.canvas.parse.PlainYamlReaderTest} holds it to that on every YAML
 * file of the project and of BMAD's fixtures, on thousands of mutations of the example canvases and on edge cases;
 * {@code dev.canvas.parse.PlainYamlReaderFuzzTest} on any text.
 *
 * <p><b>What it earns:</b> snakeyaml is a complete YAML processor and most of a YAML check's reading time. With
 * snakeyaml for everything, 1,000 generated 24 KB canvases took 19% more CPU time (median of 10 alternating runs
 * of the launcher: 6.65 against 7.93 s; 1.23x per file checked in one JVM, 4.5x per file read), which brings
 * 1,000 canvases near the target of 1.25x ajv-cli (0.99x to 1.02x in the last full runs); one canvas, 9% more
 * (0.40 against 0.435 s CPU, 40 alternating runs).
 */
package dev.canvas.parse.fast;
