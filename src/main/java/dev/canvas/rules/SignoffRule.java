package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Signoff;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Subject;
import java.util.Locale;

/** Each role the checklist names signs off with a name and a date. */
public final class SignoffRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "signoff-missing";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "every required role (engineering lead, security officer, product owner, executive sponsor, "
                + "legal/compliance) signed with a name and a date")
            .explained("The checklist requires sign-off from each role before deployment; a sign-off without a date is "
                    + "a finding too.")
            .passing("- Security officer: Priya Natarajan, 2026-11-18")
            .failing("- Security officer: Priya Natarajan");

    public SignoffRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        if (def.readiness().isEmpty()) {
            return;
        }
        Location where = doc.checklists().getOrDefault("signoffs", Location.of(doc.file(), 1));
        for (SignoffRole role : def.readiness().get().signoffs()) {
            Signoff s = doc.signoffs().get(role.id());
            String how = doc.format() == SourceFormat.YAML
                    ? "'" + role.id() + ": {name: ..., date: YYYY-MM-DD}' under signoffs:"
                    : "'- " + role.role() + ": <name>, YYYY-MM-DD' under '## Sign-offs'";
            if (s == null || s.name().isBlank()) {
                out.report(s == null ? where : s.location(), Subject.NONE,
                        "no sign-off from the " + role.role().toLowerCase(Locale.ROOT) + " (" + role.covers() + ")",
                        "get it and record it: " + how);
            } else if (s.date().isEmpty()) {
                out.report(s.location(), Subject.NONE, "the " + role.role().toLowerCase(Locale.ROOT)
                        + "'s sign-off (" + s.name() + ") has no date", "add the date it was given: " + how);
            }
        }
    }
}
