/**
 * The pipeline in one call: read a file, parse it, validate its schema, run the rules and decide, for one
 * canvas or for every canvas under the paths a user gives.
 */
package dev.canvas.check;
