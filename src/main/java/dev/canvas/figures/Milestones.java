package dev.canvas.figures;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scale milestones an answer gives figures for: launch, 6 months and 1 year, named as teams name them
 * ("Launch", "go-live", "6 mo", "+6 mo", "Month 6", "M6", "half a year", "1 yr", "12 months", "Year 1", "Y1") in an
 * item that also holds a figure of its own, or in a table whose header names the milestone above a figure.
 */
public final class Milestones {

    /** A milestone of the method's scale projection. */
    public enum Milestone {
        LAUNCH("launch"), SIX_MONTHS("6 months"), ONE_YEAR("1 year");

        private final String label;

        Milestone(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How each milestone is written, as word sequences (the words of {@link #words}). */
    private static final List<List<List<String>>> NAMES = List.of(
            phrases("launch", "launches", "launched", "launching", "go live", "golive", "go-live", "day one", "day 1", "day1",
                    "initial", "initially", "at start", "start", "month 0", "m0", "rollout", "roll out", "release", "ga",
                    "first month", "month 1", "week 1", "pilot", "t0", "today", "now", "current", "currently", "wave 1"),
            phrases("6 months", "6 month", "six months", "six month", "6 mo", "6mo", "6 mos", "6 mths", "6 mth", "month 6",
                    "m6", "m 6", "six-month", "half-year", "half year", "half a year", "halfyear", "26 weeks", "180 days", "6months", "t 6", "t6", "h1"),
            phrases("1 year", "one year", "a year", "1 yr", "1yr", "12 months", "12 month", "12 mo", "12mo", "12 mths",
                    "twelve months", "twelve-month", "one-year", "first-year", "year 1", "year one", "y1", "month 12", "m12", "m 12", "first year", "yr 1", "1year",
                    "12months", "52 weeks", "365 days", "t12", "t 12"));

    /** A way a milestone is written. */
    private record Name(Milestone milestone, List<String> words) {
    }

    /** {@link #NAMES} by their first word, each list in the order of {@link #NAMES}. */
    private static final Map<String, List<Name>> BY_FIRST_WORD = new HashMap<>();

    static {
        for (Milestone m : Milestone.values()) {
            for (List<String> phrase : NAMES.get(m.ordinal())) {
                BY_FIRST_WORD.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(new Name(m, phrase));
            }
        }
    }

    private Milestones() {
    }

    private static List<List<String>> phrases(String... ps) {
        List<List<String>> out = new ArrayList<>();
        for (String p : ps) {
            out.add(List.of(p.split(" ")));
        }
        return out;
    }

    /** A word of an item and where it is. */
    private record Word(String text, int start, int end) {
    }

    /** The milestones that {@code answer} gives a figure for. */
    public static Set<Milestone> given(String answer) {
        EnumSet<Milestone> out = EnumSet.noneOf(Milestone.class);
        List<Items.Item> items = Items.of(answer);
        List<String> header = null;
        for (int i = 0; i < items.size(); i++) {
            Items.Item item = items.get(i);
            Found f = find(item.text());
            if (item.row()) {
                columns(item, header, out);
                if (header == null) {
                    header = item.cells();
                }
            } else {
                header = null;
            }
            if (f.named.isEmpty()) {
                continue;
            }
            if (f.figure) {
                out.addAll(f.named);
            } else if (i + 1 < items.size() && !item.row()) {
                // "- Launch" then "  - 40 users": the figure below it, when that item names no milestone itself
                Found next = find(items.get(i + 1).text());
                if (next.named.isEmpty() && next.figure && (items.get(i + 1).indent() > item.indent() || item.introduces())) {
                    out.addAll(f.named);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code answer}, whose figures are {@code figures} ({@link FigureReader#read}), states when they apply in
     * another way (quarters, dates, years, months named).
     */
    public static boolean datesOtherwise(String answer, List<Figure> figures) {
        for (Figure f : figures) {
            if (f.kind() == Figure.Kind.DATE) {
                return true;
            }
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        for (String m : new String[] {"january", "february", "march", "april", "june", "july", "august", "september",
                "october", "november", "december", "end of", "by year", "year-end", "year end", "quarter", "month ",
                "months", "year 2", "phase"}) {
            if (lower.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** A table row under a header that names milestones: each column with a figure gives its milestone. */
    private static void columns(Items.Item row, List<String> header, EnumSet<Milestone> out) {
        if (header == null) {
            return;
        }
        for (int c = 0; c < row.cells().size() && c < header.size(); c++) {
            Found h = find(header.get(c));
            if (!h.named.isEmpty() && hasFigure(row.cells().get(c), List.of())) {
                out.addAll(h.named);
            }
        }
    }

    private record Found(EnumSet<Milestone> named, boolean figure) {
    }

    private static Found find(String text) {
        List<Word> words = words(text);
        EnumSet<Milestone> named = EnumSet.noneOf(Milestone.class);
        List<int[]> spans = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (Name name : BY_FIRST_WORD.getOrDefault(words.get(w).text(), List.of())) {
                if (matches(words, w, name.words())) {
                    named.add(name.milestone());
                    spans.add(new int[] {words.get(w).start(), words.get(w + name.words().size() - 1).end()});
                }
            }
        }
        return new Found(named, hasFigure(text, spans));
    }

    /** Whether the text holds a figure outside the milestones' own words (the 6 of "6 months"). */
    private static boolean hasFigure(String text, List<int[]> spans) {
        for (Figure f : FigureReader.read(text)) {
            boolean own = false;
            for (int[] s : spans) {
                own = own || f.start() < s[1] && s[0] < f.end();
            }
            if (!own) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Word> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text: runs of letters and digits, lower-cased ("+6 mo" is "6", "mo"; "go-live" is "go-live"). */
    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i - 1)))) {
                i++;
            }
            out.add(new Word(text.substring(s, i).toLowerCase(Locale.ROOT), s, i));
        }
        return out;
    }
}
