package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;

import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CheckOptions;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.FileResult;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Verdict;
import dev.canvas.parse.ParsedCanvas;
import dev.canvas.scaffold.AtomicFileWriter;
import dev.canvas.scaffold.CanvasScaffold;
import dev.canvas.scaffold.OutputExistsException;
import dev.canvas.scaffold.Promotion;
import dev.canvas.text.InputProblem;
import dev.canvas.text.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "promote", mixinStandardHelpOptions = true,
        description = {"Turns a POC canvas that passes its gate into a Production Canvas.",
                "The new canvas is pre-filled from what the POC already answered; every other field is empty.",
                "Refuses unless the POC canvas's verdict is 'build the POC'; never overwrites without --force."})
final class PromoteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "POC", description = "The POC canvas (.md or .yaml).")
    Path poc;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The Production Canvas to write (.md or .yaml); '-' for standard output.")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "md or yaml (default: from -o's extension, else md).")
    String format;

    @Option(names = "--force", description = "Replace an existing file (atomically).")
    boolean force;

    @Mixin
    ConfigOption config;

    private final Main.Env env;

    PromoteCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CanvasDefinition pocDef = TemplateOption.bundled("poc");
        CanvasDefinition prodDef = TemplateOption.bundled("production");
        SourceText src;
        try {
            src = SourceText.read(poc, SourceText.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_INPUT, poc + ": " + InputProblem.describe(e));
        }
        CanvasChecker checker = new CanvasChecker(List.of(pocDef), config.load(poc.toAbsolutePath().getParent()),
                new CheckOptions(SourceText.DEFAULT_MAX_BYTES, config.today()));
        FileResult result = checker.check(src, poc.toString());
        if (result.decision().verdict() != Verdict.GO) {
            env.err().println("canvas: error: " + printable(poc + ": the POC canvas does not pass its gate ("
                    + result.decision().label() + ": " + result.decision().reason()
                    + "); fix what 'canvas check " + poc + "' lists, then promote it"));
            return ExitCodes.of(result.decision().verdict());
        }
        ParsedCanvas parsed = checker.parse(poc.toString(), src.text(), CanvasChecker.formatOf(poc.toString(), src.text()));
        Promotion p = Promotion.of(parsed.document(), pocDef, prodDef);
        String project = parsed.metadata().map(t -> t.data() instanceof java.util.Map<?, ?> m && m.get("project") != null
                ? String.valueOf(m.get("project")) : "").orElse("").replaceFirst("\\s*\\(POC\\)\\s*$", "");
        boolean yaml = format != null ? format.toLowerCase(Locale.ROOT).startsWith("y")
                : output.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
        String content = yaml ? CanvasScaffold.yaml(prodDef, "production-canvas.schema.json", project, p.answers(), p.prerequisites())
                : CanvasScaffold.markdown(prodDef, project, p.answers(), p.prerequisites());
        if ("-".equals(output)) {
            env.out().print(content);
            return ExitCodes.GO;
        }
        try {
            new AtomicFileWriter().write(Path.of(output), content, force);
        } catch (OutputExistsException e) {
            throw new CliException(ExitCodes.CANT_CREATE, output + ": already exists; pass --force to replace it, or -o another file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, output + ": cannot write: " + InputProblem.describe(e));
        }
        env.out().println("wrote " + output + ": " + p.answers().size() + " of " + prodDef.fields().size()
                + " production fields pre-filled from " + poc + " (" + (yaml ? SourceFormat.YAML : SourceFormat.MARKDOWN).id() + ")");
        env.out().println("next: canvas check " + output + " lists what the POC could not answer");
        return ExitCodes.GO;
    }
}
