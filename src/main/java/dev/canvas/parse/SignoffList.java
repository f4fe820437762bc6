package dev.canvas.parse;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.Location;
import dev.canvas.model.Signoff;
import dev.canvas.model.SignoffRole;
import dev.canvas.text.Chars;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the sign-offs of a Markdown canvas: the lines of the list under a "Sign-offs" heading, such as
 * "Security officer: Priya Natarajan, 2026-11-18", each a role of the template, a name and a date.
 */
final class SignoffList {

    private static final Pattern SIGNOFFS = Pattern.compile("(?i)\\bsign[- ]?offs?\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private SignoffList() {
    }

    /** Whether a heading's text names the sign-offs ("Sign-offs", "Sign-Off:", "Signoffs"). */
    static boolean namesSignoffs(String t) {
        return mentionsSign(t) && SIGNOFFS.matcher(t).find();
    }

    /**
     * Adds to {@code into} the sign-off of each line of {@code list} that names a role of the template, unless the
     * role has one already; {@code at} gives a list item's location.
     */
    static void read(ListBlock list, TemplateIndex template, Function<Node, Location> at, Map<String, Signoff> into) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            String t = CanvasMarkdown.taskText(item).orElseGet(() -> {
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph para) {
                        return CanvasMarkdown.text(para);
                    }
                }
                return "";
            });
            int colon = t.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String roleKey = template.key(t.substring(0, colon));
            for (TemplateIndex.RoleKeys keys : template.signoffRoles()) {
                SignoffRole role = keys.role();
                // "Security officer", "security-officer", "Security officer (CISO)", or BMAD's "Security"
                if (roleKey.equals(keys.roleKey()) || roleKey.equals(keys.idKey()) || roleKey.startsWith(keys.roleKey())
                        || !roleKey.isEmpty() && keys.roleKey().startsWith(roleKey + " ")) {
                    String rest = t.substring(colon + 1);
                    Matcher d = DATE.matcher(rest);
                    Optional<LocalDate> date = Optional.empty();
                    if (d.find()) {
                        date = isoDate(rest, d.start());
                        rest = rest.substring(0, d.start()) + rest.substring(d.end());
                    }
                    String name = signoffName(rest);
                    if (underscores(name) || template.key(name).isEmpty()) {
                        name = "";
                    }
                    into.putIfAbsent(role.id(), new Signoff(role.id(), name, date, at.apply(item)));
                }
            }
        }
    }

    /** Whether {@code t} has "sign" in any case of ASCII letters, as {@link #SIGNOFFS} needs to match. */
    static boolean mentionsSign(String t) {
        for (int i = 0; i + 4 <= t.length(); i++) {
            if ((t.charAt(i) | 0x20) == 's' && (t.charAt(i + 1) | 0x20) == 'i' && (t.charAt(i + 2) | 0x20) == 'g'
                    && (t.charAt(i + 3) | 0x20) == 'n') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} matches {@code _*}. */
    static boolean underscores(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * The date of the ten characters {@code dddd-dd-dd} (ASCII digits) at {@code at}, as {@code LocalDate.parse}
     * reads it (ISO, strict: a day the month does not have is no date), or empty.
     */
    static Optional<LocalDate> isoDate(String s, int at) {
        int year = (s.charAt(at) - '0') * 1000 + (s.charAt(at + 1) - '0') * 100 + (s.charAt(at + 2) - '0') * 10 + (s.charAt(at + 3) - '0');
        int month = (s.charAt(at + 5) - '0') * 10 + (s.charAt(at + 6) - '0');
        int day = (s.charAt(at + 8) - '0') * 10 + (s.charAt(at + 9) - '0');
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The name in a sign-off line once the date is cut out: without a trailing run of punctuation and the
     * separators around it ("Priya Natarajan, " reads "Priya Natarajan"). A loop rather than regular expressions,
     * which backtrack quadratically over a long run of punctuation.
     */
    static String signoffName(String rest) {
        int end = rest.length();
        while (end > 0 && Chars.isRegexSpace(rest.charAt(end - 1))) {
            end--;
        }
        int cut = end;
        while (cut > 0 && ",;()[]\u2013\u2014-".indexOf(rest.charAt(cut - 1)) >= 0) {
            cut--;
        }
        if (cut < end && closes(rest.substring(0, cut), rest.charAt(cut))) {
            cut++; // "Henrik Lund (CFO), " reads "Henrik Lund (CFO)": the bracket closes one the name opened
        }
        String s = cut < end ? rest.substring(0, cut) : rest;
        int from = 0;
        int to = s.length();
        while (from < to && (Chars.isRegexSpace(s.charAt(from)) || ",;\u2013\u2014-".indexOf(s.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Chars.isRegexSpace(s.charAt(to - 1)) || ",;\u2013\u2014-".indexOf(s.charAt(to - 1)) >= 0)) {
            to--;
        }
        return s.substring(from, to).strip();
    }

    /** Whether {@code bracket} is a ')' or ']' that closes a bracket {@code name} left open. */
    private static boolean closes(String name, char bracket) {
        char open = bracket == ')' ? '(' : bracket == ']' ? '[' : 0;
        int depth = 0;
        for (int i = 0; open != 0 && i < name.length(); i++) {
            depth += name.charAt(i) == open ? 1 : name.charAt(i) == bracket ? -1 : 0;
        }
        return depth > 0;
    }
}
