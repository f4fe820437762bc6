package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.check.Warmup;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What start-up reads without reflection is what the annotations say. */
class CommandNamesTest {

    @Test
    void eachSubcommandsNameIsItsAnnotatedName() {
        for (Main.Sub sub : Main.SUBCOMMANDS) {
            assertThat(sub.type().getAnnotation(Command.class).name()).as(sub.type().getName()).isEqualTo(sub.name());
        }
    }

    @Test
    void theWarmUpSkipsTheValueOfEveryCheckOptionThatTakesOne() {
        Main.Env env = new Main.Env(null, null, java.util.Map.of(), false);
        CommandSpec check = new CommandLine(new Main(null, null, java.util.Map.of(), false), new Main.Factory(env))
                .addSubcommand(CheckCommand.class).getSubcommands().get("check").getCommandSpec();
        Set<String> withValue = new TreeSet<>();
        for (OptionSpec o : check.options()) {
            if (o.arity().max() > 0) {
                withValue.addAll(Set.of(o.names()));
            }
        }
        assertThat(new TreeSet<>(Warmup.VALUE_OPTIONS)).isEqualTo(withValue);
    }
}
