package dev.canvas.parse;

import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;

/** A checklist item of the template, with the checklist it is in. */
record ItemRef(Checklist checklist, ChecklistItem item) {
}
