package dev.canvas.cli;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.template.TemplateException;
import dev.canvas.template.TemplateLoader;
import dev.canvas.template.BundledDefinitions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --template FILE}, shared by every command that needs a canvas definition. */
final class TemplateOption {

    @Option(names = {"-t", "--template"}, paramLabel = "FILE",
            description = "BMAD template (legacy or v2 format) defining the canvas. Default: the bundled template of each canvas's kind.")
    Path template;

    /** The --template's definition, else the bundled template of a kind (production with its readiness checklist). */
    CanvasDefinition load(String kind) {
        return load(template, kind);
    }

    /** The definition of {@code template}, else (null) the bundled template of a kind; as {@link #load(String)}. */
    static CanvasDefinition load(Path template, String kind) {
        try {
            if (template != null) {
                return BundledDefinitions.withReadinessChecklist(TemplateLoader.load(template));
            }
            return bundled(kind);
        } catch (TemplateException e) {
            throw new CliException(ExitCodes.TEMPLATE, e.oneLine());
        }
    }

    CanvasDefinition load() {
        return load("production");
    }

    /** The definitions canvases are checked against: the --template, else every bundled kind (production first). */
    List<CanvasDefinition> loadAll() {
        if (template != null) {
            return List.of(load());
        }
        return List.of(load("production"), load("poc"));
    }

    static CanvasDefinition bundled(String kind) {
        return BundledDefinitions.of(kind).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "no bundled template of kind '" + kind + "'; use " + String.join(" or ", BundledDefinitions.KINDS)));
    }
}
