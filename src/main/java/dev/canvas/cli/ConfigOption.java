package dev.canvas.cli;

import dev.canvas.config.CanvasConfig;
import dev.canvas.config.ConfigException;
import dev.canvas.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --today DATE}, shared by the commands that apply a rule set. */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration to use instead of the repository's .canvas.yaml files (trusted, as the root's is).")
    Path file;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date waiver expiry and rules' effective_from are judged against (default: today).")
    String today;

    Optional<Path> explicit() {
        if (file != null && !Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.CONFIG, file + ": no such configuration file");
        }
        return Optional.ofNullable(file);
    }

    LocalDate today() {
        if (today == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCodes.USAGE, "--today takes a date as YYYY-MM-DD, not '" + today + "'");
        }
    }

    /**
     * The configuration for a directory: --config, else the repository root's .canvas.yaml (or the built-in rules)
     * extended by the nested ones down to the directory.
     */
    CanvasConfig load(Path dir) {
        Optional<Path> f = explicit();
        try {
            return f.isPresent() ? ConfigLoader.load(f.get(), f.get().toString()) : ConfigLoader.load(ConfigLoader.chain(dir));
        } catch (ConfigException e) {
            throw error(e);
        }
    }

    static CliException error(ConfigException e) {
        return new CliException(ExitCodes.CONFIG, e.oneLine());
    }
}
