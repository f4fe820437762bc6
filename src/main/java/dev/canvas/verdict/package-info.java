/**
 * The decision gate: from findings to go / fix-gaps / do-not-deploy, and the readiness per phase.
 */
package dev.canvas.verdict;
