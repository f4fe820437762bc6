package dev.canvas.cli;

import dev.canvas.scaffold.AtomicFileWriter;
import dev.canvas.scaffold.OutputExistsException;
import dev.canvas.schema.CanvasSchema;
import dev.canvas.text.InputProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft-07) of the YAML canvas format, derived from the template.")
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    TemplateOption template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write it to FILE instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    private final Main.Env env;

    SchemaCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String json = CanvasSchema.of(template.load()).json();
        if (output == null) {
            env.out().print(json);
            return ExitCodes.GO;
        }
        try {
            new AtomicFileWriter().write(output, json, force);
        } catch (OutputExistsException e) {
            throw new CliException(ExitCodes.CANT_CREATE, output + ": already exists; pass --force to replace it");
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, output + ": cannot write: " + InputProblem.describe(e));
        }
        return ExitCodes.GO;
    }
}
