package dev.canvas.report;

import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Readiness;
import java.util.ArrayList;
import java.util.List;

/**
 * A canvas's findings in the parts a reader thinks in: prerequisites, each square, each phase's gate, and
 * the rest. Every finding lands in exactly one group; groups keep template order.
 */
final class Groups {

    /** One part of the canvas and its findings. */
    record Group(String name, int phase, List<Finding> findings) {
    }

    private Groups() {
    }

    static List<Group> of(FileResult f) {
        List<Finding> rest = new ArrayList<>(f.findings());
        List<Group> out = new ArrayList<>();
        Readiness r = f.readiness();
        if (r.prerequisites().total() > 0 || rest.stream().anyMatch(x -> x.subject().checklist().equals("prerequisites"))) {
            out.add(new Group("Prerequisites", 0, take(rest, x -> x.subject().checklist().equals("prerequisites"))));
        }
        for (Readiness.PhaseReadiness p : r.phases()) {
            for (Readiness.SquareReadiness s : p.squares()) {
                out.add(new Group("Square " + s.number() + ": " + s.title(), p.number(),
                        take(rest, x -> x.subject().square() == s.number())));
            }
            if (p.gate().total() > 0 || rest.stream().anyMatch(x -> x.subject().phase() == p.number()
                    && !x.subject().checklist().isEmpty())) {
                out.add(new Group("Phase " + p.number() + " validation gate", p.number(),
                        take(rest, x -> x.subject().phase() == p.number() && !x.subject().checklist().isEmpty())));
            }
        }
        // a template's gate outside any phase (upstream's readiness gate)
        List<Finding> loose = take(rest, x -> !x.subject().checklist().isEmpty());
        if (!loose.isEmpty()) {
            out.add(new Group("Readiness gate", 0, loose));
        }
        out.add(new Group("File", 0, rest));
        return out;
    }

    private static List<Finding> take(List<Finding> rest, java.util.function.Predicate<Finding> which) {
        List<Finding> taken = new ArrayList<>();
        rest.removeIf(x -> {
            if (which.test(x)) {
                taken.add(x);
                return true;
            }
            return false;
        });
        return taken;
    }
}
