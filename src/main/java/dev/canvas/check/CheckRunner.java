package dev.canvas.check;

import dev.canvas.config.ConfigException;
import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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

    /** Files are checked on this many threads; results keep the order of the targets whatever finishes first. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Below this many files, threads cost more than they save. */
    private static final int PARALLEL_FROM = 8;

    private static List<Optional<FileResult>> checkAll(CheckerFactory factory, List<CanvasFinder.Target> targets)
            throws ConfigException {
        // configurations are read (and their errors raised) before any file is checked
        List<CanvasChecker> checkers = new ArrayList<>();
        for (CanvasFinder.Target t : targets) {
            checkers.add(factory.forCanvas(t.path()));
        }
        IntFunction<Optional<FileResult>> one = i -> {
            CanvasFinder.Target t = targets.get(i);
            return t.explicit() ? Optional.of(checkers.get(i).check(t.path(), t.display()))
                    : checkers.get(i).checkIfCanvas(t.path(), t.display());
        };
        if (targets.size() < PARALLEL_FROM || THREADS == 1) {
            return IntStream.range(0, targets.size()).mapToObj(one).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread th = new Thread(r, "canvas-check");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<Optional<FileResult>>> futures = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> one.apply(index)));
            }
            List<Optional<FileResult>> out = new ArrayList<>(futures.size());
            for (Future<Optional<FileResult>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks every canvas the arguments name. A broken configuration stops the run before any check. */
    public static Outcome run(CheckerFactory factory, List<String> args) throws ConfigException {
        return run(factory, args, false);
    }

    /**
     * As {@link #run(CheckerFactory, List)}; with {@code canvasesOnly}, a file named in the arguments is checked only
     * if it looks like a canvas, as a file a directory search finds is, and one that does not is skipped, not an
     * error (a pre-commit hook names every staged file whose name matches).
     */
    public static Outcome run(CheckerFactory factory, List<String> args, boolean canvasesOnly) throws ConfigException {
        return run(factory, args, canvasesOnly, Optional.empty());
    }

    /**
     * As {@link #run(CheckerFactory, List, boolean)}, with a canvas on standard input: the argument
     * {@value StdinCanvas#ARG} (once at most) stands for it, and its result takes that argument's place among the
     * others. It is checked as a file named on the command line is (with {@code canvasesOnly}, only if it looks like
     * a canvas). Without {@code stdin}, {@value StdinCanvas#ARG} is a path as any other.
     */
    public static Outcome run(CheckerFactory factory, List<String> allArgs, boolean canvasesOnly, Optional<StdinCanvas> stdin)
            throws ConfigException {
        int stdinAt = stdin.isPresent() ? allArgs.indexOf(StdinCanvas.ARG) : -1;
        if (stdin.isPresent() && (stdinAt < 0 || allArgs.lastIndexOf(StdinCanvas.ARG) != stdinAt)) {
            throw new IllegalArgumentException("standard input must be named once among the arguments");
        }
        List<String> args = stdinAt < 0 ? allArgs : new ArrayList<>(allArgs);
        if (stdinAt >= 0) {
            args.remove(stdinAt);
        }
        // the arguments before '-': the files they give come before the canvas on standard input
        Set<String> before = stdinAt < 0 ? Set.of() : new HashSet<>(args.subList(0, stdinAt));
        CanvasChecker stdinChecker = stdin.isPresent() ? factory.forCanvas(stdin.get().configPath()) : null;
        CanvasFinder.Resolution found = CanvasFinder.resolve(args);
        Set<String> namedFiles = new HashSet<>();
        CanvasFinder.Resolution res = found;
        if (canvasesOnly) {
            found.targets().stream().filter(CanvasFinder.Target::explicit).forEach(t -> namedFiles.add(t.origin()));
            res = new CanvasFinder.Resolution(found.targets().stream()
                    .map(t -> new CanvasFinder.Target(t.path(), t.display(), false, t.origin())).toList(),
                    found.errors(), found.skipped(), found.notable());
        }
        List<String> errors = new ArrayList<>(res.errors());
        List<String> skipped = new ArrayList<>(res.skipped());
        List<FileResult> results = new ArrayList<>();
        Set<String> originsWithCanvas = new HashSet<>();
        Set<String> origins = new HashSet<>();
        List<Optional<FileResult>> checked = checkAll(factory, res.targets());
        Optional<FileResult> fromStdin = stdin.isEmpty() ? Optional.empty()
                : stdinChecker.check(stdin.get().in(), stdin.get().display(), canvasesOnly);
        if (stdin.isPresent() && fromStdin.isEmpty()) {
            skipped.add(stdin.get().display() + ": not a canvas (no 'canvas:' key, front matter or 'Square N:' heading)");
        }
        for (int i = 0; i <= res.targets().size(); i++) {
            if (fromStdin.isPresent() && (i == res.targets().size() || !before.contains(res.targets().get(i).origin()))) {
                results.add(fromStdin.get());
                fromStdin = Optional.empty();
            }
            if (i == res.targets().size()) {
                break;
            }
            CanvasFinder.Target t = res.targets().get(i);
            origins.add(t.origin());
            Optional<FileResult> r = checked.get(i);
            if (r.isPresent()) {
                results.add(r.get());
                originsWithCanvas.add(t.origin());
            } else {
                skipped.add(t.display() + ": not a canvas (no 'canvas:' key, front matter or 'Square N:' heading)");
            }
        }
        for (String arg : args) {
            if (origins.contains(arg) && !originsWithCanvas.contains(arg) && !namedFiles.contains(arg)) {
                errors.add(arg + ": no canvas found (looked for .md/.yaml files with 'canvas:' or 'Square N:' headings)");
            } else if (!origins.contains(arg) && Files.isDirectory(Path.of(arg.isEmpty() ? "." : arg))
                    && !arg.isEmpty()) {
                errors.add(arg + ": no canvas found (no .md or .yaml file in it)");
            }
        }
        // the rules of every configuration used, each id once
        Map<String, RuleInfo> catalog = new LinkedHashMap<>();
        Set<CanvasChecker> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (stdinChecker != null) {
            seen.add(stdinChecker);
            stdinChecker.rules().catalog().forEach(r -> catalog.putIfAbsent(r.id(), r));
        }
        for (CanvasFinder.Target t : res.targets()) {
            CanvasChecker c = factory.forCanvas(t.path());
            if (seen.add(c)) {
                c.rules().catalog().forEach(r -> catalog.putIfAbsent(r.id(), r));
            }
        }
        if (catalog.isEmpty()) {
            factory.builtIn().rules().catalog().forEach(r -> catalog.putIfAbsent(r.id(), r));
        }
        String template = String.join(", ", factory.definitions().stream().map(d -> d.name() + " (" + d.source() + ")").toList());
        CheckReport report = CheckReport.of(template, results, new ArrayList<>(catalog.values()), res.notable());
        return new Outcome(report, errors, skipped);
    }
}
