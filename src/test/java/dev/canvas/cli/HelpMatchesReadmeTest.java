package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help texts and the README name the same options, so neither can drift from the other. */
class HelpMatchesReadmeTest {

    private static final Pattern LONG_OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private static TreeSet<String> options(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = LONG_OPTION.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "init", "promote", "schema", "rules", "explain", "config", "template lint"})
    void everyOptionInTheHelpIsInTheReadme(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliRun help = CliRun.of(args.toArray(String[]::new));
        assertThat(help.exitCode()).isZero();
        TreeSet<String> missing = options(help.out());
        missing.removeAll(options(readme()));
        assertThat(missing).as("options of 'canvas " + command + " --help' that the README does not document").isEmpty();
    }

    @Test
    void theCheckSynopsisListsEveryOptionOfCheck() throws Exception {
        String readme = readme();
        int at = readme.indexOf("```\ncanvas check [");
        String synopsis = readme.substring(at, readme.indexOf("```", at + 3));
        String help = CliRun.of("check", "--help").out();
        // each option line of the help: '  -t, --template=FILE' or '      --all'; the synopsis may give either name
        Matcher m = Pattern.compile("(?m)^\\s+(?:(-[a-zA-Z]), )?(--[a-z][a-z-]+)").matcher(help);
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            String shortName = m.group(1);
            String longName = m.group(2);
            boolean listed = options(synopsis).contains(longName)
                    || shortName != null && Pattern.compile("[\\[| ]" + shortName + "[\\] ]").matcher(synopsis).find();
            if (!listed && !List.of("--help", "--version", "--stacktrace").contains(longName)) {
                missing.add(longName);
            }
        }
        assertThat(missing).as("check options missing from the README's synopsis").isEmpty();
        assertThat(options(synopsis)).isSubsetOf(options(help));
    }

    @Test
    void theExitCodesOfCheckAreTheReadmes() throws Exception {
        String help = CliRun.of("check", "--help").out();
        for (String code : List.of("0 ", "64 ", "65 ", "66 ", "70 ", "73 ", "74 ", "78 ")) {
            String footer = help.substring(help.indexOf("Exit codes:"));
            assertThat(footer).as("check --help names exit code " + code).containsPattern("[ ,]" + code);
            assertThat(readme()).contains("| " + code.strip() + " |");
        }
    }
}
