/**
 * Records and enums shared by every stage: the canvas definition a template yields, the document a canvas
 * parses into, findings with 1-based locations, and the verdict. Imports nothing else from the project.
 */
package dev.canvas.model;
