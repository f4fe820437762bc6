package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Signoff;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Subject;

/** Each role the checklist names signs off with a name and a date. */
public final class SignoffRule extends SpecRule {

    public SignoffRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
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
                        "no sign-off from the " + role.role().toLowerCase(java.util.Locale.ROOT) + " (" + role.covers() + ")",
                        "get it and record it: " + how);
            } else if (s.date().isEmpty()) {
                out.report(s.location(), Subject.NONE, "the " + role.role().toLowerCase(java.util.Locale.ROOT)
                        + "'s sign-off (" + s.name() + ") has no date", "add the date it was given: " + how);
            }
        }
    }
}
