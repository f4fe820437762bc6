package dev.canvas.verdict;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Finding;
import dev.canvas.model.Mark;
import dev.canvas.model.Phase;
import dev.canvas.model.Progress;
import dev.canvas.model.Readiness;
import dev.canvas.model.ReadinessSpec;
import dev.canvas.model.Severity;
import dev.canvas.model.Signoff;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.SignoffState;
import dev.canvas.model.Square;
import dev.canvas.readiness.ReadinessChecklistLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts what is done. A field is done when it is answered and no blocker or gap is about it; a box when it
 * is ticked and no blocker or gap is about it. So the counts always agree with the findings. The sign-offs are as
 * the canvas records them (the sign-off rule's findings are about the file, not a role).
 */
public final class ReadinessCalculator {

    private ReadinessCalculator() {
    }

    public static Readiness of(CanvasDefinition def, CanvasDocument doc, List<Finding> findings) {
        Set<String> badFields = new HashSet<>();
        Set<Integer> badSquares = new HashSet<>();
        Map<String, Set<String>> badItems = new HashMap<>(); // checklist id, then item ids

        for (Finding f : findings) {
            if (f.severity() == Severity.WARNING || !f.counts()) {
                continue;
            }
            var s = f.subject();
            if (!s.field().isEmpty()) {
                badFields.add(s.field());
            } else if (!s.item().isEmpty()) {
                badItems.computeIfAbsent(s.checklist(), k -> new HashSet<>()).add(s.item());
            } else if (s.square() > 0) {
                badSquares.add(s.square());
            }
        }
        Progress prereq = new Progress(0, 0);
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.PREREQUISITES) {
                prereq = prereq.plus(items(c, doc, badItems));
            }
        }
        Map<Integer, Progress> readiness = readiness(def, doc, badItems);
        List<Readiness.PhaseReadiness> phases = new ArrayList<>();
        for (Phase p : def.phases()) {
            List<Readiness.SquareReadiness> squares = new ArrayList<>();
            Progress fields = new Progress(0, 0);
            Progress checklist = new Progress(0, 0);
            for (Square s : p.squares()) {
                Progress sc = readiness.getOrDefault(s.number(), new Progress(0, 0));
                checklist = checklist.plus(sc);
                boolean present = doc.squares().containsKey(s.number()) && !badSquares.contains(s.number());
                int done = 0;
                for (Field f : s.fields()) {
                    if (present && doc.answers().containsKey(f.id()) && !badFields.contains(f.id())) {
                        done++;
                    }
                }
                Progress sp = new Progress(done, s.fields().size());
                squares.add(new Readiness.SquareReadiness(s.number(), s.title(), present, sp, sc));
                fields = fields.plus(sp);
            }
            Progress gate = new Progress(0, 0);
            for (Checklist c : def.checklists()) {
                if (c.kind() == ChecklistKind.GATE && c.phase() == p.number()) {
                    gate = gate.plus(items(c, doc, badItems));
                }
            }
            phases.add(new Readiness.PhaseReadiness(p.number(), p.title(), fields, gate, checklist, squares));
        }
        // gates outside any phase (a template's closing readiness gate) count with the last phase
        Progress loose = new Progress(0, 0);
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.GATE && def.phase(c.phase()).isEmpty()) {
                loose = loose.plus(items(c, doc, badItems));
            }
        }
        if (loose.total() > 0 && !phases.isEmpty()) {
            var last = phases.remove(phases.size() - 1);
            phases.add(new Readiness.PhaseReadiness(last.number(), last.title(), last.fields(), last.gate().plus(loose),
                    last.checklist(), last.squares()));
        }
        return new Readiness(prereq, phases, signoffs(def, doc));
    }

    /** Each role the readiness checklist asks to sign, with the name and date the canvas gives it. */
    private static List<SignoffState> signoffs(CanvasDefinition def, CanvasDocument doc) {
        List<SignoffState> out = new ArrayList<>();
        for (SignoffRole role : def.readiness().map(ReadinessSpec::signoffs).orElse(List.of())) {
            Signoff s = doc.signoffs().get(role.id());
            out.add(new SignoffState(role.id(), role.role(), role.covers(), s == null ? "" : s.name().strip(),
                    s == null ? Optional.empty() : s.date()));
        }
        return out;
    }

    /**
     * The readiness-checklist items that the canvas confirms, by square: one pass over the items (which square an
     * item is about is read from its group's label, by a regular expression).
     */
    private static Map<Integer, Progress> readiness(CanvasDefinition def, CanvasDocument doc, Map<String, Set<String>> badItems) {
        Map<Integer, int[]> bySquare = new HashMap<>(); // done, total
        for (Checklist c : def.checklists()) {
            if (c.kind() != ChecklistKind.READINESS) {
                continue;
            }
            Map<String, Mark> marks = doc.marks(c.id());
            Set<String> bad = badItems.getOrDefault(c.id(), Set.of());
            for (ChecklistItem i : c.items()) {
                Mark m = marks.get(i.id());
                int[] n = bySquare.computeIfAbsent(ReadinessChecklistLoader.squareOf(i), k -> new int[2]);
                n[0] += m != null && m.checked() && !bad.contains(i.id()) ? 1 : 0;
                n[1]++;
            }
        }
        Map<Integer, Progress> out = new HashMap<>();
        bySquare.forEach((sq, n) -> out.put(sq, new Progress(n[0], n[1])));
        return out;
    }

    private static Progress items(Checklist c, CanvasDocument doc, Map<String, Set<String>> badItems) {
        int done = 0;
        Map<String, Mark> marks = doc.marks(c.id());
        Set<String> bad = badItems.getOrDefault(c.id(), Set.of());
        for (ChecklistItem i : c.items()) {
            Mark m = marks.get(i.id());
            if (m != null && m.checked() && !bad.contains(i.id())) {
                done++;
            }
        }
        return new Progress(done, c.items().size());
    }
}
