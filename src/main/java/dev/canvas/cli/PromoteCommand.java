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
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "promote", mixinStandardHelpOptions = true,
        description = {"Turns a POC canvas that passes its gate into a Production Canvas.",
                "The new canvas is pre-filled from what the POC already answered; every other field is empty.",
                "Refuses unless the POC canvas's verdict is 'build the POC'; never overwrites without --force."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 written; 1 fix gaps, 2 do not build: the POC canvas does not pass its gate",
                "  64 usage error, or POC is not a POC canvas; 65 unusable template, or one",
                "  of the wrong kind; 66 POC cannot be read; 70 internal error; 73 the output",
                "  exists (pass --force) or cannot be written; 78 invalid configuration"})
final class PromoteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "POC", description = "The POC canvas (.md or .yaml).")
    Path poc;

    @Option(names = {"-t", "--template"}, paramLabel = "FILE",
            description = "The POC template the POC canvas was filled in from (BMAD's poc-canvas-tmpl.yaml, legacy or v2 "
                    + "format); the POC is judged by it. Default: the bundled POC Canvas template.")
    Path template;

    @Option(names = "--production-template", paramLabel = "FILE",
            description = "The template of the Production Canvas to write. Default: the bundled Production Canvas template.")
    Path productionTemplate;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The Production Canvas to write (.md or .yaml); '-' for standard output.")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "md or yaml (default: from -o's extension, else md).")
    String format;

    @Option(names = "--force", description = "Replace an existing file (atomically), and a different schema beside a YAML one.")
    boolean force;

    @Mixin
    ConfigOption config;

    private final Main.Env env;

    PromoteCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CanvasDefinition pocDef = load(template, "poc", "-t", "the POC template the POC canvas was filled in from");
        CanvasDefinition prodDef = load(productionTemplate, "production", "--production-template",
                "the template of the Production Canvas to write");
        SourceText src;
        try {
            src = SourceText.read(poc, SourceText.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_INPUT, poc + ": " + InputProblem.describe(e));
        }
        // the production template too, so that a Production Canvas given by mistake is told as one
        CanvasChecker checker = new CanvasChecker(List.of(pocDef, prodDef), config.load(poc.toAbsolutePath().getParent()),
                new CheckOptions(SourceText.DEFAULT_MAX_BYTES, config.today()));
        if (src.problem().isEmpty() && checker.definitionFor(poc.toString(), src.text()) != pocDef) {
            throw new CliException(ExitCodes.USAGE, poc + ": this is a Production Canvas, not a POC canvas; promote the POC "
                    + "canvas it came from, or check this one with 'canvas check " + poc + "'");
        }
        FileResult result = checker.check(src, poc.toString());
        if (result.decision().verdict() != Verdict.GO) {
            env.err().println("canvas: error: " + printable(poc + ": the POC canvas does not pass its gate ("
                    + result.decision().label() + ": " + result.decision().reason()
                    + "); fix what 'canvas check " + poc + (template == null ? "" : " --template " + template)
                    + "' lists, then promote it"));
            return ExitCodes.of(result.decision().verdict());
        }
        ParsedCanvas parsed = checker.parse(poc.toString(), src.text(), CanvasChecker.formatOf(poc.toString(), src.text()));
        Promotion p = Promotion.of(parsed.document(), pocDef, prodDef);
        String project = parsed.metadata().map(t -> t.data() instanceof Map<?, ?> m && m.get("project") != null
                ? String.valueOf(m.get("project")) : "").orElse("").replaceFirst("\\s*\\(POC\\)\\s*$", "");
        boolean yaml = format != null ? format.toLowerCase(Locale.ROOT).startsWith("y")
                : output.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
        String schemaName = SchemaBeside.name(prodDef);
        String content = yaml ? CanvasScaffold.yaml(prodDef, schemaName, project, p.answers(), p.prerequisites())
                : CanvasScaffold.markdown(prodDef, project, p.answers(), p.prerequisites());
        if ("-".equals(output)) {
            env.out().print(content);
            return ExitCodes.GO;
        }
        Path target = Path.of(output);
        try {
            new AtomicFileWriter().write(target, content, force);
        } catch (OutputExistsException e) {
            throw new CliException(ExitCodes.CANT_CREATE, output + ": already exists; pass --force to replace it, or -o another file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, output + ": cannot write: " + InputProblem.describe(e));
        }
        env.out().println("wrote " + output + ": " + p.answers().size() + " of " + prodDef.fields().size()
                + " production fields pre-filled from " + poc + " (" + (yaml ? SourceFormat.YAML : SourceFormat.MARKDOWN).id() + ")");
        if (yaml) {
            SchemaBeside.write(prodDef, target, schemaName, force, env);
        }
        env.out().println("next: canvas check " + output + (productionTemplate == null ? "" : " --template " + productionTemplate)
                + " lists what the POC could not answer");
        return ExitCodes.GO;
    }

    /** A template of {@code kind} (a template of another kind is refused, naming the option), else the bundled one. */
    private static CanvasDefinition load(Path file, String kind, String option, String what) {
        CanvasDefinition def = TemplateOption.load(file, kind);
        if (!def.kind().equals(kind)) {
            throw new CliException(ExitCodes.TEMPLATE, file + ": is a " + word(def.kind()) + " template, not a " + word(kind) + " one; "
                    + option + " names " + what + " (a template's kind is its 'kind:' key, else 'poc' when its name "
                    + "says POC, else 'production')");
        }
        return def;
    }

    private static String word(String kind) {
        return kind.equals("poc") ? "POC" : kind;
    }
}
