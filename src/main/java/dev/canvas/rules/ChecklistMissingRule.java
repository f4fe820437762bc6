package dev.canvas.rules;

import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Subject;

/**
 * The canvas has the Production Readiness Checklist, in it or in a file it names: one finding for a canvas
 * without it, rather than one per item ({@link ChecklistUncheckedRule} judges the items of one that is there).
 */
public final class ChecklistMissingRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "checklist-missing";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "the canvas has the Production Readiness Checklist (in it, or in a file it names)")
            .explained("The method deploys only with the Production Readiness Checklist at 100%. A canvas without it "
                    + "cannot be go. It can be a section of the canvas, the 'checklist:' key of a YAML canvas, or its "
                    + "own file named by 'checklist: FILE' in the canvas (or --checklist FILE).")
            .passing("## Production Readiness Checklist\n\n### Square 1: Business Case & Scale Planning\n\n- [x] ...")
            .failing("(no checklist)");

    public ChecklistMissingRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDocument doc = ctx.document();
        for (Checklist c : ctx.definition().checklists()) {
            if (c.kind() != ChecklistKind.READINESS || isPresent(doc, c)) {
                continue;
            }
            out.report(doc.checklistRef().map(CanvasDocument.Reference::location).orElse(Location.of(doc.file(), 1)),
                    Subject.NONE, "the canvas has no " + c.title() + " (" + c.items().size() + " items)",
                    doc.format() == SourceFormat.YAML
                            ? "add 'checklist:' with its items (canvas init writes them), or name a checklist file"
                            : "add a '## " + c.title() + "' section (canvas init writes it), or 'checklist: FILE' in the front matter");
        }
    }

    /** Whether the canvas has the checklist: a box of it, or its heading. */
    static boolean isPresent(CanvasDocument doc, Checklist c) {
        return !doc.marks(c.id()).isEmpty() || doc.checklists().containsKey(c.id());
    }
}
