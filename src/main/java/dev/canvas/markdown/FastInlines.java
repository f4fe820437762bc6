package dev.canvas.markdown;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.text.Characters;

/**
 * The inline nodes that commonmark-java's (0.24) own inline parser makes of a paragraph or heading, made directly
 * for the shapes that canvases are mostly written in: plain text and line breaks, brackets that make no link (the
 * boxes of task lists), {@code &} that starts no entity, and a question in bold ({@code **text**}, then plain text).
 * Anything else is left to commonmark ({@link #parse} returns {@code false} having added nothing). The trees are
 * the same node for node (kinds, literals, delimiters, line breaks): {@code FastInlinesMdTest} compares them with
 * commonmark's on every Markdown file of the project, generated canvases and random text.
 *
 * <p>What commonmark does with such text, and so what is done here: text runs are cut at the characters its inline
 * parser looks at ({@link #SPECIAL}) and merged again afterwards, so one line gives one {@link Text}; the spaces
 * before a line break are dropped (spaces and tabs at the end of the last line), unless the line ends with a
 * bracket, whose node is not text that is trimmed; two or more dropped spaces make the break a hard one, counted
 * on the last line that was trimmed. A {@code ]} after a {@code [} looks up a link reference definition by the text
 * between them (unless another {@code [} was opened after that one); no definition found, both stay text. An
 * {@code &} followed by {@code #} or a letter or digit may be an entity: left to commonmark. A heading's line has
 * a source span, which commonmark gives its text: done here for text (with {@code &}) on one line, else left to
 * commonmark.
 *
 * <p>One instance per document, like commonmark's inline parser: it remembers which one-character labels
 * ({@code [x]}, {@code [ ]}) name no link reference definition (all are known before inlines are parsed).
 */
final class FastInlines {

    /** Characters of the content that decide which shape it has. */
    static final int NEWLINE = 1;
    static final int STAR = 1 << 1;
    static final int BRACKET = 1 << 2;
    static final int AMPERSAND = 1 << 3;
    /** '_', '\\', '`', '<' and NUL (the scanner's end): always left to commonmark. */
    static final int OTHER = 1 << 4;

    /**
     * For each ASCII character, its kind above, or 0 for text commonmark's inline parser does not stop at. The
     * characters are those of {@code InlineParserImpl.specialCharacters} in 0.24 with the core extensions only:
     * the delimiters {@code * _}, the triggers of the built-in inline content parsers {@code \ ` & <}, the link
     * marker {@code !}, {@code [ ]} and the line break; NUL is the scanner's end. {@code !} is counted a bracket:
     * it only matters before {@code [}.
     */
    static final byte[] SPECIAL = new byte[128];

    static {
        SPECIAL['\n'] = NEWLINE;
        SPECIAL['*'] = STAR;
        SPECIAL['['] = BRACKET;
        SPECIAL[']'] = BRACKET;
        SPECIAL['!'] = BRACKET;
        SPECIAL['&'] = AMPERSAND;
        SPECIAL['_'] = OTHER;
        SPECIAL['\\'] = OTHER;
        SPECIAL['`'] = OTHER;
        SPECIAL['<'] = OTHER;
        SPECIAL[0] = OTHER;
    }

    private static final byte UNKNOWN = 0;
    private static final byte NO_DEFINITION = 1;
    private static final byte DEFINED = 2;

    private final InlineParserContext context;
    /** For each ASCII character c, whether a link reference definition is labelled with c alone, once looked up. */
    private final byte[] oneCharLabels = new byte[128];
    /** The bracket stack of {@link #noLink}: where the text of each open bracket starts (after its '['). */
    private int[] open = new int[8];
    /** For each open bracket, whether one was opened after it (commonmark then looks nothing up for it). */
    private boolean[] bracketAfter = new boolean[8];

    FastInlines(InlineParserContext context) {
        this.context = context;
    }

    /**
     * Appends to {@code block} the inline nodes of {@code s} (a block's lines joined with '\n') and returns
     * {@code true}, or returns {@code false} having appended nothing when the content has a shape left to
     * commonmark. {@code kinds} is the union of {@link #SPECIAL} over the content, {@code brackets} the first and
     * last index of a bracket character in it ({@code [ ] !}); {@code span} the source span of its only line, or null
     * when its lines have none.
     */
    boolean parse(String s, int kinds, int firstBracket, int lastBracket, Node block, SourceSpan span) {
        if ((kinds & OTHER) != 0) {
            return false;
        }
        if (span != null) {
            if ((kinds & ~AMPERSAND) != 0 || !noEntity(s)) {
                return false;
            }
            int n = s.length();
            if (n > 0) {
                Text text = new Text(s.substring(0, trimEnd(s, 0, n)));
                text.setSourceSpans(java.util.List.of(span.subSpan(0, n)));
                block.appendChild(text);
            }
            return true;
        }
        if ((kinds & STAR) != 0) {
            return kinds == STAR && strong(s, block);
        }
        if ((kinds & AMPERSAND) != 0 && !noEntity(s)) {
            return false;
        }
        if ((kinds & BRACKET) != 0 && !noLink(s, firstBracket, lastBracket + 1)) {
            return false;
        }
        if ((kinds & NEWLINE) == 0) {
            line(s, block);
        } else {
            lines(s, block);
        }
        return true;
    }

    /** Where text of the last line ends once its trailing spaces and tabs are dropped. */
    private static int trimEnd(String s, int start, int end) {
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    /** Whether no {@code &} of the content can start an entity: none is followed by '#', a letter or a digit. */
    private static boolean noEntity(String s) {
        int n = s.length();
        for (int i = s.indexOf('&'); i >= 0 && i + 1 < n; i = s.indexOf('&', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == '#' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the brackets of the content (all in {@code s[from, to)}) make no link or image, following
     * commonmark's bracket stack: a {@code ]} directly followed by '(' or '[' (an inline link, a full reference) is
     * left to commonmark, and so is a {@code [...]} whose text names a link reference definition. {@code ![} opens a
     * bracket like {@code [}.
     */
    private boolean noLink(String s, int from, int to) {
        int n = s.length();
        int[] open = this.open;
        boolean[] bracketAfter = this.bracketAfter;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '[') {
                if (depth == open.length) {
                    open = this.open = java.util.Arrays.copyOf(open, depth * 2);
                    bracketAfter = this.bracketAfter = java.util.Arrays.copyOf(bracketAfter, depth * 2);
                }
                if (depth > 0) {
                    bracketAfter[depth - 1] = true;
                }
                open[depth] = i + 1;
                bracketAfter[depth] = false;
                depth++;
            } else if (c == ']') {
                if (i + 1 < n && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '[')) {
                    return false;
                }
                if (depth > 0) {
                    depth--;
                    if (!bracketAfter[depth] && defined(s, open[depth], i)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether a link reference definition is labelled {@code s[from, to)}, as commonmark looks it up. */
    private boolean defined(String s, int from, int to) {
        if (to - from == 1 && s.charAt(from) < 128) {
            char c = s.charAt(from);
            byte known = oneCharLabels[c];
            if (known == UNKNOWN) {
                known = context.getDefinition(LinkReferenceDefinition.class, String.valueOf(c)) != null ? DEFINED : NO_DEFINITION;
                oneCharLabels[c] = known;
            }
            return known == DEFINED;
        }
        return context.getDefinition(LinkReferenceDefinition.class, s.substring(from, to)) != null;
    }

    /** Text on one line: its trailing spaces and tabs dropped unless it ends with a bracket. */
    private static void line(String s, Node block) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        char lastChar = s.charAt(n - 1);
        int keep = lastChar == '[' || lastChar == ']' ? n : trimEnd(s, 0, n);
        block.appendChild(new Text(keep == n ? s : s.substring(0, keep)));
    }

    /**
     * Text and line breaks: one {@link Text} for each line that is not empty (its trailing spaces dropped, or for
     * the last line its trailing spaces and tabs, unless it ends with a bracket) and a line break after each line
     * but the last, hard when the last line trimmed lost two spaces or more.
     */
    private static void lines(String s, Node block) {
        int n = s.length();
        int trailingSpaces = 0;
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start);
            boolean last = end < 0;
            if (last) {
                end = n;
            }
            if (end > start) {
                char lastChar = s.charAt(end - 1);
                int keep = end;
                if (lastChar != '[' && lastChar != ']') {
                    while (keep > start && (s.charAt(keep - 1) == ' ' || last && s.charAt(keep - 1) == '\t')) {
                        keep--;
                    }
                    if (!last) {
                        trailingSpaces = end - keep;
                    }
                }
                block.appendChild(new Text(s.substring(start, keep)));
            }
            if (last) {
                return;
            }
            block.appendChild(trailingSpaces >= 2 ? new HardLineBreak() : new SoftLineBreak());
            start = end + 1;
        }
    }

    /**
     * {@code **bold**} then plain text on one line (the content has no special character but its four '*'): when
     * commonmark's flanking rules let the first two open and the last two close, a {@link StrongEmphasis} with the
     * bold text, then the rest as text (its trailing spaces and tabs dropped).
     */
    private static boolean strong(String s, Node block) {
        int n = s.length();
        if (n < 5 || s.charAt(0) != '*' || s.charAt(1) != '*' || s.charAt(2) == '*') {
            return false;
        }
        int close = s.indexOf('*', 3);
        if (close < 0 || close + 1 >= n || s.charAt(close + 1) != '*' || s.indexOf('*', close + 2) >= 0) {
            return false;
        }
        // the opener follows the start of the content (whitespace and punctuation both): left-flanking unless
        // whitespace follows it
        if (Characters.isWhitespaceCodePoint(s.codePointAt(2))) {
            return false;
        }
        int before = s.codePointBefore(close);
        boolean beforeIsWhitespace = Characters.isWhitespaceCodePoint(before);
        boolean beforeIsPunctuation = Characters.isPunctuationCodePoint(before);
        boolean atEnd = close + 2 == n;
        int after = atEnd ? 0 : s.codePointAt(close + 2);
        boolean afterIsWhitespace = atEnd || Characters.isWhitespaceCodePoint(after);
        boolean afterIsPunctuation = atEnd || Characters.isPunctuationCodePoint(after);
        boolean rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
        if (!rightFlanking) {
            return false;
        }
        // runs of two and two: the "multiple of 3" rule does not apply, both runs are used whole
        StrongEmphasis strong = new StrongEmphasis("**");
        strong.appendChild(new Text(s.substring(2, close)));
        block.appendChild(strong);
        if (!atEnd) {
            block.appendChild(new Text(s.substring(close + 2, trimEnd(s, close + 2, n))));
        }
        return true;
    }
}
