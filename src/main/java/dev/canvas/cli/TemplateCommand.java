package dev.canvas.cli;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.template.TemplateLint;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true, description = "Works with canvas templates.",
        subcommands = {TemplateCommand.Lint.class})
final class TemplateCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: lint");
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Reports what in a template (BMAD legacy or v2 format) canvas cannot use, at file:line.",
                    "Errors (exit 65): not YAML, no squares, duplicate field ids, unbalanced {{placeholders}}.",
                    "Warnings (exit 0): what makes canvases written from it hard to check."})
    static final class Lint implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The template to lint.")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            TemplateLint.Result r = TemplateLint.lint(file);
            r.problems().forEach(p -> out.println(p));
            if (r.definition().isPresent()) {
                CanvasDefinition d = r.definition().get();
                out.println(file + ": " + (r.problems().isEmpty() ? "ok" : r.problems().size() + " warning"
                        + (r.problems().size() == 1 ? "" : "s")) + ": " + d.kind() + " canvas, " + d.phases().size() + " phases, "
                        + d.squares().size() + " squares, " + d.fields().size() + " questions, "
                        + d.checklists().stream().mapToInt(c -> c.items().size()).sum() + " checklist items");
            }
            return r.hasErrors() ? ExitCodes.TEMPLATE : ExitCodes.GO;
        }
    }
}
