package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;
import dev.canvas.config.CanvasConfig;
import dev.canvas.config.ConfigYaml;
import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Prints the effective configuration and where each value came from.",
                "That is --config, else the repository root's .canvas.yaml (or the built-in rules) extended by the nested"
                        + " ones down to PATH (default: the current directory)."})
final class ConfigCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A canvas or directory whose configuration to show.")
    Path path;

    @Option(names = "--print", description = "Print it as a .canvas.yaml (YAML) that gives the same rules when read back,"
            + " to paste into the repository root's .canvas.yaml or pass with --config.")
    boolean print;

    @Mixin
    ConfigOption config;

    private final Main.Env env;

    ConfigCommand(Main.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Path p = path == null ? Path.of("") : path;
        Path dir = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
        CanvasConfig c = config.load(dir == null ? Path.of("") : dir);
        if (print) {
            env.out().print(ConfigYaml.write(c, List.of(
                    "The configuration in force for " + (path == null ? "the current directory" : path) + ", from "
                            + c.source().orElse("the built-in rules") + " ('canvas config --print', canvas " + Main.Version.version() + ").",
                    "Read as the repository root's .canvas.yaml (or with --config), it gives the same rules.",
                    "Built-in parameters are shown as comments; 'canvas explain RULE' says what each does.")));
            return ExitCodes.GO;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("configuration: ").append(printable(c.source().orElse("(none: built-in rules)"))).append('\n');
        sb.append("today: ").append(config.today()).append("\n\nrules:\n");
        for (RuleSpec s : c.specs()) {
            sb.append("  ").append(printable(s.id())).append(": ").append(s.severity().id());
            s.effectiveFrom().ifPresent(d -> sb.append(" from ").append(d));
            sb.append("   [").append(printable(String.valueOf(s.origin()))).append("]\n");
            s.params().forEach((k, v) -> {
                if (!k.equals("locked")) {
                    sb.append("      ").append(printable(k)).append(": ").append(printable(String.valueOf(v))).append('\n');
                }
            });
        }
        for (String d : c.disabled()) {
            sb.append("  ").append(printable(d).replaceFirst(" \\((.*)\\)$", ": off   [$1]")).append('\n');
        }
        if (!c.waivers().isEmpty()) {
            sb.append("\nwaivers:\n");
            for (Waiver w : c.waivers()) {
                sb.append("  ").append(printable(w.rule())).append(w.target().isEmpty() ? "" : " (" + printable(w.target()) + ")")
                        .append(": ").append(printable(w.reason())).append("; approved by ")
                        .append(w.approver().isEmpty() ? "(nobody)" : printable(w.approver()))
                        .append("; expires ").append(w.expires().map(Object::toString).orElse("(never given)"))
                        .append("   [").append(printable(w.location().toString())).append("]\n");
            }
        }
        env.out().print(sb);
        return ExitCodes.GO;
    }
}
