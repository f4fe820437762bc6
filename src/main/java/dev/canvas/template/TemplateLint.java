package dev.canvas.template;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Location;
import dev.canvas.model.Phase;
import dev.canvas.model.Square;
import dev.canvas.text.MatchText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What in a template canvas cannot use, or will use badly. An error (no squares, duplicate field ids, an
 * unbalanced placeholder, not YAML) means the template cannot be used at all; a warning means canvases written
 * from it will be hard to check (two questions with the same words, a phase without a gate, ...).
 */
public final class TemplateLint {

    /** One problem: where, how bad, what, and how to fix it. */
    public record Problem(Location location, boolean error, String message, String fix) {
        @Override
        public String toString() {
            return location + ": " + (error ? "error" : "warning") + ": " + message + "; " + fix;
        }
    }

    /** The template's definition (when it loads) and its problems. */
    public record Result(java.util.Optional<CanvasDefinition> definition, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::error);
        }
    }

    private TemplateLint() {
    }

    public static Result lint(Path file) {
        CanvasDefinition def;
        try {
            def = TemplateLoader.load(file);
        } catch (TemplateException e) {
            return new Result(java.util.Optional.empty(), List.of(new Problem(e.location(), true, e.getMessage(), e.fix())));
        }
        List<Problem> out = new ArrayList<>();
        Location top = Location.of(file.toString(), 1);
        if (def.checklists().stream().noneMatch(c -> c.kind() == ChecklistKind.PREREQUISITES)) {
            out.add(new Problem(top, false, "the template has no prerequisites checklist, so none are required",
                    "add '**Prerequisites:**' followed by '- [ ]' items, if the method has prerequisites"));
        }
        int expected = 1;
        for (Phase p : def.phases()) {
            if (p.squares().isEmpty()) {
                out.add(new Problem(top, false, p.label() + " has no squares", "add '### Square N: Title' headings to it"));
            }
            boolean overallGate = def.checklists().stream().anyMatch(c -> c.kind() == ChecklistKind.GATE && c.phase() == 0);
            if (!overallGate && def.checklists().stream().noneMatch(c -> c.phase() == p.number())) {
                out.add(new Problem(top, false, p.label() + " has no validation gate", "add '**Validation Gate:**' with '- [ ]' items"));
            }
            for (Square s : p.squares()) {
                Location at = s.fields().isEmpty() ? top : s.fields().get(0).location();
                if (s.number() != expected) {
                    out.add(new Problem(at, false, s.label() + " comes where Square " + expected + " was expected",
                            "number squares 1, 2, 3... in order"));
                }
                expected = s.number() + 1;
                Map<String, Field> seen = new HashMap<>();
                for (Field f : s.fields()) {
                    Field other = seen.putIfAbsent(MatchText.key(f.question()), f);
                    if (other != null) {
                        out.add(new Problem(f.location(), false, "questions {{" + other.id() + "}} and {{" + f.id()
                                + "}} have the same words, so a Markdown canvas cannot tell their answers apart",
                                "word the questions differently"));
                    }
                }
            }
        }
        Map<String, ChecklistItem> items = new HashMap<>();
        for (Checklist c : def.checklists()) {
            for (ChecklistItem i : c.items()) {
                ChecklistItem other = items.putIfAbsent(MatchText.key(i.text()), i);
                if (other != null) {
                    out.add(new Problem(i.location(), false, "checklist item '" + i.text() + "' appears twice (also line "
                            + other.location().line() + ")", "word them differently, or keep one"));
                }
            }
        }
        return new Result(java.util.Optional.of(def), out);
    }
}
