/**
 * The Production Readiness Checklist as data ({@code production-readiness-checklist.yaml}): its items by square,
 * thresholds and sign-off roles, added to a canvas definition.
 */
package dev.canvas.readiness;
