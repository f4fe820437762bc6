package dev.canvas.cli;

import dev.canvas.model.RuleInfo;
import dev.canvas.rules.RuleSet;
import dev.canvas.report.RulesReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists every rule: id, severity and what it checks.",
                "With a configuration (--config, or .canvas.yaml above the current directory) its changes are applied."})
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or markdown (the README's rules table).")
    Format format;

    @Mixin
    ConfigOption config;

    private final Main.Env env;

    RulesCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<RuleInfo> rules = RuleSet.of(config.load(Path.of("")).specs(), config.today()).catalog();
        env.out().print(switch (format) {
            case json -> RulesReport.json(rules);
            case markdown -> RulesReport.markdown(rules);
            default -> RulesReport.text(rules);
        });
        return ExitCodes.GO;
    }
}
