import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The "parse floor" of the benchmark: what a JVM tool must spend at least to check the same files, namely start,
 * find the files, read them and parse them, with nothing else. YAML is composed to SnakeYAML's node tree (the
 * structure with line marks that canvas builds on), Markdown is parsed by commonmark with the task-list extension
 * and block source spans (as canvas configures it). Files are parsed on as many threads as canvas uses (one per
 * core) from 8 files on, like canvas. Compiled by bench/run.sh against target/canvas.jar, which holds both parsers:
 *
 * <pre>java -cp canvas.jar:CLASSES ParseFloor PATH...</pre>
 *
 * PATH is a file or a directory (searched recursively for .yaml, .yml, .md, .markdown). Prints the number of files
 * and the total of nodes parsed (so that nothing can be optimised away).
 *
 * <p>With {@code --canvas} first, the files are read by canvas's own readers instead, the first stage of a check and
 * nothing after it: YAML by {@code YamlTreeReader.read} (its plain-YAML reader, snakeyaml for the rest), Markdown by
 * {@code MarkdownReader.parse} (commonmark, configured and bounded as canvas uses it).
 */
public final class ParseFloor {

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** Read with canvas's own readers ({@code --canvas}). */
    static boolean own;

    static long parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        if (own) {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return dev.canvas.parse.YamlTreeReader.read(name, text, 0, "canvas").tree().map(t -> count(t.data())).orElse(0L);
            }
            Node doc = dev.canvas.markdown.MarkdownReader.parse(text).document();
            long n = 0;
            for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
                n++;
            }
            return n;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            LoaderOptions opts = new LoaderOptions();
            opts.setAllowDuplicateKeys(false);
            org.yaml.snakeyaml.nodes.Node root = new Yaml(opts).compose(new StringReader(text));
            return root == null ? 0 : count(root);
        }
        Node doc = MARKDOWN.parse(text);
        long n = 0;
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            n++;
        }
        return n;
    }

    private static long count(Object data) {
        if (data instanceof java.util.Map<?, ?> m) {
            long n = 1;
            for (Object v : m.values()) {
                n += 1 + count(v);
            }
            return n;
        }
        if (data instanceof List<?> l) {
            long n = 1;
            for (Object v : l) {
                n += count(v);
            }
            return n;
        }
        return 1;
    }

    private static long count(org.yaml.snakeyaml.nodes.Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            long n = 1;
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                n += count(t.getKeyNode()) + count(t.getValueNode());
            }
            return n;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
            long n = 1;
            for (org.yaml.snakeyaml.nodes.Node c : s.getValue()) {
                n += count(c);
            }
            return n;
        }
        return 1;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--canvas")) {
                own = true;
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".md") || n.endsWith(".markdown");
                    }).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        long nodes = 0;
        if (files.size() < 8 || threads == 1) {
            for (Path f : files) {
                nodes += parse(f);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Long>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> parse(f)));
            }
            for (Future<Long> f : futures) {
                nodes += f.get();
            }
            pool.shutdown();
        }
        System.out.println(files.size() + " files, " + nodes + " nodes");
    }
}
