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
 * check): the Production Canvas definition with its parsers and (for YAML) its schema check, and the built-in rule
 * set of today. The main thread takes each of them when it gets there, waiting if it is still being made, never
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
            "--fail-on", "--color", "--max-file-size", "--config", "--today", "--checklist");

    /**
     * Starts the warm-up for the arguments of a {@code canvas check} command line (what follows {@code check}),
     * unless the machine has a single core or the command line names its own template.
     */
    public static void forCheck(List<String> args) {
        if (Runtime.getRuntime().availableProcessors() < 2
                || args.stream().anyMatch(a -> a.startsWith("-t") || a.startsWith("--template"))) {
            return;
        }
        List<String> paths = paths(args);
        boolean yaml = paths.stream().anyMatch(Warmup::mayBeYaml);
        Thread t = new Thread(() -> run(yaml), "canvas-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run(boolean yaml) {
        try {
            BundledDefinitions.of("production").ifPresent(d -> {
                Pipeline p = Pipeline.of(d);
                if (yaml) {
                    p.schema().get();
                }
                RuleSet.of(RuleSet.builtInSpecs(), LocalDate.now()); // the built-in rule set of today, shared
            });
        } catch (RuntimeException | StackOverflowError e) {
            // the check makes the same things and reports the failure where it belongs
        }
    }

    /** The words of the arguments that name paths: neither options nor their values. */
    static List<String> paths(List<String> args) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                out.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("-")) {
                if (VALUE_OPTIONS.contains(a)) {
                    i++; // its value
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether a command-line word may name YAML canvases: anything but a Markdown file or glob. */
    static boolean mayBeYaml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return !(p.endsWith(".md") || p.endsWith(".markdown"));
    }
}
