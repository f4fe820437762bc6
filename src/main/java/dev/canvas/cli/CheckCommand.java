package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;

import dev.canvas.check.CanvasFinder;
import dev.canvas.check.CheckOptions;
import dev.canvas.check.CheckerFactory;
import dev.canvas.config.ConfigException;
import dev.canvas.check.CheckRunner;
import dev.canvas.check.StdinCanvas;
import dev.canvas.model.CheckReport;
import dev.canvas.model.Severity;
import dev.canvas.model.Verdict;
import dev.canvas.report.ReportContext;
import dev.canvas.report.ReportFormat;
import dev.canvas.report.TextReport;
import dev.canvas.scaffold.AtomicFileWriter;
import dev.canvas.text.InputProblem;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks canvases and prints the decision gate's verdict.",
                "The verdict is go, fix-gaps or do-not-deploy, with every missing item, where it is (file:line) and how to fix it."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 go, 1 fix-gaps, 2 do-not-deploy (for several canvases, the worst; see --fail-on)",
                "  64 usage error, 65 unusable template, 66 path not found, glob without match or no canvas in a directory",
                "  70 internal error (a bug: rerun with --stacktrace), 73 a report file cannot be written,",
                "  74 standard output cannot be written, 78 invalid configuration (.canvas.yaml)"})
final class CheckCommand implements Callable<Integer> {

    /** The values of --fail-on, --severity and --color: what they accept, and what shell completion offers. */
    static final List<String> FAIL_ON = List.of("warning", "fix-gaps", "do-not-deploy", "never");
    static final List<String> SEVERITIES = List.of("blocker", "gap", "warning");
    static final List<String> COLORS = List.of("auto", "always", "never");

    static final class FailOnValues implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return FAIL_ON.iterator();
        }
    }

    static final class SeverityValues implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SEVERITIES.iterator();
        }
    }

    static final class ColorValues implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return COLORS.iterator();
        }
    }

    /** The report formats (shell completion offers them; FORMAT=FILE is typed on). */
    static final class FormatValues implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }


    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Canvas files (.md, .yaml), directories to search, quoted globs ('docs/**/*.md'), "
                    + "or - for a canvas on standard input.")
    List<String> paths;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name of the canvas on standard input (-): its format by the extension, the path the "
                    + "reports show, and where its configuration is looked up (default: <stdin>, format from the content).")
    String stdinFilename;

    @Mixin
    TemplateOption template;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]", completionCandidates = FormatValues.class,
            description = {"Output format: text, json, junit, sarif, github, markdown, html (default: text).",
                    "Repeat it for several reports in one run; FORMAT=FILE writes that report to FILE,",
                    "e.g. --format sarif=canvas.sarif --format text."})
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report (the one --format without =FILE) to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "fix-gaps", completionCandidates = FailOnValues.class,
            description = "Lowest result that fails (non-zero exit): warning (any warning), fix-gaps (default), "
                    + "do-not-deploy, or never. The report shows the verdict either way.")
    String failOn;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Fail (exit 1) when the canvases have more than N warnings, as ESLint does.")
    Integer maxWarnings;

    @Option(names = "--all", description = "Text report: every finding with its own fix, in every phase "
            + "(by default it shows the next phase to work on and folds boxes and fields of one kind).")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Text report: only the blockers and the verdict line.")
    boolean quiet;

    @Option(names = "--severity", paramLabel = "SEVERITY", defaultValue = "warning", completionCandidates = SeverityValues.class,
            description = "Text and github reports: the least severe finding shown: blocker, gap or warning (default). "
                    + "The verdict and the other formats count every finding.")
    String severity;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", completionCandidates = ColorValues.class,
            description = "Colour the text report: auto (a terminal without NO_COLOR), always, never.")
    String color;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest canvas read, in bytes (default: ${DEFAULT-VALUE}, 10 MiB); larger files are do-not-deploy.")
    long maxFileSize;

    @Option(names = {"-v", "--verbose"}, description = "Say on standard error which files were skipped, and why.")
    boolean verbose;

    @Option(names = "--canvases-only",
            description = "Check a named file only if it looks like a canvas, as a directory search does; skip others (for pre-commit hooks).")
    boolean canvasesOnly;

    @Mixin
    ConfigOption config;

    @Option(names = "--checklist", paramLabel = "FILE",
            description = "Production Readiness Checklist file (Markdown or YAML) for every canvas, instead of their own.")
    Path checklist;

    private final Main.Env env;

    CheckCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!COLORS.contains(color)) {
            throw new CliException(ExitCodes.USAGE, "--color takes auto, always or never, not '" + color + "'");
        }
        if (maxFileSize <= 0) {
            throw new CliException(ExitCodes.USAGE, "--max-file-size must be a positive number of bytes");
        }
        Verdict threshold = threshold();
        TextReport.View view = view();
        if (maxWarnings != null && maxWarnings < 0) {
            throw new CliException(ExitCodes.USAGE, "--max-warnings takes a number of warnings, 0 or more, not " + maxWarnings);
        }
        Map<ReportFormat, Path> outputs = outputs();
        Optional<StdinCanvas> stdin = stdin();

        if (checklist != null && !java.nio.file.Files.isRegularFile(checklist)) {
            throw new CliException(ExitCodes.NO_INPUT, checklist + ": no such checklist file");
        }
        LocalDate today = config.today();
        CheckerFactory factory = new CheckerFactory(template.loadAll(),
                new CheckOptions(maxFileSize, today, Optional.ofNullable(checklist)), config.explicit());
        CheckRunner.Outcome outcome;
        try {
            outcome = CheckRunner.run(factory, paths, canvasesOnly, stdin);
        } catch (ConfigException e) {
            throw ConfigOption.error(e);
        } catch (CanvasFinder.BadGlobException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }

        int exit;
        if (!outcome.errors().isEmpty()) {
            exit = ExitCodes.NO_INPUT;
        } else {
            Verdict v = outcome.report().verdict();
            exit = threshold == null || v.ordinal() < threshold.ordinal() ? ExitCodes.GO : ExitCodes.of(v);
            long warnings = outcome.report().files().stream().mapToLong(f -> f.count(Severity.WARNING)).sum();
            boolean tooMany = maxWarnings != null && warnings > maxWarnings
                    || failOnWarning() && warnings > 0;
            if (exit == ExitCodes.GO && tooMany) {
                exit = ExitCodes.of(Verdict.FIX_GAPS);
            }
        }
        // every report carries the run's errors and exit code: a failed run never reads as a pass
        CheckReport report = outcome.report().withErrors(outcome.errors());
        Path workDir = Path.of("").toAbsolutePath();
        // the HTML report shows the date (--today's) and the work tree's commit: read only when it is asked for
        ReportContext ctx = new ReportContext(false, Main.Version.version(), workDir, exit, view, Optional.of(today),
                outputs.containsKey(ReportFormat.HTML) ? GitHead.shortCommit(workDir) : Optional.empty());
        for (Map.Entry<ReportFormat, Path> e : outputs.entrySet()) {
            ReportFormat f = e.getKey();
            if (e.getValue() == null) {
                if (!report.files().isEmpty() || f != ReportFormat.TEXT) {
                    boolean colour = f == ReportFormat.TEXT && env.color(color);
                    f.write(report, ctx.withColor(colour), env.out());
                }
            } else {
                write(e.getValue(), f.render(report, ctx));
            }
        }
        if (verbose) {
            outcome.skipped().forEach(s -> env.err().println("canvas: skipped " + printable(String.valueOf(s))));
        } else {
            // a path that may hold a canvas is never passed over silently (unreadable ones are errors, below)
            outcome.report().skipped().stream().filter(s -> !s.unreadable())
                    .forEach(s -> env.err().println("canvas: skipped " + printable(String.valueOf(s))));
        }
        outcome.errors().forEach(e -> env.err().println("canvas: error: " + printable(e)));
        return exit;
    }

    /** The canvas on standard input, if '-' is among the paths: at most once, and named only if it is there. */
    private Optional<StdinCanvas> stdin() {
        long dashes = paths.stream().filter(StdinCanvas.ARG::equals).count();
        if (dashes > 1) {
            throw new CliException(ExitCodes.USAGE, "'-' (standard input) is given " + dashes
                    + " times; standard input holds one canvas, so give '-' once");
        }
        if (stdinFilename != null) {
            if (dashes == 0) {
                throw new CliException(ExitCodes.USAGE, "--stdin-filename names the canvas on standard input, but no path is"
                        + " '-'; add '-' to the paths, or drop --stdin-filename");
            }
            if (stdinFilename.isBlank()) {
                throw new CliException(ExitCodes.USAGE, "--stdin-filename is empty; give the canvas's path, e.g. "
                        + "--stdin-filename docs/production-canvas.md");
            }
            try {
                Path.of(stdinFilename);
            } catch (InvalidPathException e) {
                throw new CliException(ExitCodes.USAGE, "--stdin-filename '" + stdinFilename + "' is not a valid path: "
                        + e.getReason());
            }
        }
        return dashes == 0 ? Optional.empty() : Optional.of(new StdinCanvas(env.in(), Optional.ofNullable(stdinFilename)));
    }

    private boolean failOnWarning() {
        return failOn.equalsIgnoreCase("warning");
    }

    /** What the text report shows: --all, --quiet and --severity. */
    private TextReport.View view() {
        if (all && quiet) {
            throw new CliException(ExitCodes.USAGE, "--all and --quiet ask for opposite reports; give one of them");
        }
        Severity floor = switch (severity.toLowerCase(Locale.ROOT)) {
            case "blocker" -> Severity.BLOCKER;
            case "gap" -> Severity.GAP;
            case "warning" -> Severity.WARNING;
            default -> throw new CliException(ExitCodes.USAGE,
                    "--severity takes blocker, gap or warning, not '" + severity + "'");
        };
        return new TextReport.View(all ? TextReport.Detail.ALL : quiet ? TextReport.Detail.QUIET : TextReport.Detail.FOCUS, floor);
    }

    /** The lowest failing verdict (fix-gaps for warning: a go with warnings then fails), or null for never. */
    private Verdict threshold() {
        return switch (failOn.toLowerCase(Locale.ROOT)) {
            case "warning", "fix-gaps" -> Verdict.FIX_GAPS;
            case "do-not-deploy" -> Verdict.DO_NOT_DEPLOY;
            case "never" -> null;
            default -> throw new CliException(ExitCodes.USAGE,
                    "--fail-on takes warning, fix-gaps, do-not-deploy or never, not '" + failOn + "'");
        };
    }

    /** Each requested format and its file (null: standard output, or -o). Checked before any work is done. */
    private Map<ReportFormat, Path> outputs() {
        Map<ReportFormat, Path> out = new LinkedHashMap<>();
        List<String> requested = formats.isEmpty() ? List.of("text") : formats;
        int toStdout = 0;
        for (String spec : requested) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? spec : spec.substring(0, eq);
            ReportFormat f = ReportFormat.fromId(name).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                    "unknown --format '" + name + "'; use text, json, junit, sarif, github, markdown or html"));
            if (out.containsKey(f)) {
                throw new CliException(ExitCodes.USAGE, "--format " + name + " is given twice");
            }
            Path file = null;
            if (eq >= 0) {
                if (spec.substring(eq + 1).isBlank()) {
                    throw new CliException(ExitCodes.USAGE, "--format " + spec + " names no file; write " + name + "=FILE");
                }
                file = Path.of(spec.substring(eq + 1));
            } else if (output != null) {
                file = output;
            }
            if (eq < 0) {
                toStdout++;
            }
            String refusal = file == null ? null : AtomicFileWriter.refusal(file);
            if (refusal != null) {
                throw new CliException(ExitCodes.CANT_CREATE, file + ": cannot write the report: it is " + refusal
                        + "; a report replaces only a regular file (for standard output, leave out =FILE and -o)");
            }
            out.put(f, file);
        }
        if (toStdout > 1) {
            throw new CliException(ExitCodes.USAGE, output != null
                    ? "-o takes one report; give the others a file with --format FORMAT=FILE"
                    : "only one report can go to standard output; give the others a file with --format FORMAT=FILE");
        }
        return out;
    }

    /** Reports are generated files: asking for one is asking to replace it, atomically (its directory is created). */
    private static void write(Path file, String content) {
        try {
            new AtomicFileWriter().replace(file, content);
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, file + ": cannot write the report: " + InputProblem.describe(e));
        }
    }
}
