/**
 * The rules a canvas is judged by: one class per rule, each with a stable id and a default severity. Rules
 * detect; the {@link dev.canvas.rules.RuleSet} decides severity.
 */
package dev.canvas.rules;
