package dev.canvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages of {@code canvas} and of each of its commands as AsciiDoc ({@code canvas.adoc},
 * {@code canvas-check.adoc}, ...), by picocli-codegen's {@link ManPageGenerator}, from every command and option
 * {@link Main} has. Build-time only: the {@code dist} profile compiles it from {@code src/build/java} (neither it nor
 * picocli-codegen is in the jar) and runs it; asciidoctor then makes troff of them ({@code canvas.1}, ...).
 *
 * <p>The generator writes the commands' own words as they are, where AsciiDoc reads {@code *} and {@code _} as bold
 * and italic, and {@code [..]} before them as attributes: {@code 'docs/**}{@code /*.md'} came out as
 * {@code 'docs/*}{@code /.md'}, and {@code FORMAT[=FILE]} ate the synopsis around it. Those characters are written as
 * AsciiDoc's attributes for them ({@link #escape}).
 */
public final class ManPages {

    /** The generator's italics: parameter labels such as {@code _FORMAT[=FILE]_}. */
    private static final Pattern ITALIC = Pattern.compile("_([^_\\s]+)_");
    /** The first characters of the generator's own lines (headings, attributes, terms, synopsis, links, tags). */
    private static final Pattern MARKUP = Pattern.compile("^\\s*(\\*|\\[|_|xref:|//|=|:|\\+|include::)");

    private ManPages() {
    }

    /** {@code ManPages DIR}: writes the AsciiDoc pages into DIR. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT-DIRECTORY");
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        CommandLine cl = Main.documented();
        // the version alone in each page's footer: the commit a build is made from is the version command's to say
        IVersionProvider version = () -> new String[] {"canvas " + Main.Version.version()};
        write(cl, version, dir);
    }

    private static void write(CommandLine cl, IVersionProvider version, Path dir) throws IOException {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        spec.versionProvider(version);
        StringWriter page = new StringWriter();
        try (PrintWriter pw = new PrintWriter(page)) {
            ManPageGenerator.writeSingleManPage(pw, spec);
        }
        Files.writeString(dir.resolve(spec.qualifiedName("-") + ".adoc"), escape(page.toString()));
        for (CommandLine sub : cl.getSubcommands().values()) {
            write(sub, version, dir);
        }
    }

    /**
     * The page with the commands' words kept literal: in the generator's own lines, square brackets inside an
     * italic label; in the lines of words (descriptions, footers), every asterisk.
     */
    static String escape(String adoc) {
        return adoc.lines().map(line -> {
            if (MARKUP.matcher(line).find()) {
                Matcher m = ITALIC.matcher(line);
                return m.replaceAll(r -> Matcher.quoteReplacement(
                        "_" + r.group(1).replace("[", "{startsb}").replace("]", "{endsb}") + "_"));
            }
            return line.replace("*", "{asterisk}");
        }).collect(Collectors.joining("\n", "", "\n"));
    }
}
