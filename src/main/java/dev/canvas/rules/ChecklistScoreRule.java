package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Progress;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;

/**
 * The readiness score (items confirmed / total) against the checklist's thresholds: below the "address gaps"
 * threshold (the method: 90%) the agent is not production-ready. Only for a canvas that has the checklist.
 */
public final class ChecklistScoreRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "checklist-score";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "the checklist score is at least the 'address gaps' threshold (90%); below it the agent is not "
                + "production-ready")
            .explained("Score = items confirmed / total, per square, per phase and overall (in every report). The "
                    + "thresholds are the checklist file's data: 100% to deploy, 90-99% address the gaps, below 90% "
                    + "not production-ready. The seed's decision gate makes any checklist below 100% a fix-gaps "
                    + "verdict, so this rule is a gap by default; an organisation that wants \"not production-ready\" to "
                    + "block makes it a blocker in .canvas.yaml.")
            .passing("(95 of 99 items ticked: 95%)")
            .failing("(80 of 99 items ticked: 80%)");

    public ChecklistScoreRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        if (def.readiness().isEmpty()) {
            return;
        }
        var spec = def.readiness().get();
        DefinitionView v = ctx.view();
        Checklist c = v.checklist(spec.checklistId());
        if (c == null || !ChecklistMissingRule.isPresent(doc, c)) {
            return; // no checklist at all: checklist-missing says so
        }
        int done = 0;
        for (Mark m : ctx.marks(c)) {
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
