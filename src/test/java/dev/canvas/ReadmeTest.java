package dev.canvas;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Keeps the README true: every {@code console} example is run and its output compared ({@code ...} stands for any
 * lines, {@code $ echo $?} for the previous exit code), and the rules and exit-code tables match the code.
 */
class ReadmeTest {

    private static final Pattern CONSOLE = Pattern.compile("```console\\n(.*?)```", Pattern.DOTALL);

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

    private static void runBlock(String block) {
        List<String> lines = block.lines().toList();
        int i = 0;
        int lastExit = -1;
        while (i < lines.size()) {
            String cmd = lines.get(i++);
            assertThat(cmd).as("a console block line that is not output").startsWith("$ ");
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
                expected.add(lines.get(i++));
            }
            if (cmd.equals("$ echo $?")) {
                assertThat(expected).as("exit code of the command before").containsExactly(String.valueOf(lastExit));
                continue;
            }
            assertThat(cmd).startsWith("$ canvas ");
            String[] args = cmd.substring("$ canvas ".length()).trim().split("\\s+");
            CliRun r = CliRun.of(args);
            lastExit = r.exitCode();
            List<String> actual = (r.out() + r.err()).lines().toList();
            assertThat(matches(expected, 0, actual, 0))
                    .as("output of '%s'%n--- expected:%n%s%n--- actual:%n%s", cmd, String.join("\n", expected),
                            String.join("\n", actual))
                    .isTrue();
        }
    }

    /** Line-by-line match where an expected line "..." stands for any number of lines. */
    private static boolean matches(List<String> exp, int e, List<String> act, int a) {
        if (e == exp.size()) {
            return a == act.size();
        }
        if (exp.get(e).equals("...")) {
            for (int k = a; k <= act.size(); k++) {
                if (matches(exp, e + 1, act, k)) {
                    return true;
                }
            }
            return false;
        }
        return a < act.size() && exp.get(e).stripTrailing().equals(act.get(a).stripTrailing())
                && matches(exp, e + 1, act, a + 1);
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
