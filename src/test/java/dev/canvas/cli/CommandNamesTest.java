package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** What start-up reads without reflection is what the annotations say. */
class CommandNamesTest {

    @Test
    void eachSubcommandsNameIsItsAnnotatedName() {
        for (Main.Sub sub : Main.SUBCOMMANDS) {
            assertThat(sub.type().getAnnotation(Command.class).name()).as(sub.type().getName()).isEqualTo(sub.name());
        }
    }
}
