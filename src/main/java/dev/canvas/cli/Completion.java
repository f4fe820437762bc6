package dev.canvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The shell completion script of {@code canvas}, for bash and for zsh (the script turns on zsh's bashcompinit
 * itself), made by picocli's {@link AutoComplete} from every command and option {@link Main} has: it cannot fall
 * behind them. The build writes it to {@code target/canvas-completion.bash} ({@link #main}, in the
 * {@code process-classes} phase); the tarball and the Debian package install it (README, "Shell completion and man
 * page"). Users of the jar alone print it with {@code java -cp canvas.jar dev.canvas.cli.Completion}.
 */
public final class Completion {

    /** The name the script completes, and the name of its file in a bash-completion folder. */
    static final String COMMAND = "canvas";
    private static final Set<String> FILE_LABELS = Set.of("PATH", "FILE");

    private Completion() {
    }

    /** The script. */
    static String bash() {
        CommandLine cl = Main.documented();
        pathsAsFiles(cl);
        return AutoComplete.bash(COMMAND, cl);
    }

    /**
     * AutoComplete completes file names for parameters of type Path or File only, and none at all for others:
     * {@code check}'s PATH parameters are strings (a PATH may be a glob), so {@code canvas check ex<TAB>} would complete
     * nothing. Each positional parameter labelled PATH or FILE is completed as a file name, whatever its Java type
     * (the command line changed here is the one the script is made from, and never runs).
     */
    private static void pathsAsFiles(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        for (PositionalParamSpec p : List.copyOf(spec.positionalParameters())) {
            if (FILE_LABELS.contains(p.paramLabel()) && !p.auxiliaryTypes()[0].equals(Path.class)) {
                spec.remove(p);
                spec.addPositional(PositionalParamSpec.builder().index(p.index()).arity(p.arity()).paramLabel(p.paramLabel())
                        .type(p.type()).auxiliaryTypes(Path.class).build());
            }
        }
        cl.getSubcommands().values().forEach(Completion::pathsAsFiles);
    }

    /** Writes the script to the file named, or to standard output without one. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
            out.print(bash());
            out.flush();
        } else {
            Path file = Path.of(args[0]);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, bash());
        }
    }
}
