import dev.canvas.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates benchmark canvases deterministically from the bundled examples (bench/run.sh compiles and runs it,
 * with canvas on the class path):
 *
 * <pre>java -cp CANVAS_CLASSPATH:CLASSES BenchGen EXAMPLES_DIR OUT_DIR N [YAML_BYTES] [MD_BYTES]
 * java -cp CLASSES BenchGen --mix N</pre>
 *
 * writes {@code OUT_DIR/yaml/canvas-00001.yaml ...} and {@code OUT_DIR/md/canvas-00001.md ...}. File i (0-based) is,
 * by {@code i % 10}: 0-3 go, 4-6 fix-gaps, 7-9 do-not-deploy, each derived from examples/{go,fix-gaps,do-not-deploy}
 * by edits: gate items unticked (fix-gaps), a prerequisite unticked and an answer "TBD", or an answer blanked and
 * another "TODO: ..." (do-not-deploy), and the project's name numbered.
 *
 * <p>Sizes: each example is first made smaller, once, to about YAML_BYTES (default 12,900) or MD_BYTES (default
 * 15,000): YAML comments go, and answers are cut to a share of their length. Since canvas judges what answers say
 * (ROI figures, milestones, providers...), cuts must not change an example's verdict: canvas itself (in this JVM,
 * through {@code Main.run}) checks every answer of the go and fix-gaps examples cut on its own to 0% and 50% of its
 * length, each answer is cut only as far as keeps the example's verdict and counts (a do-not-deploy example stays
 * one: cuts keep an answer's start, and add no box), and the combined cut is checked again (and made milder until it
 * passes). The same examples and canvas always give the same bytes. Prints the sizes and the expected mix;
 * {@code --mix N} prints only the mix.
 */
public final class BenchGen {

    private static final Pattern YAML_BLOCK = Pattern.compile("^  ([A-Za-z0-9_.-]+): *(\\||\\|-|>|>-) *$");
    private static final Pattern YAML_BOX = Pattern.compile("^( {2,4})([a-z0-9-]+): (true|false)( +#.*)?$");
    private static final Pattern MD_BOX = Pattern.compile("^([-*+]) \\[([ xX])\\] (.*)$");
    private static final Pattern MD_QUESTION = Pattern.compile("^\\*\\*[^*].*\\*\\*\\s*$");
    /** Shares of an answer tried when cutting (besides 1.0, the whole answer); 0 keeps 40 characters. */
    private static final double[] LADDER = {0.0, 0.5};
    private static final int MIN_CHARS = 40;

    enum Kind { GO, FIX_GAPS, DO_NOT_DEPLOY }

    static final String[] BASES = {"go", "fix-gaps", "do-not-deploy"};

    /** A canvas as lines, with where its answers and boxes are. */
    static final class Doc {
        final boolean yaml;
        final List<String> lines;
        /** Per answer: its content lines [start, end) (header line at start-1 for YAML). */
        final List<int[]> answers = new ArrayList<>();
        final List<Integer> prerequisites = new ArrayList<>();
        final List<Integer> gateItems = new ArrayList<>();
        /** YAML comment lines outside answers (dropped when the example is made smaller). */
        final List<Integer> comments = new ArrayList<>();

        Doc(boolean yaml, List<String> lines) {
            this.yaml = yaml;
            this.lines = lines;
            if (yaml) {
                indexYaml();
            } else {
                indexMarkdown();
            }
        }

        private void indexYaml() {
            String section = "";
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (!l.isEmpty() && Character.isLetter(l.charAt(0))) {
                    section = l.substring(0, Math.max(0, l.indexOf(':')));
                    continue;
                }
                if (l.stripLeading().startsWith("#") && !l.startsWith("# yaml-language-server")) {
                    comments.add(i);
                    continue;
                }
                Matcher box = YAML_BOX.matcher(l);
                if (section.equals("prerequisites") && box.matches() && box.group(1).length() == 2) {
                    prerequisites.add(i);
                } else if (section.equals("gates") && box.matches() && box.group(1).length() == 4) {
                    gateItems.add(i);
                } else if (section.equals("squares") && YAML_BLOCK.matcher(l).matches()) {
                    int j = i + 1;
                    while (j < lines.size() && (lines.get(j).startsWith("    ") || lines.get(j).isBlank())) {
                        j++;
                    }
                    int end = j;
                    while (end > i + 1 && lines.get(end - 1).isBlank()) {
                        end--;
                    }
                    answers.add(new int[] {i + 1, end});
                    i = end - 1;
                }
            }
        }

        private void indexMarkdown() {
            String checklist = "";
            int i = 0;
            if (!lines.isEmpty() && lines.get(0).equals("---")) {
                i = 1;
                while (i < lines.size() && !lines.get(i).equals("---")) {
                    i++;
                }
                i++;
            }
            for (; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith("**Prerequisites")) {
                    checklist = "pre";
                    continue;
                }
                if (l.startsWith("**Validation Gate")) {
                    checklist = "gate";
                    continue;
                }
                if (l.startsWith("#") || l.equals("---")) {
                    checklist = "";
                    continue;
                }
                if (MD_BOX.matcher(l).matches()) {
                    if (checklist.equals("pre")) {
                        prerequisites.add(i);
                    } else if (checklist.equals("gate")) {
                        gateItems.add(i);
                    }
                    continue;
                }
                if (MD_QUESTION.matcher(l).matches()) {
                    int j = i + 1;
                    while (j < lines.size() && lines.get(j).isBlank()) {
                        j++;
                    }
                    int start = j;
                    while (j < lines.size() && !lines.get(j).startsWith("**") && !lines.get(j).startsWith("#")
                            && !lines.get(j).equals("---") && !MD_BOX.matcher(lines.get(j)).matches()) {
                        j++;
                    }
                    int end = j;
                    while (end > start && lines.get(end - 1).isBlank()) {
                        end--;
                    }
                    if (end > start) {
                        answers.add(new int[] {start, end});
                    }
                    i = end - 1;
                }
            }
        }
    }

    /** How an example is made smaller: the share of each answer kept (1.0 all of it), and YAML comments dropped. */
    record Cut(double[] keep, boolean dropComments) {
        static Cut none(Doc d) {
            double[] k = new double[d.answers.size()];
            Arrays.fill(k, 1.0);
            return new Cut(k, false);
        }

        Cut with(int answer, double share) {
            double[] k = keep.clone();
            k[answer] = share;
            return new Cut(k, dropComments);
        }

        /** Every answer cut to at least {@code share}, but no answer below its safe share. */
        static Cut at(double share, double[] safe, boolean dropComments) {
            double[] k = new double[safe.length];
            for (int a = 0; a < k.length; a++) {
                k[a] = Math.max(share, safe[a]);
            }
            return new Cut(k, dropComments);
        }
    }

    /** Small deterministic generator (a 64-bit LCG), one per file. */
    static final class Lcg {
        private long s;

        Lcg(long seed) {
            s = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        }

        int next(int bound) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            return (int) ((s >>> 33) % bound);
        }
    }

    static Kind kind(int i) {
        int r = i % 10;
        return r <= 3 ? Kind.GO : r <= 6 ? Kind.FIX_GAPS : Kind.DO_NOT_DEPLOY;
    }

    /** Which example file a canvas starts from: 4 is the fix-gaps example, 7 the do-not-deploy one, the rest go. */
    static int base(int i) {
        int r = i % 10;
        return r == 4 ? 1 : r == 7 ? 2 : 0;
    }

    /** The example cut, without the per-file edits. */
    static String render(Doc d, Cut cut) {
        return render(d, -1, cut);
    }

    /** File i from its example: the cut, then the edits of its kind ({@code i < 0}: none). */
    static String render(Doc d, int i, Cut cut) {
        List<String> out = new ArrayList<>(d.lines);
        boolean[] drop = new boolean[out.size()];
        if (cut.dropComments()) {
            for (int k : d.comments) {
                drop[k] = true;
            }
            for (int k = 0; k < out.size(); k++) {
                Matcher box = YAML_BOX.matcher(out.get(k));
                if (d.yaml && box.matches() && box.group(4) != null) {
                    out.set(k, box.group(1) + box.group(2) + ": " + box.group(3));
                }
            }
        }
        for (int a = 0; a < d.answers.size(); a++) {
            if (cut.keep()[a] < 1.0) {
                trim(d, out, drop, d.answers.get(a), cut.keep()[a]);
            }
        }
        if (i >= 0) {
            edit(d, out, drop, i);
        }
        StringBuilder sb = new StringBuilder(d.lines.size() * 80);
        for (int k = 0; k < out.size(); k++) {
            if (!drop[k]) {
                sb.append(out.get(k)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Keeps about {@code share} of an answer's characters (at least 40), cut at a space. */
    private static void trim(Doc d, List<String> out, boolean[] drop, int[] a, double share) {
        int total = 0;
        for (int k = a[0]; k < a[1]; k++) {
            total += out.get(k).length();
        }
        int budget = Math.max(MIN_CHARS, (int) Math.round(total * share));
        for (int k = a[0]; k < a[1]; k++) {
            String l = out.get(k);
            if (budget <= 0) {
                drop[k] = true;
                continue;
            }
            if (l.length() > budget) {
                int indent = d.yaml ? 4 : 0;
                int cut = l.lastIndexOf(' ', budget);
                l = cut > indent + 10 ? l.substring(0, cut) : l.substring(0, Math.min(l.length(), Math.max(budget, indent + 10)));
                l = l.stripTrailing();
                while (l.endsWith(":") || l.endsWith(",") || l.endsWith(";")) {
                    l = l.substring(0, l.length() - 1);
                }
                out.set(k, l + (l.endsWith(".") ? "" : "."));
                budget = 0;
            } else {
                budget -= l.length();
            }
        }
    }

    private static void edit(Doc d, List<String> out, boolean[] drop, int i) {
        Lcg rnd = new Lcg(i);
        int r = i % 10;
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).startsWith("project:")) {
                out.set(k, "project: \"Agent " + String.format(Locale.ROOT, "%05d", i + 1) + ": invoice exception triage\"");
                break;
            }
        }
        if (r == 5 || r == 6) {
            // fix-gaps: 1 to 3 gate items not confirmed
            int n = 1 + rnd.next(3);
            for (int k = 0; k < n; k++) {
                untick(d, out, d.gateItems.get(rnd.next(d.gateItems.size())));
            }
        } else if (r == 8) {
            // do-not-deploy: a prerequisite not confirmed, an answer left as TBD and a gate item open
            untick(d, out, d.prerequisites.get(rnd.next(d.prerequisites.size())));
            replaceAnswer(d, out, drop, d.answers.get(rnd.next(d.answers.size())), "TBD");
            untick(d, out, d.gateItems.get(rnd.next(d.gateItems.size())));
        } else if (r == 9) {
            // do-not-deploy: an answer blanked and another one a "TODO: ..." stand-in
            int a = rnd.next(d.answers.size());
            int b = (a + 1 + rnd.next(d.answers.size() - 1)) % d.answers.size();
            replaceAnswer(d, out, drop, d.answers.get(a), "");
            replaceAnswer(d, out, drop, d.answers.get(b), "TODO: ask the data protection officer");
        }
    }

    private static void untick(Doc d, List<String> out, int line) {
        String l = out.get(line);
        out.set(line, d.yaml ? l.replaceFirst(": true", ": false") : l.replaceFirst("\\[[xX]\\]", "[ ]"));
    }

    private static void replaceAnswer(Doc d, List<String> out, boolean[] drop, int[] a, String text) {
        if (d.yaml) {
            String header = out.get(a[0] - 1);
            out.set(a[0] - 1, header.substring(0, header.indexOf(':') + 1) + " \"" + text + "\"");
            for (int k = a[0]; k < a[1]; k++) {
                drop[k] = true;
            }
        } else {
            for (int k = a[0]; k < a[1]; k++) {
                drop[k] = true;
            }
            if (!text.isEmpty()) {
                out.set(a[0], text);
                drop[a[0]] = false;
            }
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    // ---- canvas as the judge --------------------------------------------------------------------------------

    private static final Pattern RESULT = Pattern.compile("\"path\": \"([^\"]+)\",[^{]*?\"verdict\": \"([a-z-]+)\".*?"
            + "\"counts\": \\{\\s*\"blocker\": (\\d+),\\s*\"gap\": (\\d+)", Pattern.DOTALL);

    /** Checks every file in {@code dir} with canvas in this JVM; file name to "verdict blockers gaps". */
    static Map<String, String> judge(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new Main(new PrintWriter(out), new PrintWriter(err), Map.of(), false)
                .run("check", "--format", "json", "--fail-on", "never", dir.toString());
        Map<String, String> verdicts = new HashMap<>();
        Matcher m = RESULT.matcher(out.toString());
        while (m.find()) {
            verdicts.put(Path.of(m.group(1)).getFileName().toString(), m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        if (verdicts.isEmpty()) {
            throw new IllegalStateException("canvas gave no result for " + dir + ": " + err + out);
        }
        return verdicts;
    }

    /** What must not change when an example is cut: go and fix-gaps keep their counts, do-not-deploy its verdict. */
    static boolean same(int base, String reference, String result) {
        return base == 2 ? result.startsWith("do-not-deploy ") : reference.equals(result);
    }

    static void clear(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }

    /** For each example of one format, the cut that brings it to about {@code target} bytes without changing its verdict. */
    static Cut[] plan(Doc[] docs, String ext, int target, Path work) throws IOException {
        Path dir = work.resolve("cuts-" + ext);
        clear(dir);
        for (int b = 0; b < 3; b++) {
            Files.writeString(dir.resolve(b + "-ref." + ext), render(docs[b], Cut.none(docs[b])));
            Files.writeString(dir.resolve(b + "-nocomments." + ext), render(docs[b], new Cut(Cut.none(docs[b]).keep(), true)));
            for (int a = 0; b < 2 && a < docs[b].answers.size(); a++) {
                for (int l = 0; l < LADDER.length; l++) {
                    Files.writeString(dir.resolve(b + "-" + a + "-" + l + "." + ext),
                            render(docs[b], Cut.none(docs[b]).with(a, LADDER[l])));
                }
            }
        }
        Map<String, String> v = judge(dir);
        Cut[] cuts = new Cut[3];
        double[][] safe = new double[3][];
        boolean[] dropComments = new boolean[3];
        for (int b = 0; b < 3; b++) {
            String ref = v.get(b + "-ref." + ext);
            dropComments[b] = docs[b].yaml && same(b, ref, v.get(b + "-nocomments." + ext));
            safe[b] = new double[docs[b].answers.size()];
            for (int a = 0; a < safe[b].length; a++) {
                safe[b][a] = b == 2 ? 0.0 : 1.0;
                for (int l = 0; b < 2 && l < LADDER.length; l++) {
                    if (same(b, ref, v.get(b + "-" + a + "-" + l + "." + ext))) {
                        safe[b][a] = LADDER[l];
                        break;
                    }
                }
            }
        }
        // the mildest common share that reaches the target size, then checked as a whole; milder while it fails
        double[] share = new double[3];
        for (int b = 0; b < 3; b++) {
            double lo = 0.0;
            double hi = 1.0;
            for (int k = 0; k < 25; k++) {
                double mid = (lo + hi) / 2;
                if (bytes(render(docs[b], Cut.at(mid, safe[b], dropComments[b]))) > target) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            share[b] = lo;
        }
        boolean[] ok = new boolean[3];
        for (int round = 0; round < 12; round++) {
            clear(dir);
            for (int b = 0; b < 3; b++) {
                if (!ok[b]) {
                    Files.writeString(dir.resolve(b + "-ref." + ext), render(docs[b], Cut.none(docs[b])));
                    Files.writeString(dir.resolve(b + "-cut." + ext), render(docs[b], Cut.at(share[b], safe[b], dropComments[b])));
                }
            }
            Map<String, String> w = judge(dir);
            boolean all = true;
            for (int b = 0; b < 3; b++) {
                if (!ok[b]) {
                    ok[b] = same(b, w.get(b + "-ref." + ext), w.get(b + "-cut." + ext));
                    if (!ok[b]) {
                        share[b] = Math.min(1.0, share[b] + 0.1);
                        all = false;
                    }
                }
            }
            if (all) {
                break;
            }
        }
        for (int b = 0; b < 3; b++) {
            cuts[b] = ok[b] ? Cut.at(share[b], safe[b], dropComments[b]) : Cut.none(docs[b]);
        }
        clear(dir);
        Files.delete(dir);
        return cuts;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--mix")) {
            // the verdicts canvas should give the first N files, as its summary line words them
            int[] c = new int[3];
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                c[kind(i).ordinal()]++;
            }
            System.out.println(c[0] + " go, " + c[1] + " fix-gaps, " + c[2] + " do-not-deploy");
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: BenchGen EXAMPLES_DIR OUT_DIR N [YAML_BYTES] [MD_BYTES] | BenchGen --mix N");
            System.exit(64);
        }
        Path examples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int yamlTarget = args.length > 3 ? Integer.parseInt(args[3]) : 12_900;
        int mdTarget = args.length > 4 ? Integer.parseInt(args[4]) : 15_000;
        Files.createDirectories(out);
        int[] counts = new int[3];
        long[] total = new long[2];
        for (int f = 0; f < 2; f++) {
            boolean yaml = f == 0;
            String ext = yaml ? "yaml" : "md";
            Doc[] docs = new Doc[3];
            for (int b = 0; b < 3; b++) {
                docs[b] = new Doc(yaml, Files.readAllLines(examples.resolve(BASES[b] + "." + ext), StandardCharsets.UTF_8));
            }
            Cut[] cuts = plan(docs, ext, yaml ? yamlTarget : mdTarget, out);
            Path dir = out.resolve(ext);
            Files.createDirectories(dir);
            for (int i = 0; i < n; i++) {
                int b = base(i);
                byte[] content = render(docs[b], i, cuts[b]).getBytes(StandardCharsets.UTF_8);
                total[f] += content.length;
                Files.write(dir.resolve(String.format(Locale.ROOT, "canvas-%05d.%s", i + 1, ext)), content);
                if (yaml) {
                    counts[kind(i).ordinal()]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "generated %d YAML (mean %.1f KB) and %d Markdown (mean %.1f KB) canvases in %s:"
                        + " expected %d go, %d fix-gaps, %d do-not-deploy per format%n",
                n, total[0] / 1000.0 / Math.max(1, n), n, total[1] / 1000.0 / Math.max(1, n), out,
                counts[0], counts[1], counts[2]);
    }
}
