package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;
import dev.canvas.model.RuleInfo;
import dev.canvas.rules.RuleSet;
import dev.canvas.rules.RuleSpec;
import dev.canvas.text.MatchText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints a rule's documentation, with an answer that passes it and one that fails it.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE-ID", description = "A rule id, as 'canvas rules' lists them.")
    String id;

    @Mixin
    ConfigOption config;

    private final Main.Env env;

    ExplainCommand(Main.Env env) {
        this.env = env;
    }

    /** " (did you mean 'x'?)" for the rule id nearest the one typed (at most 3 edits away), or nothing. */
    private String closest(RuleSet rules) {
        String best = null;
        int bestDistance = 4;
        for (RuleInfo r : rules.catalog()) {
            int d = MatchText.distance(id, r.id(), 3);
            if (d < bestDistance) {
                best = r.id();
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    @Override
    public Integer call() {
        RuleSet rules = RuleSet.of(config.load(Path.of("")).specs(), config.today());
        RuleSpec s = rules.spec(id).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "no rule '" + id + "'" + closest(rules) + "; 'canvas rules' lists them"));
        StringBuilder sb = new StringBuilder();
        sb.append(printable(s.id())).append(" (").append(s.severity().id()).append(")\n");
        sb.append("  ").append(printable(s.summary())).append("\n\n");
        if (!s.doc().explanation().isEmpty()) {
            sb.append(indent(s.doc().explanation())).append("\n\n");
        }
        if (!s.doc().passing().isEmpty()) {
            sb.append("Passes:\n").append(indent(s.doc().passing())).append("\n\n");
        }
        if (!s.doc().failing().isEmpty()) {
            sb.append("Fails:\n").append(indent(s.doc().failing())).append("\n\n");
        }
        sb.append("Kind: ").append(s.kind()).append("; settings from: ").append(printable(String.valueOf(s.origin())));
        if (s.effectiveFrom().isPresent()) {
            sb.append("; effective from ").append(s.effectiveFrom().get());
        }
        if (!s.params().isEmpty()) {
            sb.append("\nParameters: ").append(printable(String.valueOf(s.params())));
        }
        env.out().println(sb);
        return ExitCodes.GO;
    }

    private static String indent(String text) {
        return "  " + text.strip().lines().map(l -> printable(l)).collect(java.util.stream.Collectors.joining("\n  "));
    }
}
