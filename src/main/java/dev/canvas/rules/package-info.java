/**
 * The rules a canvas is judged by: one class per rule, each declaring its stable id, its default severity and its
 * documentation, registered once in {@link dev.canvas.rules.RuleSet#KINDS} (docs/adding-a-rule.md). Rules detect,
 * reading the document through the {@link dev.canvas.rules.RuleContext} of one check; the
 * {@link dev.canvas.rules.RuleSet} decides severity.
 */
package dev.canvas.rules;
