package dev.canvas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point. {@link #run} takes injected streams and environment and returns the exit code; only
 * {@link #main} exits.
 */
@Command(name = "canvas", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks AI agent canvases (CANVAS method) against their template and prints the decision gate's verdict.",
        subcommands = {CheckCommand.class, InitCommand.class, PromoteCommand.class, SchemaCommand.class, RulesCommand.class, ExplainCommand.class,
                ConfigCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 go, 1 fix-gaps, 2 do-not-deploy (the worst canvas's verdict)",
                "  64 usage error, 65 unusable template, 66 path not found or no canvas in it,",
                "  70 internal error, 73 output exists (use --force), 74 I/O error, 78 invalid configuration"})
public final class Main implements Runnable {

    /** The terminal and environment a command runs in: injected so tests never touch System.*. */
    record Env(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean terminal) {
        boolean color(String mode) {
            return switch (mode) {
                case "always" -> true;
                case "never" -> false;
                default -> terminal && !vars.containsKey("NO_COLOR") && !"dumb".equals(vars.get("TERM"));
            };
        }
    }

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an internal error, print the Java stack trace (for bug reports).")
    boolean stacktrace;

    private final Env env;

    public Main(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean terminal) {
        this.env = new Env(out, err, vars, terminal);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new Main(out, err, System.getenv(), System.console() != null).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        CommandLine cl = new CommandLine(this, new Factory(env));
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            env.err().println("canvas: " + ex.getMessage());
            CommandLine c = ex.getCommandLine();
            env.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CliException ce) {
                env.err().println("canvas: error: " + ce.getMessage());
                return ce.exitCode();
            }
            if (ex instanceof UncheckedIOException io) {
                env.err().println("canvas: error: " + io.getCause().getMessage());
                return ExitCodes.IO;
            }
            env.err().println("canvas: internal error: " + ex + " (this is a bug; rerun with --stacktrace and report it)");
            if (stacktrace) {
                ex.printStackTrace(env.err());
            }
            return ExitCodes.INTERNAL;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            env.err().println("canvas: internal error: " + e + " (the input is too large or too deep; rerun with --stacktrace and report it)");
            return ExitCodes.INTERNAL;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    @Override
    public void run() {
        // 'canvas' alone: show what it can do
        new CommandLine(this).usage(env.out());
    }

    /** Creates commands with the environment injected: a command class's constructor taking {@link Env}. */
    private record Factory(Env env) implements CommandLine.IFactory {
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

    /** The version from the pom, via a resource the build fills in. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"canvas " + version()};
        }

        static String version() {
            try (InputStream in = Main.class.getResourceAsStream("/dev/canvas/version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
