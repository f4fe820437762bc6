package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The completion script names every command and option: it is made from the commands at each build, and these
 * tests compare it with what the command classes declare, so that a command or option the script misses fails here.
 */
class CompletionTest {

    private static final String SCRIPT = Completion.bash();

    @Test
    void theTopLevelCompletesEverySubcommand() {
        Set<String> names = new TreeSet<>();
        Main.SUBCOMMANDS.forEach(sub -> names.add(sub.name()));
        assertThat(names).contains("check", "init", "template", "help");
        assertThat(words(function("_picocli_canvas"), "commands")).isEqualTo(names);
        assertThat(words(function("_picocli_canvas_template"), "commands")).containsExactly("lint");
    }

    @Test
    void checkCompletesEachOfItsOptionsAndFilesForItsPaths() {
        // the options as CheckCommand's annotations declare them, read here without Main
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        CommandSpec check = CommandSpec.forAnnotatedObject(CheckCommand.class, new Main.Factory(new Main.Env(none, none, Map.of(), false)));
        Set<String> declared = new TreeSet<>();
        check.options().stream().filter(o -> !o.hidden()).forEach(o -> declared.addAll(Arrays.asList(o.names())));
        assertThat(declared).contains("--template", "--format", "--fail-on", "--config", "--checklist", "-q");
        declared.add("--stacktrace"); // Main's, inherited by every command

        String fn = function("_picocli_canvas_check");
        Set<String> completed = new TreeSet<>(words(fn, "flag_opts"));
        completed.addAll(words(fn, "arg_opts"));
        assertThat(completed).isEqualTo(declared);
        // PATH is a String (it may be a glob) but is completed as a file name
        assertThat(fn).contains("positionals=$( compgen -f -- \"${curr_word}\" ) # files");
    }

    @Test
    void checksOptionsOfFixedValuesCompleteThoseValues() {
        String fn = function("_picocli_canvas_check");
        assertThat(valuesAfter(fn, "--fail-on")).containsExactlyElementsOf(CheckCommand.FAIL_ON);
        assertThat(valuesAfter(fn, "--severity")).containsExactly("blocker", "gap", "warning");
        assertThat(valuesAfter(fn, "--color")).containsExactly("auto", "always", "never");
        assertThat(valuesAfter(fn, "--format")).contains("text", "json", "sarif", "github", "html");
    }

    @Test
    void everyCommandHasItsFunctionWithAllItsOptions() {
        walk(Main.documented());
    }

    private static void walk(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        String fn = function("_picocli_" + spec.qualifiedName("_"));
        Set<String> options = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                options.addAll(Arrays.asList(o.names()));
            }
        }
        Set<String> completed = new TreeSet<>(words(fn, "flag_opts"));
        completed.addAll(words(fn, "arg_opts"));
        assertThat(completed).as(spec.qualifiedName()).isEqualTo(options);
        cl.getSubcommands().values().forEach(CompletionTest::walk);
    }

    @Test
    void theScriptWorksInZshToo() {
        // zsh runs bash completion scripts through bashcompinit, which the script loads itself (README)
        assertThat(SCRIPT).contains("if [ -n \"$ZSH_VERSION\" ]", "autoload -U +X bashcompinit && bashcompinit")
                .contains("complete -F _complete_canvas -o default canvas");
    }

    @Test
    void theBuildWroteTheScriptOfTheseCommands() throws IOException {
        // process-classes writes it (pom.xml, execution 'completion'); every Maven run of the tests comes after
        Path built = Path.of("target/canvas-completion.bash");
        assertThat(built).as("run 'mvn process-classes' first").exists();
        assertThat(Files.readString(built)).isEqualTo(SCRIPT);
    }

    /** The body of one of the script's functions. */
    private static String function(String name) {
        int start = SCRIPT.indexOf("function " + name + "() {\n");
        assertThat(start).as("function " + name).isNotNegative();
        int end = SCRIPT.indexOf("\n}\n", start);
        return SCRIPT.substring(start, end);
    }

    /**
     * What the function offers after {@code option}: the array its case for the option completes from
     * ({@code local X_option_args=("a" "b")}; picocli names it by the option's label, so two options of one label
     * would share one array).
     */
    private static List<String> valuesAfter(String function, String option) {
        Matcher branch = Pattern.compile("\n    (?:-\\w\\|)?" + Pattern.quote(option) + "\\)\n(.*?);;", Pattern.DOTALL)
                .matcher(function);
        assertThat(branch.find()).as(option).isTrue();
        Matcher array = Pattern.compile("\\$\\{(\\w+)\\[@\\]\\}").matcher(branch.group(1));
        assertThat(array.find()).as(option + " completes values").isTrue();
        Matcher values = Pattern.compile("\n  local " + array.group(1) + "=\\(([^)]*)\\)").matcher(function);
        assertThat(values.find()).as(array.group(1)).isTrue();
        List<String> out = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(values.group(1));
        while (quoted.find()) {
            out.add(quoted.group(1));
        }
        return out;
    }

    /** The words of {@code local NAME="..."} in a function. */
    private static Set<String> words(String function, String name) {
        Matcher m = Pattern.compile("\n  local " + name + "=\"([^\"]*)\"").matcher(function);
        assertThat(m.find()).as(name + " in " + function.lines().findFirst().orElse("")).isTrue();
        Set<String> words = new TreeSet<>();
        for (String w : m.group(1).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
