package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;
import dev.canvas.model.RuleInfo;
import dev.canvas.rules.RuleSet;
import dev.canvas.text.Json;
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
        switch (format) {
            case json -> env.out().print(Json.write(g -> {
                g.writeStartArray();
                for (RuleInfo r : rules) {
                    g.writeStartObject();
                    g.writeStringField("id", r.id());
                    g.writeStringField("severity", r.severity().id());
                    g.writeStringField("summary", r.summary());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }));
            case markdown -> {
                env.out().println("| rule | severity | what it checks |");
                env.out().println("|---|---|---|");
                rules.forEach(r -> env.out().println("| `" + printable(r.id()) + "` | " + r.severity().id() + " | " + printable(r.summary()) + " |"));
            }
            default -> {
                int w = rules.stream().mapToInt(r -> r.id().length()).max().orElse(4);
                for (RuleInfo r : rules) {
                    env.out().printf("%-" + w + "s  %-7s  %s%n", printable(r.id()), r.severity().id(), printable(r.summary()));
                }
            }
        }
        return ExitCodes.GO;
    }
}
