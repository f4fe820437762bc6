/**
 * Reading figures from answer text: numbers in the notations teams write (thousands by comma, dot, space,
 * no-break space or apostrophe; decimal point or comma; k, M, bn; currencies before or after), percentages,
 * durations, rates, multiples (10x) and scale milestones, with where each is in the text. One reader for every
 * substance rule: a rule asks what figures an answer states, never matches digits itself. Every scan is linear in
 * the length of the text.
 */
package dev.canvas.figures;
