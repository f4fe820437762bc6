package dev.canvas.cli;

import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CanvasFinder;
import dev.canvas.check.CheckOptions;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.report.JsonReport;
import dev.canvas.report.TextReport;
import dev.canvas.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        footer = {"  0 go, 1 fix-gaps, 2 do-not-deploy (for several canvases, the worst)",
                "  64 usage error, 65 unusable template, 66 path not found or directory without canvases"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Canvas files (.md, .yaml) or directories to search for canvases.")
    List<String> paths;

    @Mixin
    TemplateOption template;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (a terminal without NO_COLOR), always, never.")
    String color;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest canvas read, in bytes (default: ${DEFAULT-VALUE}, 10 MiB); larger files are do-not-deploy.")
    long maxFileSize;

    private final Main.Env env;

    CheckCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!Set.of("auto", "always", "never").contains(color)) {
            throw new CliException(ExitCodes.USAGE, "--color takes auto, always or never, not '" + color + "'");
        }
        if (maxFileSize <= 0) {
            throw new CliException(ExitCodes.USAGE, "--max-file-size must be a positive number of bytes");
        }
        CanvasDefinition def = template.load();
        CanvasChecker checker = new CanvasChecker(def, RuleSet.builtIn(), new CheckOptions(maxFileSize));
        CanvasFinder.Resolution res = CanvasFinder.resolve(paths);
        List<String> errors = new ArrayList<>(res.errors());
        List<FileResult> results = new ArrayList<>();
        Set<String> originsWithCanvas = new HashSet<>();
        for (CanvasFinder.Target t : res.targets()) {
            var r = t.explicit() ? java.util.Optional.of(checker.check(t.path(), t.display()))
                    : checker.checkIfCanvas(t.path(), t.display());
            r.ifPresent(x -> {
                results.add(x);
                originsWithCanvas.add(t.origin());
            });
        }
        for (String p : paths) {
            if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(p)) && !originsWithCanvas.contains(p)) {
                errors.add(p + ": no canvas found in this directory (looked for .md/.yaml files with 'canvas:' or 'Square N:' headings)");
            }
        }
        CheckReport report = new CheckReport(def.name() + " (" + def.source() + ")", results);
        if (!results.isEmpty() || format == Format.json) {
            env.out().print(format == Format.json ? JsonReport.render(report) : TextReport.render(report, env.color(color)));
        }
        for (String e : errors) {
            env.err().println("canvas: error: " + e);
        }
        return errors.isEmpty() ? ExitCodes.of(report.verdict()) : ExitCodes.NO_INPUT;
    }
}
