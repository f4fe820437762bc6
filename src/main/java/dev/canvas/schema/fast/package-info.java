/**
 * A fast path of schema validation: {@link dev.canvas.schema.fast.SubsetValidator} says whether a canvas's data
 * conforms to its schema, for the subset of JSON Schema that {@code CanvasSchema} writes, without everit.
 *
 * <p><b>Oracle:</b> everit-json-schema, as {@code SchemaValidator} uses it. {@code SchemaValidator} asks the subset
 * validator first and everit only for data that does not conform (everit then says why, with the messages and
 * places users see), so the two must give the same answer on every input. {@code dev.canvas.schema.SubsetValidatorTest}
 * holds them to it on the data of every YAML file of the project (350 answers) and 3,000 variants of the
 * examples' data; {@code dev.canvas.schema.SubsetValidatorFuzzTest} on the data of any YAML text.
 *
 * <p><b>What it earns:</b> most canvases conform, and then everit is neither asked nor even built (building its
 * schema is most of the cost). With everit for everything, a one-file check of a 24 KB YAML canvas took 0.14 s
 * more CPU time (median of 30 alternating runs of the launcher: 0.43 against 0.57 s), more than the one-file
 * target leaves (0.75x ajv-cli, about 0.39 s, against some 0.33 s with it); on 1,000 canvases, 4% more per file.
 */
package dev.canvas.schema.fast;
