package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Progress;
import dev.canvas.model.Subject;

/**
 * The readiness score (items confirmed / total) against the checklist's thresholds: below the "address gaps"
 * threshold (the method: 90%) the agent is not production-ready. Only for a canvas that has the checklist.
 */
public final class ChecklistScoreRule extends SpecRule {

    public ChecklistScoreRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        if (def.readiness().isEmpty()) {
            return;
        }
        var spec = def.readiness().get();
        DocView v = DocView.of(def, doc);
        Checklist c = v.def.checklist(spec.checklistId());
        if (c == null || doc.marks(c.id()).isEmpty() && !doc.checklists().containsKey(c.id())) {
            return; // no checklist at all: checklist-missing says so
        }
        int done = 0;
        for (Mark m : v.marks(c)) {
            if (m != null && m.checked()) {
                done++;
            }
        }
        Progress p = new Progress(done, c.items().size());
        if (p.percent() < spec.addressGapsThreshold()) {
            out.report(doc.checklists().getOrDefault(c.id(), Location.of(doc.file(), 1)), Subject.NONE,
                    c.title() + " is at " + p.percent() + "% (" + p + "): not production-ready (below "
                            + spec.addressGapsThreshold() + "%)",
                    "complete the remaining items; " + spec.deployThreshold() + "% is needed to deploy");
        }
    }
}
