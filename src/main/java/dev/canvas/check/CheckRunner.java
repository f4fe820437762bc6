package dev.canvas.check;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One {@code canvas check} run over the paths a user gives: find, check every file, collect. */
public final class CheckRunner {

    /**
     * What a run found.
     *
     * @param report  every canvas checked, and the rules in force
     * @param errors  arguments that gave nothing to check (a missing path, an empty glob, a directory without
     *                canvases), one line each
     * @param skipped files passed over and why, one line each
     */
    public record Outcome(CheckReport report, List<String> errors, List<String> skipped) {
    }

    private CheckRunner() {
    }

    public static Outcome run(CanvasChecker checker, RuleSet rules, List<String> args) {
        CanvasFinder.Resolution res = CanvasFinder.resolve(args);
        List<String> errors = new ArrayList<>(res.errors());
        List<String> skipped = new ArrayList<>(res.skipped());
        List<FileResult> results = new ArrayList<>();
        Set<String> originsWithCanvas = new HashSet<>();
        Set<String> origins = new HashSet<>();
        for (CanvasFinder.Target t : res.targets()) {
            origins.add(t.origin());
            Optional<FileResult> r = t.explicit() ? Optional.of(checker.check(t.path(), t.display()))
                    : checker.checkIfCanvas(t.path(), t.display());
            if (r.isPresent()) {
                results.add(r.get());
                originsWithCanvas.add(t.origin());
            } else {
                skipped.add(t.display() + ": not a canvas (no 'canvas:' key, front matter or 'Square N:' heading)");
            }
        }
        for (String arg : args) {
            if (origins.contains(arg) && !originsWithCanvas.contains(arg)) {
                errors.add(arg + ": no canvas found (looked for .md/.yaml files with 'canvas:' or 'Square N:' headings)");
            } else if (!origins.contains(arg) && java.nio.file.Files.isDirectory(java.nio.file.Path.of(arg.isEmpty() ? "." : arg))
                    && !arg.isEmpty()) {
                errors.add(arg + ": no canvas found (no .md or .yaml file in it)");
            }
        }
        CheckReport report = new CheckReport(checker.definition().name() + " (" + checker.definition().source() + ")",
                results, rules.catalog());
        return new Outcome(report, errors, skipped);
    }
}
