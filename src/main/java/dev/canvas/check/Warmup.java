package dev.canvas.check;

import dev.canvas.rules.RuleSet;
import dev.canvas.template.BundledDefinitions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prepares, on a second core, what a {@code canvas check} with the bundled template will need, while the main
 * thread starts up and reads its command line (picocli builds its model by reflection: a fifth of a one-file
 * check): the Production Canvas definition with its parsers and (for YAML) its schema check, and, unless the
 * command line names a configuration, the built-in rule set of the day it judges by ({@code --today}, else today:
 * a set made for another day would only hold the check up). The main thread takes each of them when it gets there, waiting if it is still being made, never
 * making it twice. (Reading a small Markdown canvas here, to load commonmark ahead, was measured: no faster.)
 *
 * <p>Nothing here is required: on one core, or when the warm-up fails, the check makes the same things itself
 * (and reports any failure there).
 */
public final class Warmup {

    private Warmup() {
    }

    /**
     * The options of {@code canvas check} that take a value in the next word (when not written {@code --opt=value}):
     * kept in step with CheckCommand by a test.
     */
    public static final Set<String> VALUE_OPTIONS = Set.of("-t", "--template", "-f", "--format", "-o", "--output",
            "--fail-on", "--color", "--max-file-size", "--config", "--today", "--checklist", "--severity",
            "--max-warnings");

    /**
     * Starts the warm-up for the arguments of a {@code canvas check} command line (what follows {@code check}),
     * unless the machine has a single core or the command line names its own template.
     */
    public static void forCheck(List<String> args) {
        Plan plan = plan(args);
        if (Runtime.getRuntime().availableProcessors() < 2 || plan.ownTemplate()) {
            return;
        }
        Thread t = new Thread(() -> run(plan), "canvas-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run(Plan plan) {
        try {
            BundledDefinitions.of("production").ifPresent(d -> {
                Pipeline p = Pipeline.of(d);
                if (plan.paths().stream().anyMatch(Warmup::mayBeYaml)) {
                    p.schema().get();
                }
                if (!plan.ownConfig()) {
                    // the built-in rule set of the day the check judges by (RuleSet keeps one, for one day)
                    RuleSet.of(RuleSet.builtInSpecs(), plan.today());
                }
            });
        } catch (Throwable e) {
            // nothing here is required: the check makes the same things and reports any failure where it belongs
        }
    }

    /**
     * What a check command line asks for, as far as the warm-up needs to know: the words that name paths, whether
     * it names its own template or configuration (whose rule set the check makes itself), and the day it judges by.
     */
    record Plan(List<String> paths, boolean ownTemplate, boolean ownConfig, LocalDate today) {
    }

    /**
     * Reads a check command line as picocli does, enough for {@link Plan}: {@code --opt value}, {@code --opt=value},
     * short options clustered ({@code -vt FILE}, {@code -tFILE}), and everything after {@code --} as paths.
     */
    static Plan plan(List<String> args) {
        List<String> paths = new java.util.ArrayList<>();
        boolean template = false;
        boolean config = false;
        String today = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                paths.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                paths.add(a);
                continue;
            }
            String name = null;
            String value = null;
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                name = eq < 0 ? a : a.substring(0, eq);
                if (eq >= 0) {
                    value = a.substring(eq + 1);
                } else if (VALUE_OPTIONS.contains(name) && i + 1 < args.size()) {
                    value = args.get(++i);
                }
            } else {
                for (int k = 1; k < a.length() && name == null; k++) {
                    String o = "-" + a.charAt(k);
                    if (VALUE_OPTIONS.contains(o)) { // the last of a cluster: its value follows, attached or next
                        name = o;
                        String rest = a.substring(k + 1);
                        value = !rest.isEmpty() ? rest.substring(rest.startsWith("=") ? 1 : 0)
                                : i + 1 < args.size() ? args.get(++i) : null;
                    }
                }
            }
            if (name != null) {
                switch (name) {
                    case "-t", "--template" -> template = true;
                    case "--config" -> config = true;
                    case "--today" -> today = value;
                    default -> {
                    }
                }
            }
        }
        return new Plan(paths, template, config, day(today));
    }

    /** The day of {@code --today}, else today (a value that is no date is the check's to report). */
    private static LocalDate day(String today) {
        if (today != null) {
            try {
                return LocalDate.parse(today);
            } catch (java.time.format.DateTimeParseException e) {
                // the check stops with a usage error; the warm-up has nothing to prepare for it
            }
        }
        return LocalDate.now();
    }

    /** Whether a command-line word may name YAML canvases: anything but a Markdown file or glob. */
    static boolean mayBeYaml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return !(p.endsWith(".md") || p.endsWith(".markdown"));
    }
}
