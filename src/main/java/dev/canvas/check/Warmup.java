package dev.canvas.check;

import dev.canvas.rules.RuleSet;
import dev.canvas.template.BundledDefinitions;
import java.util.List;
import java.util.Locale;

/**
 * Prepares, on a second core, what a {@code canvas check} with the bundled template will need, while the main
 * thread starts up and reads its command line (picocli builds its model by reflection: a fifth of a one-file
 * check): the Production Canvas definition with its parsers and schema check, the built-in rule set, and, when
 * the run may check Markdown, the Markdown parser, by reading a small canvas (its first use loads and initialises
 * commonmark). The main thread takes each of them when it gets there, waiting if it is still being made, never
 * making it twice.
 *
 * <p>Nothing here is required: on one core, or when the warm-up fails, the check makes the same things itself
 * (and reports any failure there).
 */
public final class Warmup {

    /** A canvas in Markdown with what the parser meets first: front matter, headings, a question, boxes. */
    private static final String MARKDOWN = """
            ---
            canvas: production
            ---
            # Production Canvas

            ## PHASE 1: PRODUCT AND SCALE PLANNING

            ### Square 1: Business Case & Scale Planning

            **What did the POC prove?**

            It proved *this*, with `numbers`: [a link](x.md) & more.

            - [x] POC canvas completed (8 squares)
            - [ ] Built and tested with real users
            """;

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
        List<String> paths = args.stream().filter(a -> !a.startsWith("-")).toList();
        boolean yaml = paths.stream().anyMatch(Warmup::mayBeYaml);
        boolean markdown = paths.stream().anyMatch(Warmup::mayBeMarkdown);
        Thread t = new Thread(() -> run(yaml, markdown), "canvas-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run(boolean yaml, boolean markdown) {
        try {
            BundledDefinitions.of("production").ifPresent(d -> {
                Pipeline p = Pipeline.of(d);
                if (yaml) {
                    p.schema().get();
                }
                RuleSet.builtInSpecs();
                if (markdown) {
                    p.markdown().parse("warm-up.md", MARKDOWN);
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

    /** Whether a command-line word may name Markdown canvases: anything but a YAML file or glob. */
    static boolean mayBeMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return !(p.endsWith(".yaml") || p.endsWith(".yml"));
    }
}
