/**
 * The JSON Schema of the YAML canvas format, derived from a template, and its validation with
 * everit-json-schema; everit's JSON pointers are mapped back to file:line. Data that conforms is told so by a fast
 * path, {@link dev.canvas.schema.fast}, before everit is asked.
 */
package dev.canvas.schema;
