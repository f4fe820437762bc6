package dev.canvas.cli;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.template.TemplateException;
import dev.canvas.template.TemplateLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --template FILE}, shared by every command that needs a canvas definition. */
final class TemplateOption {

    @Option(names = {"-t", "--template"}, paramLabel = "FILE",
            description = "BMAD template (legacy format) defining the canvas. Default: the bundled Production Canvas template.")
    Path template;

    CanvasDefinition load() {
        try {
            return template == null ? TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION) : TemplateLoader.load(template);
        } catch (TemplateException e) {
            throw new CliException(ExitCodes.TEMPLATE, e.location() + ": " + e.getMessage() + "; " + e.fix());
        }
    }
}
