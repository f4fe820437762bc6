import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two builds of canvas compared in one JVM: each file is checked by build A and build B in turn (the order swapping
 * from file to file), so that whatever else the machine is doing slows both alike. On a shared machine, where whole
 * runs drift by 30%, this is the measure that tells a 5% change. Run with the launcher's JIT mode:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC bench/src/AB.java OLD.jar NEW.jar DIR [ITERATIONS] [parse|check]
 * </pre>
 *
 * DIR holds canvases (e.g. from {@code bench/run.sh --generate-only}); {@code parse} times reading them into a
 * document, {@code check} (the default) reading and checking them (schema, rules, verdict). Prints the time per file
 * of each build per iteration, and B/A from the third iteration on (the first two are JIT warm-up).
 */
public final class AB {

    private static final class Build {
        private final Object checker;
        private final Method parse;
        private final Method check;
        private final Object yaml;
        private final Object markdown;

        Build(String jar) throws Exception {
            URLClassLoader l = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Method of = l.loadClass("dev.canvas.template.BundledDefinitions").getMethod("of", String.class);
            Object production = ((Optional<?>) of.invoke(null, "production")).orElseThrow();
            Object poc = ((Optional<?>) of.invoke(null, "poc")).orElseThrow();
            Object config = l.loadClass("dev.canvas.config.ConfigLoader").getMethod("builtIn").invoke(null);
            Class<?> options = l.loadClass("dev.canvas.check.CheckOptions");
            Object opts = options.getConstructor(long.class, LocalDate.class, Optional.class)
                    .newInstance(10L << 20, LocalDate.of(2026, 12, 1), Optional.empty());
            Class<?> checkerClass = l.loadClass("dev.canvas.check.CanvasChecker");
            Constructor<?> k = checkerClass.getConstructor(List.class, l.loadClass("dev.canvas.config.CanvasConfig"), options);
            checker = k.newInstance(List.of(production, poc), config, opts);
            Class<?> format = l.loadClass("dev.canvas.model.SourceFormat");
            yaml = format.getField("YAML").get(null);
            markdown = format.getField("MARKDOWN").get(null);
            parse = checkerClass.getMethod("parse", String.class, String.class, format);
            check = checkerClass.getMethod("check", l.loadClass("dev.canvas.parse.ParsedCanvas"));
        }

        long time(String name, String text, boolean full) throws Exception {
            Object f = name.endsWith(".md") || name.endsWith(".markdown") ? markdown : yaml;
            long t0 = System.nanoTime();
            Object parsed = parse.invoke(checker, name, text, f);
            if (full) {
                check.invoke(checker, parsed);
            }
            return System.nanoTime() - t0;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: AB OLD.jar NEW.jar DIR [ITERATIONS] [parse|check]");
            System.exit(64);
        }
        Build a = new Build(args[0]);
        Build b = new Build(args[1]);
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Path.of(args[2]))) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        List<String> texts = new ArrayList<>();
        for (Path p : files) {
            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        boolean full = args.length <= 4 || !args[4].equals("parse");
        double ratios = 0;
        int counted = 0;
        for (int it = 0; it < iterations; it++) {
            long ta = 0;
            long tb = 0;
            for (int i = 0; i < texts.size(); i++) {
                String name = files.get(i).getFileName().toString();
                if ((i & 1) == 0) {
                    ta += a.time(name, texts.get(i), full);
                    tb += b.time(name, texts.get(i), full);
                } else {
                    tb += b.time(name, texts.get(i), full);
                    ta += a.time(name, texts.get(i), full);
                }
            }
            double r = (double) tb / ta;
            if (it >= 2) {
                ratios += r;
                counted++;
            }
            System.out.printf("iteration %d: A %.0f us/file, B %.0f us/file, B/A %.3f%n", it, ta / 1e3 / texts.size(),
                    tb / 1e3 / texts.size(), r);
        }
        if (counted > 0) {
            System.out.printf("B/A, mean from iteration 2: %.3f%n", ratios / counted);
        }
    }
}
