package dev.canvas.check;

import dev.canvas.template.BundledDefinitions;
import java.util.List;
import java.util.Locale;

/**
 * Prepares, on a second core, what a {@code canvas check} with the bundled template will need, while the main
 * thread starts up, reads its command line and its rule set: the Production Canvas definition and, when the run
 * may check YAML, its schema validator (a JSON Schema library's first use, the longest part of a one-file check's
 * start-up). The main thread takes each of them when it gets there, waiting if it is still being made, never
 * making it twice.
 *
 * <p>Nothing here is required: on one core, or when the warm-up fails, the check makes the same things itself
 * (and reports any failure there). On a one-file check this takes a fifth off the wall time (README, Performance).
 */
public final class Warmup {

    private Warmup() {
    }

    /**
     * Starts the warm-up for a {@code canvas check} command line, unless the machine has a single core or the
     * command line names its own template.
     */
    public static void forCheck(List<String> args) {
        if (Runtime.getRuntime().availableProcessors() < 2
                || args.stream().anyMatch(a -> a.startsWith("-t") || a.startsWith("--template"))) {
            return;
        }
        boolean yaml = args.stream().filter(a -> !a.startsWith("-")).anyMatch(Warmup::mayBeYaml);
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
            });
        } catch (RuntimeException | StackOverflowError e) {
            // the check makes the same things and reports the failure where it belongs
        }
    }

    /** Whether a command-line word may name YAML canvases: anything but a Markdown file or glob. */
    static boolean mayBeYaml(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return !(p.endsWith(".md") || p.endsWith(".markdown"));
    }
}
