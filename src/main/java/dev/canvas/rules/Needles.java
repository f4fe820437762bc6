package dev.canvas.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a regular expression's matches must contain, read from the expression: the literals ("needles") that
 * every match starts with, and literals one of which every match contains. Used as a pre-filter: where the text
 * has none of them, the (costly) search cannot succeed and is not made; where it has some, a match can only
 * start at them. Compared on {@link #fold folded} text, so that case never hides a match, whatever the flags.
 *
 * <p>Conservative by construction: any construct the reading does not understand (back references, quoting,
 * Unicode classes, comments mode, named groups...) makes it give up, and a pattern without needles is simply
 * searched in full. An expression that can match the empty string has no needles.
 */
final class Needles {

    /**
     * What every match of a pattern holds. {@code starts}: every match starts with one of these (folded); null
     * when not known. {@code required}: every match contains one of these (folded); null when not known.
     * {@code digitRuns}: a match that starts at an ASCII digit right after another implies a match that starts at
     * that other one (as for {@code \d+...}, {@code \d[\d,.]*...}, {@code -?\d+...} or {@code \b...}), so that
     * the leftmost match never starts inside a run of digits.
     */
    record Shape(List<String> starts, List<String> required, boolean digitRuns) {
        static final Shape NONE = new Shape(null, null, false);
    }

    private Needles() {
    }

    /**
     * The character a text's character is compared as: ASCII letters lower-cased, and the four non-ASCII
     * characters that a case-insensitive (Unicode) pattern matches with an ASCII letter (dotted and dotless I,
     * long s, Kelvin sign) mapped to it. Every other character is itself. A needle holds only characters that are
     * their own fold and that no other character folds to in a way the pattern would match (see {@link #safe}).
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return switch (c) {
            case '\u0130', '\u0131' -> 'i';
            case '\u017F' -> 's';
            case '\u212A' -> 'k';
            default -> c;
        };
    }

    /**
     * Whether a literal character of a pattern can be part of a needle. ASCII always: whatever the flags, a text
     * character it matches folds to its fold. Another character only when the pattern is not Unicode
     * case-insensitive (it then matches itself only) and is not one that folds to ASCII; never a surrogate.
     */
    private static boolean safe(char c, boolean unicodeCase) {
        if (c < 0x80) {
            return true;
        }
        return !unicodeCase && !Character.isSurrogate(c) && fold(c) == c;
    }

    static Shape of(Pattern p) {
        return of(p.pattern(), p.flags());
    }

    static Shape of(String regex, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
            return Shape.NONE;
        }
        for (int i = 0; i < regex.length(); i++) {
            if (Character.isSurrogate(regex.charAt(i))) {
                return Shape.NONE;
            }
        }
        boolean unicodeCase = (flags & Pattern.UNICODE_CASE) != 0 || inlineFlags(regex).indexOf('u') >= 0;
        try {
            Reader r = new Reader(regex, unicodeCase);
            Node n = r.alternation();
            if (r.pos != regex.length() || n.canBeEmpty) {
                return Shape.NONE;
            }
            return new Shape(n.starts == null ? null : List.copyOf(n.starts), n.required == null ? null : List.copyOf(n.required),
                    n.absorbsDigit);
        } catch (GiveUp e) {
            return Shape.NONE;
        }
    }

    /** Every flag letter that appears in an inline flag group {@code (?...)} or {@code (?...:}, loosely. */
    private static String inlineFlags(String regex) {
        StringBuilder out = new StringBuilder();
        for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
            for (int j = i + 2; j < regex.length() && Character.isLetter(regex.charAt(j)); j++) {
                out.append(regex.charAt(j));
            }
        }
        return out.toString();
    }

    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** What kind of assertion a piece is. */
    private static final int NOT_AN_ASSERTION = 0;
    private static final int FLAGS = 1;
    private static final int BOUNDARY = 2;
    private static final int OTHER_ASSERTION = 3;

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** A piece of the expression, and what is known of its matches. */
    private static final class Node {
        /** An assertion (matches no character), and which kind. */
        boolean zeroWidth;
        int assertion = NOT_AN_ASSERTION;
        /** Can match "". */
        boolean canBeEmpty;
        /** A safe literal character that matches exactly once (folded), else -1. */
        int lit = -1;
        /** As in {@link Shape}, for a match of this piece. */
        Set<String> starts;
        Set<String> required;
        /** For one character (a literal or a class of listed ones), quantified or not: the characters, folded. */
        Set<String> chars;
        /** Not quantified (exactly once); with a quantifier that has no upper bound. */
        boolean once = true;
        boolean unbounded;
        /** See {@link Shape#digitRuns}, for a match of this piece (that then ends where the other does). */
        boolean absorbsDigit;

        static Node opaque() {
            return new Node();
        }

        static Node assertion(int kind) {
            Node n = new Node();
            n.zeroWidth = true;
            n.canBeEmpty = true;
            n.assertion = kind;
            // no match of \b starts between two digits: that it would elsewhere says nothing
            n.absorbsDigit = kind == BOUNDARY;
            return n;
        }

        static Node literal(char c) {
            return chars(Set.of(String.valueOf(fold(c))), fold(c));
        }

        static Node chars(Set<String> members, int lit) {
            Node n = new Node();
            n.lit = lit;
            n.starts = members;
            n.required = members;
            n.chars = members;
            return n;
        }

        /** Whether no match starts with a digit (as far as is known). */
        boolean startsWithNoDigit() {
            return starts != null && starts.stream().noneMatch(x -> x.charAt(0) >= '0' && x.charAt(0) <= '9');
        }
    }

    private static final class Reader {
        final String re;
        final boolean unicodeCase;
        int pos;

        Reader(String re, boolean unicodeCase) {
            this.re = re;
            this.unicodeCase = unicodeCase;
        }

        boolean more() {
            return pos < re.length();
        }

        char peek() {
            return re.charAt(pos);
        }

        Node alternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(sequence());
            while (more() && peek() == '|') {
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            boolean empty = false;
            boolean absorbs = true;
            Set<String> starts = new LinkedHashSet<>();
            Set<String> required = new LinkedHashSet<>();
            for (Node b : branches) {
                empty |= b.canBeEmpty;
                absorbs &= b.absorbsDigit || !b.canBeEmpty && b.startsWithNoDigit();
                starts = union(starts, b.starts);
                required = union(required, b.required);
            }
            Node n = new Node();
            n.canBeEmpty = empty;
            n.starts = empty ? null : starts;
            n.required = empty ? null : required;
            n.absorbsDigit = absorbs;
            return n;
        }

        private static Set<String> union(Set<String> acc, Set<String> more) {
            if (acc == null || more == null) {
                return null;
            }
            acc.addAll(more);
            return acc;
        }

        Node sequence() {
            List<Node> items = new ArrayList<>();
            while (more() && peek() != '|' && peek() != ')') {
                Node atom = atom();
                items.add(quantified(atom));
            }
            return combine(items);
        }

        /** The atom with the quantifier that follows it, if any. */
        Node quantified(Node atom) {
            if (!more()) {
                return atom;
            }
            char c = peek();
            int min;
            boolean unbounded = c != '?';
            if (c == '?' || c == '*') {
                min = 0;
                pos++;
            } else if (c == '+') {
                min = 1;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new GiveUp();
                }
                String body = re.substring(pos + 1, close);
                if (!body.matches("\\d{1,6}(,\\d{0,6})?")) {
                    throw new GiveUp();
                }
                int comma = body.indexOf(',');
                String lo = comma < 0 ? body : body.substring(0, comma);
                min = Integer.parseInt(lo);
                unbounded = comma >= 0 && comma == body.length() - 1;
                pos = close + 1;
            } else {
                return atom;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                pos++; // reluctant or possessive: the same needles
            }
            if (atom.zeroWidth) {
                // an assertion that may be left out (\b?, \b*, \b{0}) requires nothing: no longer the assertion
                return min == 0 ? Node.assertion(OTHER_ASSERTION) : atom;
            }
            Node n = new Node();
            n.starts = atom.starts;
            n.chars = atom.chars;
            n.once = false;
            n.unbounded = unbounded;
            if (min == 0) {
                n.canBeEmpty = true;
            } else {
                // once or more: what it starts with and holds stays; it is no longer a single literal character
                n.canBeEmpty = atom.canBeEmpty;
                n.required = atom.required;
            }
            // a class of all digits, repeated without bound, takes one more before it
            n.absorbsDigit = atom.chars != null && unbounded && atom.chars.containsAll(DIGITS);
            return n;
        }

        /** A sequence: the literals its runs of literal characters spell, and what its first pieces start with. */
        private static Node combine(List<Node> items) {
            boolean empty = true;
            for (Node n : items) {
                empty &= n.canBeEmpty;
            }
            // required: the best needles of one piece, or of a run of literal characters
            Set<String> best = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= items.size(); i++) {
                Node n = i < items.size() ? items.get(i) : null;
                if (n != null && n.lit >= 0) {
                    run.append((char) n.lit);
                    continue;
                }
                if (run.length() > 0) {
                    best = better(best, Set.of(run.toString()));
                    run.setLength(0);
                }
                if (n != null && !n.canBeEmpty && n.required != null) {
                    best = better(best, n.required);
                }
            }
            // starts: skip assertions; an optional piece adds its starts and lets the next one start the match
            Set<String> starts = new LinkedHashSet<>();
            boolean ended = false;
            for (int i = 0; i < items.size() && !ended; i++) {
                Node n = items.get(i);
                if (n.zeroWidth) {
                    continue;
                }
                if (n.lit >= 0) {
                    StringBuilder s = new StringBuilder();
                    for (int j = i; j < items.size() && items.get(j).lit >= 0; j++) {
                        s.append((char) items.get(j).lit);
                    }
                    starts.add(s.toString());
                    ended = true;
                } else if (n.starts == null) {
                    starts = null;
                    break;
                } else {
                    starts.addAll(n.starts);
                    ended = !n.canBeEmpty;
                }
            }
            if (!ended) {
                starts = null;
            }
            Node n = new Node();
            n.lit = items.size() == 1 ? items.get(0).lit : -1;
            n.chars = items.size() == 1 && items.get(0).once ? items.get(0).chars : null;
            n.zeroWidth = items.stream().allMatch(x -> x.zeroWidth) && !items.isEmpty();
            n.assertion = items.size() == 1 ? items.get(0).assertion : n.zeroWidth ? OTHER_ASSERTION : NOT_AN_ASSERTION;
            n.canBeEmpty = empty;
            n.starts = empty ? null : starts;
            n.required = empty ? null : best;
            n.absorbsDigit = absorbsDigit(items, 0);
            return n;
        }

        /**
         * Whether the pieces from {@code i} on take one more digit before a match that starts at a digit right
         * after another (and end where it does): they start with \b (no such match), or with what cannot start
         * with a digit, or with an unbounded class of all digits, or with a digit class then an unbounded class
         * of all digits ({@code \d[\d,.]*}); inline flags and optional pieces that cannot match a digit are
         * passed over.
         */
        private static boolean absorbsDigit(List<Node> items, int i) {
            while (i < items.size() && items.get(i).assertion == FLAGS) {
                i++;
            }
            if (i >= items.size()) {
                return false;
            }
            Node first = items.get(i);
            if (first.zeroWidth) {
                return first.assertion == BOUNDARY;
            }
            if (first.absorbsDigit) {
                return true; // it takes the digit, then matches on as it did (or, had it matched nothing, stops)
            }
            if (first.canBeEmpty) {
                // an optional piece that cannot match a digit matched nothing: what follows starts the match
                return first.startsWithNoDigit() && absorbsDigit(items, i + 1);
            }
            if (first.startsWithNoDigit()) {
                return true;
            }
            if (first.once && first.chars != null && first.chars.containsAll(DIGITS) && i + 1 < items.size()) {
                Node next = items.get(i + 1);
                return next.chars != null && next.unbounded && next.chars.containsAll(DIGITS);
            }
            return false;
        }

        /** The more selective of two needle sets: the longer shortest needle, then the fewer needles. */
        private static Set<String> better(Set<String> a, Set<String> b) {
            if (a == null) {
                return b;
            }
            int ma = a.stream().mapToInt(String::length).min().orElse(0);
            int mb = b.stream().mapToInt(String::length).min().orElse(0);
            if (mb != ma) {
                return mb > ma ? b : a;
            }
            return b.size() < a.size() ? b : a;
        }

        Node atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '^':
                case '$':
                    return Node.assertion(OTHER_ASSERTION);
                case '.':
                case ']':
                case '}':
                    return Node.opaque();
                case '*':
                case '+':
                case '?':
                case '{':
                case ')':
                case '|':
                    throw new GiveUp();
                default:
                    return safe(c, unicodeCase) ? Node.literal(c) : Node.opaque();
            }
        }

        Node group() {
            boolean lookaround = false;
            if (re.startsWith("?", pos)) {
                pos++;
                if (re.startsWith(":", pos)) {
                    pos++;
                } else if (re.startsWith("=", pos) || re.startsWith("!", pos)) {
                    pos++;
                    lookaround = true;
                } else if (re.startsWith("<=", pos) || re.startsWith("<!", pos)) {
                    pos += 2;
                    lookaround = true;
                } else {
                    // inline flags: (?idmsu-idmsu) or (?idmsu-idmsu:X); comments mode and Unicode classes give up
                    int start = pos;
                    while (more() && "idmsu-".indexOf(peek()) >= 0) {
                        pos++;
                    }
                    if (!more() || pos == start) {
                        throw new GiveUp();
                    }
                    if (peek() == ')') {
                        pos++;
                        return Node.assertion(FLAGS);
                    }
                    if (peek() != ':') {
                        throw new GiveUp();
                    }
                    pos++;
                }
            }
            Node inner = alternation();
            if (!more() || peek() != ')') {
                throw new GiveUp();
            }
            pos++;
            if (lookaround) {
                return Node.assertion(OTHER_ASSERTION);
            }
            if (inner.zeroWidth) {
                return Node.assertion(inner.assertion == NOT_AN_ASSERTION ? OTHER_ASSERTION : inner.assertion);
            }
            Node n = new Node();
            n.canBeEmpty = inner.canBeEmpty;
            n.lit = inner.lit;
            n.starts = inner.starts;
            n.required = inner.required;
            n.chars = inner.chars;
            n.absorbsDigit = inner.absorbsDigit;
            return n;
        }

        Node escape() {
            if (!more()) {
                throw new GiveUp();
            }
            char c = re.charAt(pos++);
            switch (c) {
                case 'b':
                    return Node.assertion(BOUNDARY);
                case 'B':
                    return Node.assertion(OTHER_ASSERTION);
                case 'd':
                    return digits();
                case 'D':
                case 's':
                case 'S':
                case 'w':
                case 'W':
                case 'h':
                case 'H':
                case 'v':
                case 'V':
                case 'R':
                    return Node.opaque();
                case 't':
                    return Node.literal('\t');
                case 'n':
                    return Node.literal('\n');
                case 'r':
                    return Node.literal('\r');
                case 'f':
                    return Node.literal('\f');
                case 'a':
                    return Node.literal('\u0007');
                case 'e':
                    return Node.literal('\u001B');
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw new GiveUp(); // properties, hex and octal escapes, back references, quoting, \G, \A, \z...
                    }
                    return safe(c, unicodeCase) ? Node.literal(c) : Node.opaque();
            }
        }

        private static Node digits() {
            Set<String> d = new LinkedHashSet<>();
            for (char c = '0'; c <= '9'; c++) {
                d.add(String.valueOf(c));
            }
            return Node.chars(d, -1);
        }

        /**
         * A class of listed characters (and \d or 0-9) stands for them. A negated class, one with another range
         * or a class escape other than \d, is opaque; nested classes, intersections and '-' other than first,
         * last or in 0-9 give up.
         */
        Node charClass() {
            int open = pos;
            boolean negated = false;
            if (more() && peek() == '^') {
                negated = true;
                pos++;
            }
            if (!more() || peek() == ']') {
                throw new GiveUp();
            }
            int first = pos;
            Set<String> members = new LinkedHashSet<>();
            boolean opaque = negated;
            while (true) {
                if (!more()) {
                    throw new GiveUp();
                }
                int at = pos;
                char c = re.charAt(pos++);
                if (c == ']') {
                    break;
                }
                if (c == '[' || c == '&') {
                    throw new GiveUp();
                }
                if (c == '-') {
                    if (at != first && !(more() && peek() == ']')) {
                        throw new GiveUp();
                    }
                } else if (c == '\\') {
                    if (!more()) {
                        throw new GiveUp();
                    }
                    char e = re.charAt(pos++);
                    if (e == 'd' || "DsSwWhHvV".indexOf(e) >= 0) {
                        if (more() && peek() == '-' && !(pos + 1 < re.length() && re.charAt(pos + 1) == ']')) {
                            throw new GiveUp();
                        }
                        if (e == 'd') {
                            members.addAll(digits().starts);
                        } else {
                            opaque = true;
                        }
                        continue;
                    }
                    int control = "tnrfae".indexOf(e);
                    if (control >= 0) {
                        c = "\t\n\r\f\u0007\u001B".charAt(control);
                    } else if (Character.isLetterOrDigit(e)) {
                        throw new GiveUp();
                    } else {
                        c = e;
                    }
                }
                if (more() && peek() == '-' && !(pos + 1 < re.length() && re.charAt(pos + 1) == ']')) {
                    // a range: only 0-9 is read
                    if (c == '0' && re.startsWith("-9", pos) && re.charAt(at) == '0') {
                        pos += 2;
                        members.addAll(digits().starts);
                        continue;
                    }
                    throw new GiveUp();
                }
                if (safe(c, unicodeCase)) {
                    members.add(String.valueOf(fold(c)));
                } else {
                    opaque = true;
                }
            }
            if (pos - open < 2) {
                throw new GiveUp();
            }
            return opaque || members.isEmpty() ? Node.opaque() : Node.chars(members, -1);
        }
    }
}
