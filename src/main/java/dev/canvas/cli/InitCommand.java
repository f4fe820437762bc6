package dev.canvas.cli;

import dev.canvas.config.ConfigLoader;
import dev.canvas.config.StarterConfig;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.ChecklistKind;
import dev.canvas.scaffold.AtomicFileWriter;
import dev.canvas.scaffold.CanvasScaffold;
import dev.canvas.scaffold.OutputExistsException;
import dev.canvas.text.InputProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a new, empty canvas from the template.",
                "'canvas check' then guides it to completion.",
                "Never overwrites an existing file unless --force is given (then the file is replaced atomically)."})
final class InitCommand implements Callable<Integer> {

    enum Format { md, yaml }

    @Mixin
    TemplateOption template;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "md or yaml (default: from the -o file's extension, else md).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it; '-' for standard output (default: <kind>-canvas.md or .yaml).")
    String output;

    @Option(names = "--force", description = "Replace an existing file (atomically: temporary file, then rename).")
    boolean force;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "production",
            description = "production (default) or poc: which bundled template to start from (ignored with --template).")
    String kind;

    @Option(names = "--config", description = "Write a commented starter configuration (.canvas.yaml) instead of a canvas:"
            + " every key, with examples to uncomment. Default -o: .canvas.yaml.")
    boolean config;

    @Spec
    CommandSpec spec;

    private final Main.Env env;

    InitCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (config) {
            return writeConfig();
        }
        CanvasDefinition def = template.load(kind);
        Format fmt = format != null ? format
                : output != null && output.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml") ? Format.yaml : Format.md;
        String base = def.kind() + "-canvas";
        String schemaName = SchemaBeside.name(def);
        String content = fmt == Format.md ? CanvasScaffold.markdown(def) : CanvasScaffold.yaml(def, schemaName);
        if ("-".equals(output)) {
            env.out().print(content);
            return ExitCodes.GO;
        }
        Path target = Path.of(output != null ? output : base + (fmt == Format.md ? ".md" : ".yaml"));
        AtomicFileWriter writer = new AtomicFileWriter();
        try {
            writer.write(target, content, force);
        } catch (OutputExistsException e) {
            throw new CliException(ExitCodes.CANT_CREATE, target + ": already exists; pass --force to replace it, or -o another file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, target + ": cannot write: " + InputProblem.describe(e));
        }
        int boxes = def.checklists().stream().filter(c -> c.kind() != ChecklistKind.READINESS).mapToInt(c -> c.items().size()).sum();
        String readiness = def.checklists().stream().filter(c -> c.kind() == ChecklistKind.READINESS).findFirst()
                .map(c -> ", a " + c.items().size() + "-item readiness checklist and "
                        + def.readiness().map(r -> r.signoffs().size()).orElse(0) + " sign-offs").orElse("");
        env.out().println("wrote " + target + ": " + def.squares().size() + " squares, " + def.fields().size()
                + " questions, " + boxes + " boxes" + readiness);
        if (fmt == Format.yaml) {
            SchemaBeside.write(def, target, schemaName, force, env);
        }
        env.out().println("next: fill it in, then run: canvas check " + target
                + (template.template == null ? "" : " --template " + template.template));
        return ExitCodes.GO;
    }

    /** {@code --config}: the starter .canvas.yaml, never over an existing file without --force. */
    private int writeConfig() {
        for (String option : List.of("--kind", "--format", "--template")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new CliException(ExitCodes.USAGE, "init --config writes a configuration, not a canvas: " + option
                        + " does not apply; drop it");
            }
        }
        String content = StarterConfig.text();
        if ("-".equals(output)) {
            env.out().print(content);
            return ExitCodes.GO;
        }
        Path target = Path.of(output != null ? output : ConfigLoader.FILE_NAME);
        try {
            new AtomicFileWriter().write(target, content, force);
        } catch (OutputExistsException e) {
            throw new CliException(ExitCodes.CANT_CREATE, target + ": already exists; pass --force to replace it, or -o another file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, target + ": cannot write: " + InputProblem.describe(e));
        }
        env.out().println("wrote " + target + ": a starter configuration; as written it changes nothing (the built-in rules)");
        env.out().println("next: uncomment the examples you want, then see what is in force: canvas config");
        return ExitCodes.GO;
    }
}
