package dev.canvas.parse;

import dev.canvas.markdown.LlmGuidance;
import dev.canvas.markdown.MarkdownReader;
import dev.canvas.text.Mojibake;
import java.util.Optional;

/**
 * The body of a Markdown canvas: its text with the front matter's lines left empty (line numbers keep), lone
 * carriage returns made line feeds, mojibake repaired and {@code [[LLM: ...]]} guidance blanked, as commonmark reads
 * it; and where each of its lines starts, for answers, which are cut from it by line. A text with nothing to
 * normalise, repair or blank (most are) is read where it is, without a copy.
 */
final class MarkdownBody {

    /**
     * The body is {@code blankLines} empty lines (the front matter's), then {@code source} from
     * {@code blankLines + shift}: body index i (from {@code blankLines} on) is source index {@code i + shift}.
     */
    private final String source;
    private final int blankLines;
    private final int shift;
    /** Where each line of the body starts. */
    private final int[] lineStarts;
    /** Whether the body may have a '\r' ("\r\n" line breaks are kept). */
    private final boolean mayHaveCr;
    private final Optional<FrontMatter> frontMatter;
    private final MarkdownReader.Parsed parsed;
    /** The body as one string, made only when needed where it is not {@code source} itself. */
    private String body;

    private MarkdownBody(String source, int blankLines, int shift, int[] lineStarts, boolean mayHaveCr,
                         Optional<FrontMatter> frontMatter, MarkdownReader.Parsed parsed, String body) {
        this.source = source;
        this.blankLines = blankLines;
        this.shift = shift;
        this.lineStarts = lineStarts;
        this.mayHaveCr = mayHaveCr;
        this.frontMatter = frontMatter;
        this.parsed = parsed;
        this.body = body;
    }

    /** Reads the front matter of {@code text} (not blank) and parses its body; {@code file} names it in findings. */
    static MarkdownBody read(String file, String text) {
        TextScan scan = TextScan.of(text);
        if (scan.plain()) {
            // nothing to normalise, repair or blank but the front matter: the body is the text with its front
            // matter's lines left empty, read where it is
            Optional<FrontMatter> fm = FrontMatter.find(file, text);
            int blankLines = fm.map(FrontMatter::lines).orElse(0);
            int end = fm.map(FrontMatter::end).orElse(0);
            int shift = end - blankLines;
            int[] lineStarts = scan.lineStarts(blankLines, end, shift);
            MarkdownReader.Parsed parsed = MarkdownReader.parse(text, blankLines, blankLines + shift, lineStarts.length - 1);
            return new MarkdownBody(text, blankLines, shift, lineStarts, false, fm, parsed, null);
        }
        // a lone CR ends a line for commonmark: make it a LF so that lines here are numbered the same way
        boolean mayHaveCr = text.indexOf('\r') >= 0;
        String normalized = Mojibake.repair(mayHaveCr ? text.replaceAll("\r(?!\n)", "\n") : text);
        Optional<FrontMatter> fm = FrontMatter.find(file, normalized);
        String body = LlmGuidance.blank(fm.isEmpty() ? normalized
                : "\n".repeat(fm.get().lines()) + normalized.substring(fm.get().end()));
        int[] lineStarts = TextScan.lineStarts(body);
        // without '\r', the body's line breaks are its '\n's: counted here already
        MarkdownReader.Parsed parsed = MarkdownReader.parse(body, mayHaveCr ? -1 : lineStarts.length - 1);
        return new MarkdownBody(body, 0, 0, lineStarts, mayHaveCr, fm, parsed, body);
    }

    /** The front matter, if the text has one. */
    Optional<FrontMatter> frontMatter() {
        return frontMatter;
    }

    /** The body as commonmark parsed it. */
    MarkdownReader.Parsed parsed() {
        return parsed;
    }

    /**
     * Lines {@code from} to {@code to} (1-based; {@code to} past the last line reads to the end) of the body,
     * without their line breaks, joined by '\n' and stripped: the text of an answer whose blocks span them.
     */
    String lines(int from, int to) {
        to = Math.min(to, lineStarts.length);
        if (!mayHaveCr && from >= 1 && from <= to) {
            // lines end at '\n' only: lines from..to joined by '\n' are the body between them, as it is
            return body(lineStarts[from - 1], to < lineStarts.length ? lineStarts[to] - 1 : source.length() - shift).strip();
        }
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to; l++) {
            appendLine(l, sb);
        }
        return sb.toString().strip();
    }

    private String body() {
        if (body == null) {
            body = "\n".repeat(blankLines) + source.substring(blankLines + shift);
        }
        return body;
    }

    /** {@code body().substring(from, to)}. */
    private String body(int from, int to) {
        return from >= blankLines ? source.substring(from + shift, to + shift) : body().substring(from, to);
    }

    /** Line {@code l} (1-based) of the body, without its line break, followed by '\n'. */
    private void appendLine(int l, StringBuilder sb) {
        String b = body();
        int start = lineStarts[l - 1];
        int end = l < lineStarts.length ? lineStarts[l] - 1 : b.length();
        if (l < lineStarts.length && end > start && b.charAt(end - 1) == '\r') {
            end--; // a "\r\n" line break
        }
        sb.append(b, start, end).append('\n');
    }
}
