import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording, for bench/profile.sh:
 *
 * <pre>java bench/src/JfrTop.java [--top N] RECORDING.jfr...</pre>
 *
 * prints, over all the recordings given (e.g. 20 runs on one file), the top frames by self time, the dev.canvas
 * methods by inclusive time (the sample's stack contains the method), and inclusive time per library or area
 * (snakeyaml, commonmark, everit, org.json, picocli, java.util.regex, ...), inclusive and self (the innermost one on
 * the sample's stack, so that JDK collections count for the library that called them), each as a share of all samples; the share
 * of samples running in the interpreter; and, when the recording has them (bench/profile.sh enables them), the time
 * spent loading classes (jdk.ClassLoad, outermost loads only), compiling (jdk.Compilation) and in GC pauses.
 */
public final class JfrTop {

    public static void main(String[] args) throws Exception {
        int top = 25;
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--top")) {
                top = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> other = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        int samples = 0;
        int interpreted = 0;
        long gcNanos = 0;
        long classLoadNanos = 0;
        long compileNanos = 0;
        int classLoads = 0;
        int compilations = 0;
        List<RecordedEvent> events = new java.util.ArrayList<>();
        for (Path f : files) {
            events.addAll(RecordingFile.readAllEvents(f));
        }
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample")) {
                other.merge(type, 1, Integer::sum);
                if (type.equals("jdk.GarbageCollection")) {
                    gcNanos += e.getDuration().toNanos();
                } else if (type.equals("jdk.ClassLoad")) {
                    classLoads++;
                    // nested loads (a class's superclass) happen inside the outer one: count the outermost only
                    RecordedStackTrace st = e.getStackTrace();
                    boolean nested = st != null && st.getFrames().stream().skip(1)
                            .anyMatch(fr -> fr.getMethod().getName().equals("loadClass"));
                    if (!nested) {
                        classLoadNanos += e.getDuration().toNanos();
                    }
                } else if (type.equals("jdk.Compilation")) {
                    compilations++;
                    compileNanos += e.getDuration().toNanos();
                }
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            if ("Interpreted".equals(frames.get(0).getType())) {
                interpreted++;
            }
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String area = "(JDK, called from the JVM or a thread root)";
            for (RecordedFrame f : frames) {
                String g = group(f.getMethod().getType().getName());
                if (g != null) {
                    area = g;
                    break;
                }
            }
            areas.merge(area, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            Set<String> seenPkg = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("dev.canvas.") && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
                String p = group(f.getMethod().getType().getName());
                if (p != null && seenPkg.add(p)) {
                    packages.merge(p, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d recordings, %d CPU samples, %.1f%% of them in interpreted code%n%n", files.size(), samples,
                100.0 * interpreted / Math.max(1, samples));
        print("top frames (self)", self, samples, top);
        print("dev.canvas methods (inclusive)", inclusive, samples, top);
        print("libraries and areas (inclusive)", packages, samples, top);
        print("libraries and areas (self: the innermost one on the stack, JDK frames count for their caller)", areas, samples, top);
        int n = Math.max(1, files.size());
        System.out.printf("per recording: GC pauses %.1f ms; class loads %d, %.1f ms (outermost, on the loading thread);"
                        + " JIT compilations %d, %.1f ms (on compiler threads)%n",
                gcNanos / 1e6 / n, classLoads / n, classLoadNanos / 1e6 / n, compilations / n, compileNanos / 1e6 / n);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static final String[][] GROUPS = {
        {"org.yaml.snakeyaml.", "snakeyaml"}, {"org.commonmark.", "commonmark"}, {"org.everit.", "everit-json-schema"},
        {"org.json.", "org.json"}, {"picocli.", "picocli"}, {"java.util.regex.", "java.util.regex"},
        {"java.text.Normalizer", "java.text.Normalizer"}, {"jdk.internal.icu.", "java.text.Normalizer"},
        {"dev.canvas.parse.", "dev.canvas.parse"}, {"dev.canvas.markdown.", "dev.canvas.markdown"},
        {"dev.canvas.rules.", "dev.canvas.rules"}, {"dev.canvas.schema.", "dev.canvas.schema"},
        {"dev.canvas.report.", "dev.canvas.report"}, {"dev.canvas.check.", "dev.canvas.check"},
        {"dev.canvas.verdict.", "dev.canvas.verdict"}, {"dev.canvas.template.", "dev.canvas.template"},
        {"dev.canvas.text.", "dev.canvas.text"}, {"java.util.zip.", "java.util.zip (jar)"},
        {"java.lang.invoke.", "java.lang.invoke (lambdas)"}, {"java.lang.ClassLoader", "class loading"},
        {"jdk.internal.loader.", "class loading"}, {"java.io.", "java.io"}, {"java.nio.", "java.nio"},
        {"sun.nio.", "java.nio"},
    };

    private static String group(String type) {
        for (String[] g : GROUPS) {
            if (type.startsWith(g[0])) {
                return g[1];
            }
        }
        return null;
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %5d  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getValue(), e.getKey()));
        System.out.println();
    }
}
