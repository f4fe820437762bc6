package dev.canvas.cli;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.ChecklistKind;
import dev.canvas.scaffold.AtomicFileWriter;
import dev.canvas.scaffold.CanvasScaffold;
import dev.canvas.scaffold.OutputExistsException;
import dev.canvas.text.InputProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    private final Main.Env env;

    InitCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
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
}
