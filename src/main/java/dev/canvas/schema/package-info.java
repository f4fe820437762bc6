/**
 * The JSON Schema of the YAML canvas format, derived from a template, and its validation with
 * everit-json-schema; everit's JSON pointers are mapped back to file:line.
 */
package dev.canvas.schema;
