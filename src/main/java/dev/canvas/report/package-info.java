/**
 * Pure functions from a {@link dev.canvas.model.CheckReport} to text: the terminal report and JSON.
 */
package dev.canvas.report;
