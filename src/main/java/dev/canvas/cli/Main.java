package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Entry point. {@link #run} takes injected streams and environment and returns the exit code; only
 * {@link #main} exits.
 */
@Command(name = "canvas", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks AI agent canvases (CANVAS method) against their template and prints the decision gate's verdict.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0 go, 1 fix-gaps, 2 do-not-deploy (the worst canvas's verdict)",
                "  64 usage error, 65 unusable template, 66 path not found or no canvas in it,",
                "  70 internal error, 73 output exists (use --force), 74 I/O error, 78 invalid configuration"})
public final class Main implements Callable<Integer> {

    /** The terminal and environment a command runs in: injected so tests never touch System.*. */
    record Env(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean terminal, InputStream in) {
        /** With nothing on standard input. */
        Env(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean terminal) {
            this(out, err, vars, terminal, InputStream.nullInputStream());
        }

        boolean color(String mode) {
            return switch (mode) {
                case "always" -> true;
                case "never" -> false;
                default -> terminal && !vars.containsKey("NO_COLOR") && !"dumb".equals(vars.get("TERM"));
            };
        }
    }

    /**
     * The subcommands, in the order help lists them. Only the one a command line invokes is built (picocli reads
     * each command's annotations by reflection: building all of them was a third of {@code canvas check}'s
     * start-up); help, an unknown name or no name builds them all.
     */
    static final List<Sub> SUBCOMMANDS = List.of(new Sub("check", CheckCommand.class), new Sub("init", InitCommand.class),
            new Sub("promote", PromoteCommand.class), new Sub("schema", SchemaCommand.class), new Sub("rules", RulesCommand.class),
            new Sub("explain", ExplainCommand.class), new Sub("config", ConfigCommand.class),
            new Sub("template", TemplateCommand.class), new Sub("help", CommandLine.HelpCommand.class));

    /**
     * A subcommand and its name, written out: reading the name from the class's annotation costs reflection
     * before anything else can start (a test keeps the two in step).
     */
    record Sub(String name, Class<?> type) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an internal error, print the Java stack trace (for bug reports).")
    boolean stacktrace;

    private final Env env;

    /** With nothing on standard input (an empty stream). */
    public Main(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean terminal) {
        this(out, err, vars, terminal, InputStream.nullInputStream());
    }

    /** @param in standard input: only {@code canvas check -} reads it */
    public Main(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean terminal, InputStream in) {
        this.env = new Env(out, err, vars, terminal, in);
    }

    public static void main(String[] args) {
        // picocli otherwise looks for Groovy's Closure class on the class path at start-up, to no end here
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        // the file descriptor itself, not System.out: a PrintStream swallows write errors, so '> /dev/full' exited 0
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new Main(out, err, System.getenv(), System.console() != null, System.in).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        args = nestedHelp(args);
        CommandLine cl = commandLine(invokedName(args));
        cl.setParameterExceptionHandler((ex, a) -> {
            if (ex instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == cl && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                // a mistyped command: one line, with the closest command
                String typed = u.getUnmatched().get(0);
                List<String> close = u.getSuggestions();
                env.err().println("canvas: error: '" + printable(typed) + "' is not a canvas command"
                        + (close.isEmpty() ? "" : "; did you mean '" + printable(close.get(0)) + "'?")
                        + " ('canvas --help' lists them)");
                return ExitCodes.USAGE;
            }
            env.err().println("canvas: " + printable(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, env.err()); // "Did you mean: check?"
            CommandLine c = ex.getCommandLine();
            env.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CliException ce) {
                env.err().println("canvas: error: " + printable(ce.getMessage()));
                return ce.exitCode();
            }
            if (ex instanceof UncheckedIOException io) {
                env.err().println("canvas: error: " + printable(io.getCause().getMessage()));
                return ExitCodes.IO;
            }
            env.err().println("canvas: internal error: " + printable(String.valueOf(ex)) + " (this is a bug; rerun with --stacktrace and report it)");
            if (stacktrace) {
                ex.printStackTrace(env.err());
            }
            return ExitCodes.INTERNAL;
        });
        try {
            int code = cl.execute(args);
            // a report that did not reach standard output (closed, full disk, /dev/full) is no report: never exit 0
            if (env.out().checkError()) {
                env.err().println("canvas: error: cannot write to standard output (closed, or the disk is full)");
                return code >= ExitCodes.USAGE ? code : ExitCodes.IO;
            }
            return code;
        } catch (StackOverflowError | OutOfMemoryError e) {
            env.err().println("canvas: internal error: " + printable(String.valueOf(e)) + " (the input is too large or too deep; rerun with --stacktrace and report it)");
            if (stacktrace) {
                e.printStackTrace(env.err());
            }
            return ExitCodes.INTERNAL;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    /** The command line of a run: with the subcommand named {@code invoked} only, or with all of them when null. */
    private CommandLine commandLine(String invoked) {
        CommandLine cl = new CommandLine(this, new Factory(env));
        for (Sub sub : SUBCOMMANDS) {
            if (invoked == null || invoked.equals(sub.name())) {
                cl.addSubcommand(sub.type());
            }
        }
        // every command answers -V/--version, not only the top one
        versionEverywhere(cl);
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * Every command and option, as a run that builds all of them sees them: what the build generates the shell
     * completion ({@link Completion}) and the man pages from. Nothing is run, so nothing is written anywhere.
     */
    static CommandLine documented() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        return new Main(none, none, Map.of(), false).commandLine(null);
    }

    /**
     * The subcommand a command line names (its first argument that is not an option: the top-level options take
     * no value), or null when every subcommand is needed: no name, {@code help}, or a name that is none of them
     * (picocli then suggests the closest).
     */
    static String invokedName(String... args) {
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            if (!a.startsWith("-")) {
                for (Sub sub : SUBCOMMANDS) {
                    if (sub.name().equals(a) && !a.equals("help")) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        // 'canvas' alone names no command: a usage error, with what it can do
        spec.commandLine().usage(env.err());
        return ExitCodes.USAGE;
    }

    /** Gives each command and subcommand the version provider of the top one. */
    private static void versionEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cl.getCommandSpec().versionProvider());
            versionEverywhere(sub);
        }
    }

    /**
     * {@code help A B}: picocli's help command looks one level down only, so {@code help template lint} becomes
     * {@code template lint --help}.
     */
    static String[] nestedHelp(String[] args) {
        if (args.length > 2 && args[0].equals("help") && Arrays.stream(args).skip(1).noneMatch(a -> a.startsWith("-"))) {
            String[] out = Arrays.copyOfRange(args, 1, args.length + 1);
            out[out.length - 1] = "--help";
            return out;
        }
        return args;
    }

    /** Creates commands with the environment injected: a command class's constructor taking {@link Env}. */
    record Factory(Env env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var ctor = cls.getDeclaredConstructor(Env.class);
                ctor.setAccessible(true);
                return ctor.newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** The version from the pom and the commit built from, via a resource the build fills in. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"canvas " + version() + " (commit " + read().getProperty("commit", "unknown") + ")"};
        }

        /** The version alone, as reports name the tool (SARIF's semanticVersion must be a version). */
        static String version() {
            return read().getProperty("version", "unknown");
        }

        private static Properties read() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/dev/canvas/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // an unreadable resource leaves both unknown
            }
            return p;
        }
    }
}
