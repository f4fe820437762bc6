package dev.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canvas.cli.ExitCodes;
import dev.canvas.parse.ParseFindings;
import dev.canvas.model.RuleInfo;
import dev.canvas.rules.RuleSet;
import dev.canvas.schema.SchemaValidator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the README true: every example of what canvas prints is made by canvas here, and the rules and exit-code
 * tables match the code.
 *
 * <ul>
 * <li>A {@code console} block is run line by line: {@code $ canvas ARGS} runs canvas, and the lines under it are
 * what it prints on standard output and standard error; {@code $ echo $?} is followed by the exit code of the
 * command before.</li>
 * <li>Any other block that shows output (a report in JSON, SARIF, JUnit XML, Markdown) follows a line
 * {@code <!-- output: canvas ARGS -->} and is what {@code canvas ARGS} prints on standard output, run from the
 * repository's root. Every fenced block of the README's Output section is one or the other
 * ({@link #everyOutputBlockIsMadeByCanvas}).</li>
 * <li>Either may be an excerpt. A line that is only {@code ...} stands for any number of lines (none included), and
 * {@code ...} inside a line for any text in that line; every other line is compared as it is (indentation
 * included, trailing spaces aside). A block matches from the output's first line to its last: an excerpt that
 * starts later begins with a {@code ...} line, one that stops earlier ends with one.</li>
 * <li>{@code mvn -B test -Dtest=ReadmeTest -Dreadme.update=true} rewrites the blocks that no longer match from what
 * canvas prints (review the diff): a block without {@code ...} is replaced whole; in an excerpt, each run of lines
 * between {@code ...} lines is replaced by as many lines of the output, from the line that matches its first line
 * (else the one that begins most like it), and a line with {@code ...} in it is kept while it still matches.</li>
 * </ul>
 */
class ReadmeTest {

    private static final Pattern CONSOLE = Pattern.compile("```console\\n(.*?)```", Pattern.DOTALL);
    /** An output block: the command that makes it, then the block. */
    private static final Pattern OUTPUT = Pattern.compile("<!-- output: canvas ([^\\n]+?) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final String ELIDED = "...";
    private static final String CANNOT = "(it cannot: a run of the excerpt is not in the output; write the block anew)";
    private static final boolean UPDATE = Boolean.getBoolean("readme.update");

    private static final Path README = Path.of("README.md");
    private static final String TABLE_HEADER = "| rule | severity | what it checks |\n|---|---|---|\n";

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> consoleExamplesRunAsShown() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = CONSOLE.matcher(readme());
        while (m.find()) {
            String block = m.group(1);
            tests.add(DynamicTest.dynamicTest(block.lines().findFirst().orElse("?"), () -> runBlock(block)));
        }
        assertThat(tests).as("console examples in the README").isNotEmpty();
        return tests.stream();
    }

    private static void runBlock(String block) throws IOException {
        List<String> lines = block.lines().toList();
        StringBuilder made = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        int i = 0;
        int lastExit = -1;
        while (i < lines.size()) {
            String cmd = lines.get(i++);
            assertThat(cmd).as("a console block line that is not output").startsWith("$ ");
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
                expected.add(lines.get(i++));
            }
            made.append(cmd).append('\n');
            if (cmd.equals("$ echo $?")) {
                made.append(lastExit).append('\n');
                if (!expected.equals(List.of(String.valueOf(lastExit)))) {
                    wrong.add("exit code of the command before: " + lastExit + ", not " + expected);
                }
                continue;
            }
            assertThat(cmd).startsWith("$ canvas ");
            CliRun r = CliRun.of(cmd.substring("$ canvas ".length()).trim().split("\\s+"));
            lastExit = r.exitCode();
            List<String> actual = (r.out() + r.err()).lines().toList();
            List<String> remade = compare(cmd, expected, actual, wrong);
            remade.forEach(l -> made.append(l).append('\n'));
        }
        settle(block, made.toString(), wrong);
    }

    @TestFactory
    Stream<DynamicTest> outputBlocksAreWhatCanvasPrints() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = OUTPUT.matcher(readme());
        while (m.find()) {
            String command = m.group(1);
            String block = m.group(2);
            tests.add(DynamicTest.dynamicTest(command, () -> {
                CliRun r = CliRun.of(command.trim().split("\\s+"));
                assertThat(r.err()).as("canvas %s: standard error", command).doesNotContain("canvas: error");
                List<String> wrong = new ArrayList<>();
                List<String> remade = compare("canvas " + command, block.lines().toList(), r.out().lines().toList(), wrong);
                StringBuilder made = new StringBuilder();
                remade.forEach(l -> made.append(l).append('\n'));
                settle(block, made.toString(), wrong);
            }));
        }
        assertThat(tests).as("output blocks in the README").hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    /** In the README's Output section, every fenced block is a console example or an output block. */
    @Test
    void everyOutputBlockIsMadeByCanvas() throws IOException {
        String readme = readme();
        int start = readme.indexOf("\n## Output\n");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("the Output section").isNotNegative();
        List<String> lines = readme.substring(start, end < 0 ? readme.length() : end).lines().toList();
        boolean inBlock = false;
        int blocks = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            if (!inBlock) {
                blocks++;
                boolean console = lines.get(i).equals("```console");
                boolean output = i > 0 && lines.get(i - 1).startsWith("<!-- output: canvas ");
                assertThat(console || output).as("block at '%s' (line %d of the Output section) is neither a console example"
                        + " nor after '<!-- output: canvas ARGS -->'", lines.get(i), i + 1).isTrue();
            }
            inBlock = !inBlock;
        }
        assertThat(blocks).isGreaterThanOrEqualTo(6);
    }

    /**
     * Whether the output matches the expected lines; if it does not, says so in {@code wrong}. Returns the lines the
     * block would have to match (what {@code -Dreadme.update=true} writes).
     */
    private static List<String> compare(String cmd, List<String> expected, List<String> actual, List<String> wrong) {
        if (matches(expected, 0, actual, 0)) {
            return expected;
        }
        List<String> remade = remade(expected, actual);
        wrong.add(String.format("output of '%s'%n--- expected:%n%s%n--- actual:%n%s%n--- as an update would write it:%n%s",
                cmd, String.join("\n", expected), String.join("\n", actual),
                remade == null ? CANNOT : String.join("\n", remade)));
        return remade == null ? expected : remade;
    }

    /**
     * Fails on what did not match; with {@code -Dreadme.update=true}, writes the block as made instead (when every
     * run of an excerpt could be placed in the output).
     */
    private static void settle(String block, String made, List<String> wrong) throws IOException {
        if (wrong.isEmpty()) {
            return;
        }
        if (UPDATE && wrong.stream().noneMatch(w -> w.endsWith(CANNOT))) {
            String readme = readme();
            int at = readme.indexOf(block);
            assertThat(at).as("the block in the README").isNotNegative();
            Files.writeString(README, readme.substring(0, at) + made + readme.substring(at + block.length()), StandardCharsets.UTF_8);
            return;
        }
        assertThat(wrong).as("README example (rewrite with -Dreadme.update=true, then review the diff)").isEmpty();
    }

    /** Line-by-line match: an expected line "..." stands for any number of lines, "..." in a line for any text. */
    private static boolean matches(List<String> exp, int e, List<String> act, int a) {
        if (e == exp.size()) {
            return a == act.size();
        }
        if (exp.get(e).equals(ELIDED)) {
            for (int k = a; k <= act.size(); k++) {
                if (matches(exp, e + 1, act, k)) {
                    return true;
                }
            }
            return false;
        }
        return a < act.size() && lineMatches(exp.get(e), act.get(a)) && matches(exp, e + 1, act, a + 1);
    }

    /** One line: equal (trailing spaces aside), or equal where each "..." in the expected line stands for any text. */
    private static boolean lineMatches(String exp, String act) {
        String e = exp.stripTrailing();
        String a = act.stripTrailing();
        if (e.equals(a)) {
            return true;
        }
        if (!e.contains(ELIDED)) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : e.split(Pattern.quote(ELIDED), -1)) {
            regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(a).matches();
    }

    /**
     * The block made anew from the output: whole when it has no "...", else each run of lines between "..." lines
     * taken from the output at the line that matches (or begins most like) its first line; null when a run cannot
     * be placed.
     */
    private static List<String> remade(List<String> exp, List<String> act) {
        if (exp.stream().noneMatch(l -> l.contains(ELIDED))) {
            return act;
        }
        List<String> out = new ArrayList<>();
        int pos = 0;
        int i = 0;
        while (i < exp.size()) {
            if (exp.get(i).equals(ELIDED)) {
                out.add(ELIDED);
                i++;
                continue;
            }
            int j = i;
            while (j < exp.size() && !exp.get(j).equals(ELIDED)) {
                j++;
            }
            int start = i == 0 ? 0 : place(exp.get(i), act, pos);
            if (start < 0) {
                return null;
            }
            // the last run, when the block does not end with "...", reaches the output's end
            int length = j == exp.size() ? act.size() - start : j - i;
            if (length < 0 || start + length > act.size()) {
                return null;
            }
            for (int k = 0; k < length; k++) {
                String e = i + k < j ? exp.get(i + k) : null;
                String a = act.get(start + k);
                out.add(e != null && lineMatches(e, a) ? e : a);
            }
            pos = start + length;
            i = j;
        }
        return out;
    }

    /** The first output line from {@code from} that matches {@code exp}, else the one that begins most like it. */
    private static int place(String exp, List<String> act, int from) {
        for (int k = from; k < act.size(); k++) {
            if (lineMatches(exp, act.get(k))) {
                return k;
            }
        }
        int best = -1;
        int bestLength = 7; // a shorter common beginning (indentation, a brace) says nothing
        for (int k = from; k < act.size(); k++) {
            int n = 0;
            String a = act.get(k);
            while (n < exp.length() && n < a.length() && exp.charAt(n) == a.charAt(n)) {
                n++;
            }
            if (n > bestLength && !a.isBlank()) {
                best = k;
                bestLength = n;
            }
        }
        return best;
    }

    /**
     * The rules table is the output of {@code canvas rules --format markdown}, word for word. After adding or changing
     * a rule, {@code mvn -B test -Dtest=ReadmeTest -Dreadme.update=true} rewrites it (review the diff).
     */
    @Test
    void rulesTableIsTheOutputOfCanvasRules() throws IOException {
        String table = CliRun.of("rules", "--format", "markdown").out().replace(System.lineSeparator(), "\n");
        String readme = readme();
        int start = readme.indexOf(TABLE_HEADER);
        assertThat(start).as("the rules table in the README").isNotNegative();
        int end = readme.indexOf("\n\n", start) + 1;
        String documented = readme.substring(start, end);
        if (Boolean.getBoolean("readme.update") && !documented.equals(table)) {
            Files.writeString(README, readme.substring(0, start) + table + readme.substring(end), StandardCharsets.UTF_8);
            documented = table;
        }
        assertThat(documented).as("the README's rules table (rewrite it with -Dreadme.update=true)").isEqualTo(table);
        List<String> ids = RuleSet.builtIn().catalog().stream().map(RuleInfo::id).toList();
        assertThat(ids).contains(ParseFindings.SYNTAX, ParseFindings.UNKNOWN, SchemaValidator.RULE);
        for (String id : ids) {
            assertThat(documented).contains("| `" + id + "` |");
        }
    }

    /**
     * The JSON key table names the report's keys in their order: the top-level ones, and those of a file and of a
     * finding (the row's backticked names outside parentheses).
     */
    @Test
    void jsonKeyTableNamesTheReportsKeys() throws IOException {
        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", "--format", "json", "examples/fix-gaps.md").out());
        String readme = readme();
        String table = readme.substring(readme.indexOf("| key | meaning |"));
        table = table.substring(0, table.indexOf("\n\n"));
        List<String> top = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)(?:\\[])?` \\|").matcher(table);
        while (row.find()) {
            top.add(row.group(1));
        }
        assertThat(top).containsExactlyElementsOf(keys(report));
        JsonNode file = report.get("files").get(0);
        assertThat(rowKeys(table, "files[]")).containsExactlyElementsOf(keys(file));
        assertThat(rowKeys(table, "files[].findings[]")).containsExactlyElementsOf(keys(file.get("findings").get(0)));
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The backticked names of a row of the JSON key table, leaving out what is in parentheses. */
    private static List<String> rowKeys(String table, String key) {
        Matcher m = Pattern.compile("(?m)^\\| `" + Pattern.quote(key) + "` \\| (.*) \\|$").matcher(table);
        assertThat(m.find()).as("the row of " + key).isTrue();
        String text = m.group(1).replaceAll("\\([^()]*\\)", "");
        text = text.substring(text.indexOf(':') + 1); // "one per canvas: ..."
        List<String> out = new ArrayList<>();
        Matcher k = Pattern.compile("`(\\w+)`").matcher(text);
        while (k.find()) {
            out.add(k.group(1));
        }
        return out;
    }

    @Test
    void exitCodeTableMatchesTheCode() throws Exception {
        TreeSet<Integer> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\| ").matcher(readme().substring(readme().indexOf("## Exit codes")));
        while (m.find()) {
            documented.add(Integer.parseInt(m.group(1)));
        }
        TreeSet<Integer> used = new TreeSet<>();
        for (Field f : ExitCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                used.add(f.getInt(null));
            }
        }
        assertThat(documented).isEqualTo(used);
    }
}
