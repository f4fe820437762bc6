package dev.canvas.parse;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.markdown.LazyBoldLine;
import dev.canvas.markdown.LlmGuidance;
import dev.canvas.markdown.MarkdownReader;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Signoff;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.text.Chars;
import dev.canvas.text.Excerpt;
import dev.canvas.text.KeyWords;
import dev.canvas.text.MatchText;
import dev.canvas.text.Mojibake;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;

/**
 * Reads a Markdown canvas: the document that results from filling in a template. Squares are found by their
 * headings, answers by the bold question before them (matched to the template by its words, so rewording,
 * emphasis, emoji and mojibake do not matter), boxes by their text.
 */
public final class MarkdownCanvasParser {

    /** Square headings deeper than this are part of an answer, not structure. */
    private static final int ANSWER_HEADING_LEVEL = 4;
    private static final double QUESTION_SIMILARITY = 0.6;
    private static final double ITEM_SIMILARITY = 0.75;
    /** Below this, no template item is suggested for an unknown one. */
    private static final double SUGGESTION_SIMILARITY = 0.4;
    /**
     * Unknown checklist items reported one by one in a file; the rest are counted in one finding (a file of
     * thousands of unknown boxes is one mistake, not thousands).
     */
    public static final int MAX_UNKNOWN_ITEMS = 50;
    /** "Square 3" naming one square (not "Squares 1-2" naming a phase's). */
    private static final java.util.regex.Pattern ONE_SQUARE =
            java.util.regex.Pattern.compile("(?i)\\bsquare\\s+(\\d{1,3})\\b(?!\\s*[-\\u2013\\u2014]\\s*\\d)");
    private static final java.util.regex.Pattern SIGNOFFS = java.util.regex.Pattern.compile("(?i)\\bsign[- ]?offs?\\b");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final CanvasDefinition definition;
    private final Map<String, List<Field>> fieldsByKey = new HashMap<>();
    private final Map<String, List<ItemRef>> itemsByKey = new HashMap<>();
    private final Set<String> labelKeys = new HashSet<>();
    /** The words of each question's match key, for similarity (fuzzy matching compares questions against them). */
    private final Map<Field, String[]> questionWords = new java.util.IdentityHashMap<>();
    /** Match keys computed once: fuzzy matching compares every box against them. */
    private final Map<ChecklistItem, String> itemKeys = new java.util.IdentityHashMap<>();
    /**
     * The match key of each text of the template (questions, items, groups, roles), by the text: a canvas mostly
     * repeats them word for word, and looking a key up costs far less than computing it again for every file.
     * Looked up without hashing whole texts.
     */
    private final TextTable templateTexts;
    /** What the definition finds by scanning all its phases on every call: looked up here instead. */
    private final Map<String, Field> fieldsById;
    private final Map<Integer, Square> squaresByNumber = new HashMap<>();
    /** Every checklist item, in the definition's order: fuzzy matching scores them through {@link #itemsByWord}. */
    private final List<ItemRef> allItems = new ArrayList<>();
    /** The number of distinct words of each item's match key, by its index in {@link #allItems}. */
    private final int[] itemWordCounts;
    /** The indexes in {@link #allItems} of the items whose match key has a word, by the word. */
    private final Map<String, int[]> itemsByWord = new HashMap<>();
    /** The readiness checklist's id, or null without one. */
    private final String readinessId;
    /** The key of the readiness checklist's title ("production readiness checklist"), or null. */
    private final String readinessTitleKey;
    /** The readiness items that have key words, with them, by the number of their square (0: none). */
    private final Map<Integer, List<Keyed>> keyedBySquare = new HashMap<>();
    /** All of them. */
    private final List<Keyed> allKeyed = new ArrayList<>();
    private final int squareCount;
    private final List<RoleKeys> signoffRoles = new ArrayList<>();

    private record ItemRef(Checklist checklist, ChecklistItem item) {
    }

    /** A readiness item with its key words. */
    private record Keyed(ItemRef ref, KeyWords words) {
    }

    /** A sign-off role with the match keys of its name and id. */
    private record RoleKeys(SignoffRole role, String roleKey, String idKey) {
    }

    public MarkdownCanvasParser(CanvasDefinition definition) {
        this.definition = definition;
        Map<String, String> keys = new HashMap<>(); // of the template's texts, each computed once
        java.util.function.Function<String, String> templateKey = text -> keys.computeIfAbsent(text, MatchText::key);
        for (Field f : definition.fields()) {
            String k = templateKey.apply(f.question());
            questionWords.put(f, KeyWords.words(k));
            fieldsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        labelKeys.add("prerequisites");
        labelKeys.add("validation gate");
        for (Checklist c : definition.checklists()) {
            for (ChecklistItem i : c.items()) {
                itemKeys.put(i, templateKey.apply(i.text()));
                itemsByKey.computeIfAbsent(itemKeys.get(i), k -> new ArrayList<>()).add(new ItemRef(c, i));
                if (!i.group().isEmpty()) {
                    labelKeys.add(templateKey.apply(i.group()));
                }
            }
        }
        String readiness = definition.readiness().map(r -> r.checklistId()).orElse(null);
        String readinessTitle = null;
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Integer> wordCounts = new ArrayList<>();
        for (Checklist c : definition.checklists()) {
            for (ChecklistItem i : c.items()) {
                ItemRef ref = new ItemRef(c, i);
                String[] words = KeyWords.words(itemKeys.get(i));
                for (String w : words) {
                    byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(allItems.size());
                }
                wordCounts.add(words.length);
                allItems.add(ref);
                if (c.id().equals(readiness) && !i.words().isEmpty()) {
                    int n = CanvasMarkdown.square(i.group()).map(CanvasMarkdown.NumberedHeading::number).orElse(0);
                    Keyed keyed = new Keyed(ref, KeyWords.of(i.words()));
                    keyedBySquare.computeIfAbsent(n, x -> new ArrayList<>()).add(keyed);
                    allKeyed.add(keyed);
                }
            }
            if (c.id().equals(readiness)) {
                readinessTitle = templateKey.apply(c.title());
            }
        }
        byWord.forEach((w, list) -> itemsByWord.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        itemWordCounts = wordCounts.stream().mapToInt(Integer::intValue).toArray();
        readinessId = readiness;
        readinessTitleKey = readinessTitle;
        fieldsById = definition.fieldsById();
        List<Square> squares = definition.squares();
        for (Square sq : squares) {
            squaresByNumber.putIfAbsent(sq.number(), sq); // the first of a number, as definition.square(n) finds it
        }
        squareCount = squares.size();
        for (SignoffRole role : definition.readiness().map(r -> r.signoffs()).orElse(List.of())) {
            signoffRoles.add(new RoleKeys(role, templateKey.apply(role.role()), MatchText.key(role.id())));
        }
        templateTexts = new TextTable(keys);
    }

    /**
     * A read-only map of strings, probed by their length and three of their characters rather than by
     * {@link String#hashCode} (which reads all of a text that is new each time): a hit costs one
     * {@link String#equals}, a miss mostly none.
     */
    static final class TextTable {
        private final String[] keys;
        private final String[] values;
        private final int mask;

        TextTable(Map<String, String> map) {
            int size = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
            keys = new String[size];
            values = new String[size];
            mask = size - 1;
            for (Map.Entry<String, String> e : map.entrySet()) {
                int i = slot(e.getKey());
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = e.getKey();
                values[i] = e.getValue();
            }
        }

        private int slot(String s) {
            int n = s.length();
            int h = n == 0 ? 0 : n * 0x9E3779B1 ^ s.charAt(0) * 31 ^ s.charAt(n / 2) * 961 ^ s.charAt(n - 1) * 29791;
            return (h ^ h >>> 16) & mask;
        }

        /** The value of {@code s}, as {@code map.get(s)}. */
        String get(String s) {
            for (int i = slot(s); keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].length() == s.length() && keys[i].equals(s)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    /** {@link MatchText#key} of a text of the canvas; read-only lookups, so parsing stays thread-safe. */
    private String key(String text) {
        String k = templateTexts.get(text);
        return k != null ? k : MatchText.key(text);
    }

    /** The template's square of a number, as {@code definition.square(number)} gives it. */
    private Optional<Square> squareNumbered(int number) {
        return Optional.ofNullable(squaresByNumber.get(number));
    }

    /** Parses {@code text} (already decoded, without BOM); {@code file} names it in locations. */
    public ParsedCanvas parse(String file, String text) {
        Walk w = new Walk(file, text);
        CanvasDocument doc = w.run();
        // the front matter is data like a YAML canvas's: its waivers are read from it (not schema-validated:
        // front matter may hold keys of other tools)
        return new ParsedCanvas(doc, Optional.empty(), w.frontMatterTree);
    }

    /** One parse: the mutable state of walking one document's blocks. */
    private final class Walk {
        private final String file;
        private final String text;
        private final FindingList findings = new FindingList();
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final Map<Integer, Location> squares = new HashMap<>();
        private final Map<String, Map<String, Mark>> marks = new HashMap<>();
        private final Map<String, Location> checklistsAt = new HashMap<>();
        private Location labelAt;
        /**
         * The text commonmark reads, and where each of its lines starts: answers are cut from it. It is
         * {@code blankLines} empty lines (the front matter's), then {@code source} from {@code blankLines + shift}:
         * body index i (from {@code blankLines} on) is source index {@code i + shift}. Made only when needed
         * ({@link #body()}) where it is not {@code source} itself.
         */
        private String body;
        private String source;
        private int blankLines;
        private int shift;
        /** The number of lines of the front matter that {@link #readFrontMatter} read, up to its closing line. */
        private int frontMatterLines;
        private int[] lineStarts;
        /** Whether the text has a '\r' (the body then may: "\r\n" line breaks are kept). */
        private boolean bodyMayHaveCr;
        private String kind = "";
        private Optional<DataTree> frontMatterTree = Optional.empty();
        private Optional<CanvasDocument.Reference> checklistRef = Optional.empty();
        private final Map<String, Signoff> signoffs = new HashMap<>();
        private boolean inSignoffs;
        private int phase;
        private Square square;
        private String label = "";
        private Field openField;
        private Location openQuestion;
        private final List<Node> openBlocks = new ArrayList<>();
        /** Whether the last heading of level 1 or 2 was the readiness checklist's title. */
        private boolean inReadinessSection;
        /** What {@link #itemContext} found last: the square of readiness items boxes may be by their key words. */
        private int keySquare = -1;
        /** Per item of {@link #allItems}, the words a box's key has in common with it (fuzzy matching). */
        private int[] common;
        /** The item most like the last box that {@link #matchItem} matched by similarity, if any is like it. */
        private ItemRef lastSuggestion;
        /** Unknown checklist items found, and where the first one not reported by itself is. */
        private int unknownItems;
        private Location firstUnreported;
        /** Boxes matched to an item so far (a box heading nested ones is no unknown item when they match). */
        private int markCount;

        Walk(String file, String text) {
            this.file = file;
            this.text = text;
        }

        CanvasDocument run() {
            if (text.isBlank()) {
                findings.add(ParseFindings.empty(file));
                return document();
            }
            TextScan scan = TextScan.of(text);
            MarkdownReader.Parsed parsed;
            if (scan.plain()) {
                // nothing to normalise, repair or blank but the front matter: the body is the text with its front
                // matter's lines left empty, read where it is
                int closeEnd = readFrontMatter(text);
                source = text;
                blankLines = closeEnd < 0 ? 0 : frontMatterLines;
                shift = closeEnd < 0 ? 0 : closeEnd - blankLines;
                lineStarts = scan.lineStarts(blankLines, closeEnd < 0 ? 0 : closeEnd, shift);
                parsed = MarkdownReader.parse(text, blankLines, blankLines + shift, lineStarts.length - 1);
            } else {
                // a lone CR ends a line for commonmark: make it a LF so that lines here are numbered the same way
                bodyMayHaveCr = text.indexOf('\r') >= 0;
                String normalized = bodyMayHaveCr ? text.replaceAll("\r(?!\n)", "\n") : text;
                body = LlmGuidance.blank(frontMatter(Mojibake.repair(normalized)));
                source = body;
                lineStarts = lineStarts(body);
                // without '\r', the body's line breaks are its '\n's: counted here already
                parsed = MarkdownReader.parse(body, bodyMayHaveCr ? -1 : lineStarts.length - 1);
            }
            parsed.problem().ifPresent(pr -> findings.add(ParseFindings.syntax(Location.of(file, pr.line()),
                    pr.message(), pr.fix())));
            Node doc = parsed.document();
            for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
                block(block);
            }
            closeAnswer();
            if (unknownItems > MAX_UNKNOWN_ITEMS) {
                int more = unknownItems - MAX_UNKNOWN_ITEMS;
                findings.add(ParseFindings.unknown(firstUnreported, more + " more checklist item" + (more == 1 ? " is" : "s are")
                        + " not in the template (the first " + MAX_UNKNOWN_ITEMS + " are reported one by one; the rest from here on)",
                        "use the template's wording, or check with the template the file was written for"));
            }
            for (Answer a : answers.values()) {
                Field f = fieldsById.get(a.fieldId());
                squares.putIfAbsent(f.square(), a.location());
            }
            return document();
        }

        private CanvasDocument document() {
            return new CanvasDocument(file, SourceFormat.MARKDOWN, kind, answers, squares, marks, checklistsAt, findings.toList(),
                    signoffs, checklistRef);
        }

        private Location at(Node block) {
            List<SourceSpan> spans = block.getSourceSpans(); // as CanvasMarkdown.line and column read them
            return spans.isEmpty() ? new Location(file, 0, 0)
                    : new Location(file, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
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

        private int bodyLength() {
            return source.length() - shift;
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

        /**
         * Reads YAML front matter, if any, and returns the text with its lines blanked (line numbers kept). Lines
         * end at '\n' here (a lone '\r' is already one); a '\r' before it is stripped with the other spaces.
         */
        private String frontMatter(String t) {
            int closeEnd = readFrontMatter(t);
            // every line up to the closing one left empty, its line break kept
            return closeEnd < 0 ? t : "\n".repeat(frontMatterLines) + t.substring(closeEnd);
        }

        /**
         * Reads YAML front matter, if any: returns where its closing line ends (its '\n', or the end of
         * {@code t}), having set {@link #frontMatterLines}; or -1 when there is none.
         */
        private int readFrontMatter(String t) {
            int firstEnd = lineEnd(t, 0);
            if (firstEnd == t.length() || !t.substring(0, firstEnd).strip().equals("---")) {
                return -1;
            }
            int yamlStart = firstEnd + 1;
            int closeStart = yamlStart;
            int closeLine = 1; // numbered from 0, the opening line
            while (!closesFrontMatter(t, closeStart)) {
                int end = lineEnd(t, closeStart);
                if (end == t.length()) {
                    // no closing line: commonmark will read the opening '---' as a rule; nothing else to do
                    return -1;
                }
                closeStart = end + 1;
                closeLine++;
            }
            int closeEnd = lineEnd(t, closeStart);
            FrontMatter fm = FrontMatter.read(file, t.substring(yamlStart, closeStart), 1);
            findings.addAll(fm.findings());
            kind = fm.kind();
            frontMatterTree = fm.tree();
            if (fm.data().get("checklist") instanceof String ref && !ref.isBlank()) {
                checklistRef = Optional.of(new CanvasDocument.Reference(ref.strip(),
                        fm.tree().map(tr -> tr.locate("/checklist", file)).orElse(Location.of(file, 1))));
            }
            frontMatterLines = closeLine;
            return closeEnd;
        }

        private void block(Node block) {
            String context;
            if (block instanceof ListBlock list) {
                LazyBoldLine.split(list);
            }
            if (inSignoffs && block instanceof ListBlock list && !(block.getParent() instanceof ListItem)) {
                signoffList(list);
                return;
            }
            if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof ThematicBreak) {
                closeAnswer();
            } else if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof ListBlock list && isChecklist(list, context = itemContext())) {
                closeAnswer();
                checklist(list, context);
            } else if (block instanceof FencedCodeBlock code && code.getClosingFenceLength() == null
                    && block.getNext() == null && code.getLiteral().lines().count() > 1) {
                findings.add(ParseFindings.unknown(at(block), "this code fence is never closed, so everything after it is read as code",
                        "close it with a line of " + code.getOpeningFenceLength() + " '" + code.getFenceCharacter() + "' characters"));
                content(block);
            } else if (block instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--")) {
                return; // comments are notes to the author, not answers
            } else {
                content(block);
            }
        }

        private void heading(Heading h) {
            String t = CanvasMarkdown.text(h);
            var ph = CanvasMarkdown.phase(t);
            if (ph.isPresent()) {
                closeAnswer();
                phase = ph.get().number();
                square = null;
                label = "";
                if (definition.phase(phase).isEmpty()) {
                    findings.add(ParseFindings.unknown(at(h), "the template has no phase " + phase,
                            "number phases as the template does, or check with the right --template"));
                }
                return;
            }
            var sq = CanvasMarkdown.square(t);
            if (sq.isPresent()) {
                closeAnswer();
                label = "";
                int n = sq.get().number();
                Optional<Square> def = squareNumbered(n);
                if (def.isEmpty()) {
                    square = null;
                    findings.add(ParseFindings.unknown(at(h), "the template has no Square " + n,
                            "number squares as the template does (1 to " + squareCount + ")"));
                    return;
                }
                square = def.get();
                Location first = squares.putIfAbsent(n, at(h));
                if (first != null) {
                    findings.add(ParseFindings.duplicate(at(h), Subject.square(square),
                            square.label() + " appears twice (first at line " + first.line() + ")",
                            "merge the two into one square"));
                }
                return;
            }
            if (h.getLevel() >= ANSWER_HEADING_LEVEL && openField != null) {
                content(h);
                return;
            }
            closeAnswer();
            inSignoffs = mentionsSign(t) && SIGNOFFS.matcher(t).find();
            if (inSignoffs) {
                checklistsAt.putIfAbsent("signoffs", at(h));
            }
            if (h.getLevel() <= 2) {
                phase = 0;
                square = null;
                label = "";
                inReadinessSection = readinessTitleKey != null && key(t).equals(readinessTitleKey);
            } else {
                label = t;
                labelAt = at(h);
            }
        }

        /** Lines such as "Security officer: Priya Natarajan, 2026-11-18" under a Sign-offs heading. */
        private void signoffList(ListBlock list) {
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
                String roleKey = key(t.substring(0, colon));
                for (RoleKeys keys : signoffRoles) {
                    SignoffRole role = keys.role();
                    // "Security officer", "security-officer", "Security officer (CISO)", or BMAD's "Security"
                    if (roleKey.equals(keys.roleKey()) || roleKey.equals(keys.idKey()) || roleKey.startsWith(keys.roleKey())
                            || !roleKey.isEmpty() && keys.roleKey().startsWith(roleKey + " ")) {
                        String rest = t.substring(colon + 1);
                        java.util.regex.Matcher d = DATE.matcher(rest);
                        Optional<java.time.LocalDate> date = Optional.empty();
                        if (d.find()) {
                            date = isoDate(rest, d.start());
                            rest = rest.substring(0, d.start()) + rest.substring(d.end());
                        }
                        String name = signoffName(rest);
                        if (underscores(name) || key(name).isEmpty()) {
                            name = "";
                        }
                        signoffs.putIfAbsent(role.id(), new Signoff(role.id(), name, date, at(item)));
                    }
                }
            }
        }

        private void paragraph(Paragraph p) {
            var bold = CanvasMarkdown.boldOnly(p);
            if (bold.isPresent()) {
                String boldKey = key(bold.get());
                Optional<Field> f = matchQuestion(boldKey);
                if (f.isPresent()) {
                    closeAnswer();
                    openField = f.get();
                    openQuestion = at(p);
                    if (answers.containsKey(openField.id())) {
                        Square s = squareNumbered(openField.square()).orElseThrow();
                        findings.add(ParseFindings.duplicate(openQuestion, Subject.field(s, openField),
                                "question '" + openField.question() + "' appears twice (first at line "
                                        + answers.get(openField.id()).location().line() + ")",
                                "keep one answer to each question"));
                        openField = null;
                    }
                    return;
                }
                if (mentionsSign(bold.get()) && SIGNOFFS.matcher(bold.get()).find() && bold.get().length() < 40) {
                    // "**Sign-Off:**" above the list, as BMAD's checklist writes it: a heading in bold
                    closeAnswer();
                    inSignoffs = true;
                    checklistsAt.putIfAbsent("signoffs", at(p));
                    return;
                }
                if (labelKeys.contains(boldKey)) {
                    closeAnswer();
                    label = bold.get();
                    labelAt = at(p);
                    return;
                }
            }
            var lead = CanvasMarkdown.boldLead(p);
            if (lead.isPresent() && !lead.get().rest().isEmpty()) {
                Optional<Field> f = matchQuestion(key(lead.get().lead()));
                if (f.isPresent() && !answers.containsKey(f.get().id())) {
                    // "**Question?** answer" on one line: the answer is the rest of the paragraph
                    closeAnswer();
                    answers.put(f.get().id(), new Answer(f.get().id(), lead.get().rest(), at(p)));
                    return;
                }
            }
            content(p);
        }

        private void content(Node block) {
            if (openField != null) {
                openBlocks.add(block);
            }
        }

        private void closeAnswer() {
            if (openField == null) {
                return;
            }
            if (openBlocks.isEmpty()) {
                answers.put(openField.id(), new Answer(openField.id(), "", openQuestion));
            } else {
                Node first = openBlocks.get(0);
                int from = CanvasMarkdown.line(first);
                int to = Math.min(CanvasMarkdown.lastLine(openBlocks.get(openBlocks.size() - 1)), lineStarts.length);
                String answer;
                if (!bodyMayHaveCr && from >= 1 && from <= to) {
                    // lines end at '\n' only: lines from..to joined by '\n' are the body between them, as it is
                    answer = body(lineStarts[from - 1], to < lineStarts.length ? lineStarts[to] - 1 : bodyLength()).strip();
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (int l = from; l <= to; l++) {
                        appendLine(l, sb);
                    }
                    answer = sb.toString().strip();
                }
                answers.put(openField.id(), new Answer(openField.id(), answer, at(first)));
            }
            openField = null;
            openBlocks.clear();
        }

        /** The field whose question has match key {@code k}, or a similar one of the current square. */
        private Optional<Field> matchQuestion(String k) {
            if (k.isEmpty()) {
                return Optional.empty();
            }
            List<Field> exact = fieldsByKey.get(k);
            if (exact != null && !exact.isEmpty()) {
                if (square != null) {
                    for (Field f : exact) {
                        if (f.square() == square.number()) {
                            return Optional.of(f);
                        }
                    }
                }
                return Optional.of(exact.get(0));
            }
            if (square == null) {
                return Optional.empty();
            }
            Field best = null;
            double bestScore = QUESTION_SIMILARITY;
            String[] words = KeyWords.words(k);
            for (Field f : square.fields()) {
                double s = MatchText.similarity(words, questionWords.get(f));
                if (s >= bestScore && !answers.containsKey(f.id())) {
                    best = f;
                    bestScore = s;
                }
            }
            return Optional.ofNullable(best);
        }

        /** The checklist boxes here are about by default: its id, or "" (none in particular). */
        private String itemContext() {
            if (label != contextLabel) {
                contextLabel = label;
                contextLabelIsPrerequisites = CanvasMarkdown.isPrerequisitesLabel(label);
                contextLabelSquare = labelSquare(label);
            }
            if (contextLabelIsPrerequisites) {
                keySquare = -1;
                return "prerequisites";
            }
            keySquare = readinessId == null || openField != null ? -1
                    : !label.isEmpty() ? contextLabelSquare
                    : square != null ? square.number()
                    : inReadinessSection ? 0 : -1;
            if (keySquare >= 0) {
                return readinessId;
            }
            if (phase != contextPhase) {
                contextPhase = phase;
                phaseContext = "phase-" + phase;
            }
            return phase > 0 ? phaseContext : "";
        }

        /**
         * The square a label names for the readiness checklist: "Checklist for Square 3" names 3, the checklist's
         * title 0 (any square); -1 for any other label (a gate's, "Squares 1-2").
         */
        private int labelSquare(String l) {
            if (readinessId == null || l.isEmpty()) {
                return -1;
            }
            java.util.regex.Matcher m = ONE_SQUARE.matcher(l);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            return key(l).equals(readinessTitleKey) ? 0 : -1;
        }

        /** What {@link #itemContext} last found, for the label and phase it found it for. */
        private String contextLabel;
        private boolean contextLabelIsPrerequisites;
        private int contextLabelSquare;
        private int contextPhase = -1;
        private String phaseContext;

        private boolean isChecklist(ListBlock list, String context) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListItem item) {
                    Optional<String> t = CanvasMarkdown.taskText(item);
                    if (t.isPresent() && matchItem(t.get(), false, context).isPresent()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void checklist(ListBlock list, String context) {
            checklist(list, context, false);
        }

        /**
         * Reads the boxes of a list; {@code underUnticked}: the list is nested under an unticked box that is no item
         * itself but the heading of these ("Governance policies documented:" over its five policies), so none of
         * them is confirmed.
         */
        private void checklist(ListBlock list, String context, boolean underUnticked) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof ListItem item)) {
                    continue;
                }
                Optional<String> t = CanvasMarkdown.taskText(item);
                Optional<ItemRef> ref = Optional.empty();
                Location where = null;
                if (t.isPresent()) {
                    where = at(item);
                    ref = matchItem(t.get(), true, context);
                    if (ref.isPresent()) {
                        Map<String, Mark> ms = marks.computeIfAbsent(ref.get().checklist().id(), k -> new HashMap<>());
                        Mark prev = ms.get(ref.get().item().id());
                        if (prev != null) {
                            findings.add(ParseFindings.duplicate(where, Subject.item(ref.get().checklist(), ref.get().item()),
                                    "checklist item '" + ref.get().item().text() + "' appears twice (first at line "
                                            + prev.location().line() + ")", "keep one box for each item"));
                        } else {
                            ms.put(ref.get().item().id(), new Mark(ref.get().item().id(), CanvasMarkdown.isChecked(item) && !underUnticked, where));
                            checklistsAt.putIfAbsent(ref.get().checklist().id(), labelAt != null && !label.isEmpty() ? labelAt : where);
                        }
                    }
                }
                ItemRef suggested = lastSuggestion;
                // a box that is no item may head the items nested under it: unticked, it confirms none of them
                boolean heading = t.isPresent() && ref.isEmpty();
                int marked = markCount;
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof ListBlock nested) {
                        checklist(nested, context, underUnticked || heading && !CanvasMarkdown.isChecked(item));
                    }
                }
                if (heading && markCount == marked) {
                    unknownItem(where, t.get(), suggested);
                }
                if (ref.isPresent()) {
                    markCount++;
                }
            }
        }

        private void unknownItem(Location where, String itemText, ItemRef suggested) {
            if (++unknownItems > MAX_UNKNOWN_ITEMS) {
                if (firstUnreported == null) {
                    firstUnreported = where;
                }
                return;
            }
            findings.add(ParseFindings.unknown(where, "checklist item '" + Excerpt.of(itemText) + "' is not in the template",
                    suggested == null ? "remove it, or check with the template it was written for"
                            : "did you mean '" + suggested.item().text() + "'? Use the template's wording"));
        }

        /**
         * The template item a box's text stands for, preferring the checklist this part of the canvas is about
         * ({@link #itemContext}): the item with the same words; else, in the readiness checklist's part of a file,
         * the one item of the square whose key words the text has ({@link ChecklistItem#words}); else, with
         * {@code fuzzy}, the most similar item of the checklist in context, if similar enough. A fuzzy search also
         * leaves the most similar item of any checklist in {@link #lastSuggestion}.
         */
        private Optional<ItemRef> matchItem(String itemText, boolean fuzzy, String context) {
            lastSuggestion = null;
            String k = key(itemText);
            boolean byWords = keySquare >= 0 && context.equals(readinessId);
            List<ItemRef> exact = itemsByKey.get(k);
            if (exact != null && !exact.isEmpty()) {
                // the checklist in context, else the first not marked yet, else the first
                for (int i = 0; i < exact.size(); i++) {
                    ItemRef r = exact.get(i);
                    if (r.checklist().id().equals(context)) {
                        return Optional.of(r);
                    }
                }
                if (!byWords) {
                    for (ItemRef r : exact) {
                        Map<String, Mark> ms = marks.get(r.checklist().id());
                        if (ms == null || !ms.containsKey(r.item().id())) {
                            return Optional.of(r);
                        }
                    }
                    return Optional.of(exact.get(0));
                }
                // in the readiness checklist's part of a file, its boxes are its items: another list's item worded
                // the same is one of its own worded otherwise, or none ("Governance policies documented:" over the
                // five policies)
            }
            if (k.isEmpty()) {
                return Optional.empty();
            }
            String[] words = null;
            if (byWords) {
                words = KeyWords.words(k);
                Optional<ItemRef> r = byKeyWords(words);
                if (r.isPresent()) {
                    return r;
                }
            }
            if (!fuzzy) {
                return Optional.empty();
            }
            return similar(words != null ? words : KeyWords.words(k), context);
        }

        /** The one readiness item of {@link #keySquare} (any square for 0) whose key words these are; none for two. */
        private Optional<ItemRef> byKeyWords(String[] words) {
            ItemRef found = null;
            for (Keyed kw : keySquare == 0 ? allKeyed : keyedBySquare.getOrDefault(keySquare, List.of())) {
                if (kw.words().fit(words)) {
                    if (found != null) {
                        return Optional.empty(); // two items: which one is meant is a guess
                    }
                    found = kw.ref();
                }
            }
            return Optional.ofNullable(found);
        }

        /**
         * The item of a checklist in context most similar to a box's words ({@link MatchText#similarity}, at least
         * {@link #ITEM_SIMILARITY}; the last of equals), the readiness checklist's never; sets
         * {@link #lastSuggestion}. The words in common are counted through {@link #itemsByWord}: a box costs its
         * words and the items that share them, not every item's words again.
         */
        private Optional<ItemRef> similar(String[] words, String context) {
            if (common == null) {
                common = new int[allItems.size()];
            } else {
                java.util.Arrays.fill(common, 0);
            }
            for (String w : words) {
                int[] items = itemsByWord.get(w);
                if (items != null) {
                    for (int i : items) {
                        common[i]++;
                    }
                }
            }
            ItemRef best = null;
            double bestScore = ITEM_SIMILARITY;
            double suggestionScore = SUGGESTION_SIMILARITY;
            for (int i = 0; i < common.length; i++) {
                if (common[i] == 0) {
                    continue;
                }
                double s = 2.0 * common[i] / (words.length + itemWordCounts[i]);
                ItemRef r = allItems.get(i);
                Checklist c = r.checklist();
                boolean inContext = c.kind() != ChecklistKind.READINESS
                        && (c.id().equals(context) || context.isEmpty() && c.kind() == ChecklistKind.GATE);
                if (inContext && s >= bestScore) {
                    best = r;
                    bestScore = s;
                }
                if (s > suggestionScore) {
                    lastSuggestion = r;
                    suggestionScore = s;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /**
     * What one pass over a canvas's text finds: whether it is plain (no '\r', nothing {@link Mojibake#repair} would
     * look at, no "[[" that could open guidance), and where its '\n's are. Read in chunks copied to an array, which
     * C1-compiled code reads much faster than a string of non-Latin-1 text char by char. Stops at the first thing
     * that makes the text not plain.
     */
    record TextScan(boolean plain, int[] newlines, int count) {

        private static final int CHUNK = 2048;

        static TextScan of(String text) {
            int n = text.length();
            char[] chunk = new char[Math.min(n, CHUNK)];
            int[] newlines = new int[Math.max(16, n / 32)];
            int count = 0;
            char prev = 0;
            for (int from = 0; from < n; from += CHUNK) {
                int len = Math.min(CHUNK, n - from);
                text.getChars(from, from + len, chunk, 0);
                for (int i = 0; i < len; i++) {
                    char c = chunk[i];
                    if (c == '\n') {
                        if (count == newlines.length) {
                            newlines = java.util.Arrays.copyOf(newlines, 2 * count);
                        }
                        newlines[count++] = from + i;
                    } else if (c == '\r' || c == '[' && prev == '[' || Mojibake.suspiciousPair(prev, c)) {
                        return new TextScan(false, null, 0);
                    }
                    prev = c;
                }
            }
            return new TextScan(true, newlines, count);
        }

        /**
         * Where the lines of the body start ({@link #lineStarts(String)} of it): {@code blankLines} empty lines, then
         * the text from {@code from} (a '\n' or its end), body index i being text index {@code i + shift}.
         */
        int[] lineStarts(int blankLines, int from, int shift) {
            int first = 0;
            while (first < count && newlines[first] < from) {
                first++;
            }
            int[] starts = new int[blankLines + 1 + count - first];
            for (int l = 0; l <= blankLines; l++) {
                starts[l] = l;
            }
            for (int k = first; k < count; k++) {
                starts[blankLines + 1 + k - first] = newlines[k] - shift + 1;
            }
            return starts;
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
    static Optional<java.time.LocalDate> isoDate(String s, int at) {
        int year = (s.charAt(at) - '0') * 1000 + (s.charAt(at + 1) - '0') * 100 + (s.charAt(at + 2) - '0') * 10 + (s.charAt(at + 3) - '0');
        int month = (s.charAt(at + 5) - '0') * 10 + (s.charAt(at + 6) - '0');
        int day = (s.charAt(at + 8) - '0') * 10 + (s.charAt(at + 9) - '0');
        try {
            return Optional.of(java.time.LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the line that starts at {@code start} is a front matter's closing "---" or "...". */
    private static boolean closesFrontMatter(String t, int start) {
        String s = t.substring(start, lineEnd(t, start)).strip();
        return s.equals("---") || s.equals("...");
    }

    /** Where the line that starts at {@code start} ends: at its '\n', or at the end of {@code t}. */
    private static int lineEnd(String t, int start) {
        int nl = t.indexOf('\n', start);
        return nl < 0 ? t.length() : nl;
    }

    /**
     * Where each line of {@code t} starts (the first at 0): lines end at "\n" or "\r\n", as commonmark reads them
     * once a lone '\r' is made a '\n'; a text ending in a line break ends with an empty line.
     */
    static int[] lineStarts(String t) {
        int[] starts = new int[Math.max(16, t.length() / 32)];
        int count = 1; // starts[0] = 0
        for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * count);
            }
            starts[count++] = nl + 1;
        }
        return count == starts.length ? starts : java.util.Arrays.copyOf(starts, count);
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
}
