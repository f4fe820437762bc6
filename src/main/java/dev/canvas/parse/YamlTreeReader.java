package dev.canvas.parse;

import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Subject;
import dev.canvas.parse.fast.PlainYamlReader;
import dev.canvas.text.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML text to a {@link DataTree} with a location for every value, using snakeyaml's node marks. Bounded:
 * nesting depth and size are limited as the text is read (in one pass), before snakeyaml builds a node past the
 * limits, alias expansion before the tree is built; duplicate keys and recursive aliases become findings.
 */
public final class YamlTreeReader {

    /** Deeper than any canvas needs; deeper documents are refused before they can exhaust the stack. */
    static final int MAX_DEPTH = 64;
    private static final int MAX_ALIASES = 50;
    /**
     * Most values (scalars, lists, mappings) read, aliases expanded: a canvas has a few hundred. Bounds the memory
     * a small file can claim through nested aliases (50 aliases, each doubling the one before, are 2^50 values).
     */
    public static final int MAX_VALUES = 100_000;
    /** Longest key read: ids are short (at most 64 characters when made from a checklist item's words). */
    public static final int MAX_KEY = 256;

    /** The tree, or empty when the text is not YAML (or is empty), and what was found wrong. */
    public record Result(Optional<DataTree> tree, List<Finding> findings) {
    }

    private final String file;
    private final int lineOffset;
    private final FindingList findings = new FindingList();
    private final IdentityHashMap<Node, Boolean> onPath = new IdentityHashMap<>();
    private final String what;
    private int values;
    private boolean tooMany;

    private YamlTreeReader(String file, int lineOffset, String what) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.what = what;
    }

    /**
     * Reads {@code text}; {@code lineOffset} lines of the file come before it (for front matter).
     * An empty or comment-only text gives an empty tree and no finding: the caller decides what that means.
     */
    public static Result read(String file, String text, int lineOffset, String what) {
        Optional<DataTree> plain = PlainYamlReader.read(file, text, lineOffset);
        return plain.isPresent() ? new Result(plain, List.of()) : readWithSnakeyaml(file, text, lineOffset, what);
    }

    /**
     * The tree of a YAML file the jar holds ({@code resource}: its absolute resource path, such as
     * {@code /dev/canvas/templates/poc-to-production.yaml}). It is part of the build, so it must read without a
     * finding: one that does not, or is missing, is a broken build (an {@link IllegalStateException}).
     */
    public static DataTree readBundled(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = YamlTreeReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the jar");
            }
            Result r = read("bundled:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8), 0, name);
            if (r.tree().isEmpty() || !r.findings().isEmpty()) {
                throw new IllegalStateException(name + " does not read: " + r.findings());
            }
            return r.tree().get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #read} with snakeyaml, for all of YAML; {@link #read} first tries {@link PlainYamlReader} (a fast path,
     * see {@link dev.canvas.parse.fast}), which gives the same result for the plain YAML canvases are written in.
     */
    static Result readWithSnakeyaml(String file, String text, int lineOffset, String what) {
        YamlTreeReader r = new YamlTreeReader(file, lineOffset, what);
        Node root;
        try {
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(MAX_ALIASES);
            opts.setNestingDepthLimit(MAX_DEPTH);
            opts.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
            opts.setAllowRecursiveKeys(false);
            root = r.compose(text, opts);
        } catch (Refused e) {
            return new Result(Optional.empty(), List.of(e.finding));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            if (e.getContext() != null && e.getContext().contains("single document") && e.getProblem() != null) {
                problem = e.getContext() + ", " + e.getProblem(); // "but found another document" alone says little
            }
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(r.at(m),
                    what + " is not valid YAML: " + Excerpt.of(oneLine(problem)), hint(problem))));
        } catch (ReaderException e) {
            // a character YAML does not allow (a control character, a lone surrogate): say which, and where
            int[] lineCol = lineAndColumn(text, e.getPosition());
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(
                    new Location(file, lineOffset + lineCol[0], lineCol[1]),
                    what + " holds a character YAML does not allow (" + String.format("U+%04X", e.getCodePoint()) + ")",
                    "remove it, or write it as an escape (\\u" + String.format("%04X", e.getCodePoint()) + ") in a double-quoted string")));
        } catch (YAMLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.contains("aliases")) {
                return new Result(Optional.empty(), List.of(ParseFindings.syntax(Location.of(file, lineOffset + 1),
                        what + " uses more than " + MAX_ALIASES + " aliases (*name) of lists or mappings",
                        "write the values out instead of repeating aliases (a canvas needs none)")));
            }
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(Location.of(file, lineOffset + 1),
                    what + " is not valid YAML: " + Excerpt.of(oneLine(m)),
                    "reduce aliases and nesting, and fix the YAML syntax")));
        } catch (StackOverflowError e) {
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(Location.of(file, lineOffset + 1),
                    what + " is nested too deeply", "keep nesting under " + MAX_DEPTH + " levels")));
        } catch (RuntimeException e) {
            // snakeyaml fails on some malformed input with other exceptions than its own (found by fuzzing);
            // whatever it is, the text is not YAML this tool can read
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(Location.of(file, lineOffset + 1),
                    what + " is not valid YAML: " + Excerpt.of(oneLine(String.valueOf(e.getMessage()))),
                    "fix the YAML syntax")));
        }
        if (root == null) {
            return new Result(Optional.empty(), List.of());
        }
        Object data = r.convert(root, 0);
        if (r.tooMany) {
            // what was read is a fragment: nothing in it can be trusted as the canvas
            return new Result(Optional.empty(), r.findings.toList());
        }
        return new Result(Optional.of(new DataTree(data, r.at(root.getStartMark()))), r.findings.toList());
    }

    /**
     * The node graph of {@code text}, composed in one pass over it: each parser event is checked on its way to the
     * composer ({@link CheckedEvents}), so a document that is too deep or too big is refused at its line before a
     * tree is built from it. Throws {@link Refused} for that, and what snakeyaml throws for a syntax error.
     *
     * <p>The checks come first, as if the whole text were checked before composing: where the composer stops on
     * an error of its own (an undefined alias, too many aliases, a second document), the rest of the events are
     * still checked, and a check that fails there, or a syntax error there, is what is reported.
     */
    private Node compose(String text, LoaderOptions opts) {
        CheckedEvents events = new CheckedEvents(new ParserImpl(new StreamReader(new StringReader(text)), opts));
        try {
            return new Composer(events, new Resolver(), opts).getSingleNode();
        } catch (RuntimeException e) {
            if (e instanceof Refused || events.parserFailed) {
                throw e;
            }
            events.checkTheRest();
            throw e;
        }
    }

    /** A document refused by the checks of {@link CheckedEvents}, with the finding that says why. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        Refused(Finding finding) {
            super(finding.message(), null, false, false); // control flow within this class: no stack trace
            this.finding = finding;
        }
    }

    /**
     * The parser's events, checked as the composer takes them, building nothing and counting without recursion:
     * refuses at its line a document nested deeper than {@link #MAX_DEPTH} or with more than {@link #MAX_VALUES}
     * values (snakeyaml's own depth limit says neither where nor in which line), and a tag that snakeyaml's composer
     * would fail on. Remembers whether the parser itself failed (then it must not be asked for more events).
     */
    private final class CheckedEvents implements Parser {
        private final Parser parser;
        private int depth;
        private int count;
        boolean parserFailed;

        CheckedEvents(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            try {
                return parser.checkEvent(id);
            } catch (RuntimeException e) {
                parserFailed = true;
                throw e;
            }
        }

        @Override
        public Event peekEvent() {
            try {
                return parser.peekEvent();
            } catch (RuntimeException e) {
                parserFailed = true;
                throw e;
            }
        }

        @Override
        public Event getEvent() {
            Event e;
            try {
                e = parser.getEvent();
            } catch (RuntimeException ex) {
                parserFailed = true;
                throw ex;
            }
            check(e);
            return e;
        }

        /** Takes and checks the events the composer left, up to the end of the text. */
        void checkTheRest() {
            while (peekEvent() != null) {
                getEvent();
            }
        }

        private void check(Event e) {
            String tag = e instanceof CollectionStartEvent c ? c.getTag() : e instanceof ScalarEvent sc ? sc.getTag() : null;
            if (tag != null && (tag.isBlank() || !tag.equals(tag.strip()))) {
                // snakeyaml's composer fails on such a tag (%0a decodes to a line break) with an IllegalArgumentException
                throw new Refused(ParseFindings.syntax(at(e.getStartMark()), what + " has a tag (!...) that is blank or"
                        + " starts or ends with a space", "remove the tag: a canvas needs none"));
            }
            if (e instanceof CollectionStartEvent) {
                depth++;
                count++;
                if (depth > MAX_DEPTH) {
                    throw new Refused(ParseFindings.syntax(at(e.getStartMark()), what + " is nested more than " + MAX_DEPTH
                            + " levels deep", "flatten it: a canvas needs only a few levels of nesting"));
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof ScalarEvent || e instanceof AliasEvent) {
                count++;
            }
            if (count > MAX_VALUES) {
                throw new Refused(ParseFindings.syntax(at(e.getStartMark()), what + " has more than " + MAX_VALUES
                        + " values (a canvas has a few hundred)", "check that this is the right file; a canvas is small"));
            }
        }
    }

    /** 1-based line and column of the {@code index}-th code point of {@code text}. */
    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int col = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < index; i += Character.charCount(text.codePointAt(i)), cp++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").strip();
    }

    private static String hint(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("aliases")) {
            return "use fewer aliases (a canvas needs none)";
        }
        if (p.contains("tag")) {
            return "remove the tag (!!name): a canvas holds only text, numbers and true/false";
        }
        if (p.contains("duplicate key")) {
            return "keep one entry for each key";
        }
        if (p.contains("single document")) {
            return "keep one YAML document in the file (remove the second '---')";
        }
        return syntaxFix(problem);
    }

    /** How to fix what snakeyaml says is wrong with a YAML file's syntax, for its usual complaints. */
    public static String syntaxFix(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("(tab)") || p.contains("tab character")) {
            return "indent with spaces, not tabs";
        }
        if (p.contains("mapping values are not allowed")) {
            return "quote text that contains ': ', or indent it under its key";
        }
        if (p.contains("quoted scalar") || p.contains("found unexpected end of stream")) {
            return "close the quote that starts there";
        }
        return "fix the YAML at that line (check indentation and quoting)";
    }

    private Location at(Mark m) {
        if (m == null) {
            return Location.of(file, lineOffset + 1);
        }
        return new Location(file, lineOffset + m.getLine() + 1, m.getColumn() + 1);
    }

    private Object convert(Node node, int depth) {
        if (tooMany) {
            return null;
        }
        if (++values > MAX_VALUES) {
            tooMany = true;
            findings.add(ParseFindings.syntax(at(node.getStartMark()), what + " has more than " + MAX_VALUES
                    + " values once its aliases (*name) are expanded", "write the values out instead of repeating aliases (a canvas needs none)"));
            return null;
        }
        if (depth > MAX_DEPTH || onPath.containsKey(node)) {
            boolean deep = depth > MAX_DEPTH; // through aliases: each part is shallow, together they are not
            findings.add(ParseFindings.syntax(at(node.getStartMark()),
                    deep ? what + " is nested more than " + MAX_DEPTH + " levels deep once its aliases are expanded"
                            : "an alias refers to the value that contains it",
                    deep ? "flatten it: a canvas needs only a few levels of nesting" : "write the value out instead of using a recursive alias"));
            return null;
        }
        onPath.put(node, Boolean.TRUE);
        try {
            if (node instanceof ScalarNode s) {
                return scalar(s);
            }
            if (node instanceof SequenceNode seq) {
                DataTree.LocatedList out = new DataTree.LocatedList();
                for (Node item : seq.getValue()) {
                    out.add(convert(item, depth + 1), at(item.getStartMark()));
                }
                return out;
            }
            MappingNode map = (MappingNode) node;
            DataTree.LocatedMap out = new DataTree.LocatedMap();
            Map<String, Location> seen = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                Location keyAt = at(k.getStartMark());
                if (!(k instanceof ScalarNode ks)) {
                    findings.add(ParseFindings.syntax(keyAt, "a key is a list or mapping", "use plain text keys"));
                    continue;
                }
                String key = ks.getValue();
                if (key.length() > MAX_KEY) {
                    findings.add(ParseFindings.syntax(keyAt, "a key is " + key.length() + " characters long: '" + Excerpt.of(key)
                            + "'", "keys are short ids (see 'canvas schema'); put long text in a value"));
                    continue;
                }
                Location first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    findings.add(ParseFindings.duplicate(keyAt, Subject.NONE,
                            "key '" + Excerpt.of(key) + "' appears twice in the same mapping (first at line " + first.line() + ")",
                            "keep one '" + Excerpt.of(key) + ":' entry"));
                    continue;
                }
                Node v = t.getValueNode();
                Object value = convert(v, depth + 1);
                if (v instanceof ScalarNode s && value != null) {
                    out.put(key, value, keyAt, textAt(s));
                } else {
                    out.put(key, value, keyAt);
                }
            }
            return out;
        } finally {
            onPath.remove(node);
        }
    }

    /** Where a scalar's text starts: its first character, or for a block scalar the line after its indicator. */
    private Location textAt(ScalarNode s) {
        if (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
            return new Location(file, lineOffset + s.getStartMark().getLine() + 2, 0);
        }
        return at(s.getStartMark());
    }

    private static Object scalar(ScalarNode s) {
        return scalarValue(s.getTag(), s.getValue());
    }

    /** A scalar as plain data: null, true/false, a number, or the text (also for a number Java cannot read). */
    public static Object scalarValue(Tag tag, String v) {
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on")
                    || v.equalsIgnoreCase("y"));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new java.math.BigDecimal(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v; // .inf, .nan, 0x1F: keep the text; the schema will say a number is not expected here
            }
        }
        return v;
    }
}
