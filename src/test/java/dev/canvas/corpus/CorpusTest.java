package dev.canvas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.Upstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The precision corpus (src/test/resources/corpus): canvases written from the method and the template's questions by
 * writers who had not read the rules. Every sound canvas gets go; every flawed one (a sound canvas with one defect)
 * gets its verdict through the rule that should catch it. Afterwards the precision and recall of each rule are
 * written to target/corpus-report.md (scripts/corpus-report prints them).
 */
class CorpusTest {

    static final Path ROOT = Path.of("src/test/resources/corpus");
    /** The day the corpus is judged on (sign-off dates, waivers). */
    static final String TODAY = "2026-12-06";

    /** One entry of a manifest. */
    record Case(String file, String verdict, String rule, String base, String defect, String template) {
    }

    /** What a rule did on the corpus: caught a defect, missed one, fired on a sound canvas (or on another defect). */
    private static final Map<String, int[]> SCORES = new TreeMap<>(); // rule -> {tp, fn, fp}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> manifests = Files.list(ROOT)) {
            for (Path m : manifests.filter(p -> p.getFileName().toString().startsWith("manifest-")).sorted().toList()) {
                List<Map<String, Object>> entries = new Yaml().load(Files.readString(m, StandardCharsets.UTF_8));
                for (Map<String, Object> e : entries) {
                    out.add(new Case((String) e.get("file"), (String) e.get("verdict"), (String) e.get("rule"),
                            (String) e.get("base"), (String) e.get("defect"), (String) e.get("template")));
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGetsItsVerdict() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " -> " + c.verdict()
                + (c.rule() == null ? "" : " by " + c.rule()), () -> check(c)));
    }

    @SuppressWarnings("unchecked")
    private static void check(Case c) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--today", TODAY));
        if (c.template() != null) {
            Upstream.assumePresent();
            args.add("--template");
            args.add(c.template());
        }
        args.add(ROOT.resolve(c.file()).toString());
        CliRun r = CliRun.of(args.toArray(String[]::new));
        Map<String, Object> report = new Yaml().load(r.out()); // JSON is YAML
        Map<String, Object> file = (Map<String, Object>) ((List<Object>) report.get("files")).get(0);
        List<String> fired = new ArrayList<>();
        StringBuilder found = new StringBuilder();
        for (Object o : (List<Object>) file.get("findings")) {
            Map<String, Object> f = (Map<String, Object>) o;
            String sev = String.valueOf(f.get("severity"));
            if (!sev.equals("warning")) {
                fired.add(String.valueOf(f.get("rule")));
                found.append("\n  ").append(f.get("line")).append(": ").append(sev).append(" [")
                        .append(f.get("rule")).append("] ").append(f.get("message"));
            }
        }
        synchronized (SCORES) {
            for (String rule : fired.stream().distinct().toList()) {
                SCORES.computeIfAbsent(rule, k -> new int[3])[rule.equals(c.rule()) ? 0 : 2]++;
            }
            if (c.rule() != null && !fired.contains(c.rule())) {
                SCORES.computeIfAbsent(c.rule(), k -> new int[3])[1]++;
            }
        }
        assertThat(String.valueOf(file.get("verdict"))).as("verdict of %s (%s)%s", c.file(),
                c.defect() == null ? "sound" : c.defect(), found).isEqualTo(c.verdict());
        if (c.rule() != null) {
            assertThat(fired).as("rules that fired on %s (%s)%s", c.file(), c.defect(), found).contains(c.rule());
        }
    }

    @AfterAll
    static void report() throws IOException {
        StringBuilder b = new StringBuilder("| rule | caught | missed | false alarms | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        SCORES.forEach((rule, s) -> b.append("| ").append(rule).append(" | ").append(s[0]).append(" | ").append(s[1]).append(" | ")
                .append(s[2]).append(" | ").append(s[0] + s[2] == 0 ? "-" : String.format("%.2f", s[0] / (double) (s[0] + s[2])))
                .append(" | ").append(s[0] + s[1] == 0 ? "-" : String.format("%.2f", s[0] / (double) (s[0] + s[1]))).append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-report.md"), b.toString(), StandardCharsets.UTF_8);
    }
}
