package dev.canvas.parse;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.markdown.LazyBoldLine;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Location;
import dev.canvas.model.Signoff;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * One walk over the top-level blocks of a parsed Markdown canvas, in order: phase and square headings say where in
 * the template the walk is, bold questions open answers ({@link Answers}), labels and headings say what the boxes
 * below them are about ({@link BoxContext}); lists of boxes go to the {@link ChecklistReader}, the list under a
 * sign-offs heading to {@link SignoffList}. Used once, for one document.
 */
final class BlockWalk {

    /** Square headings deeper than this are part of an answer, not structure. */
    private static final int ANSWER_HEADING_LEVEL = 4;
    /** "Square 3" naming one square (not "Squares 1-2" naming a phase's). */
    private static final Pattern ONE_SQUARE = Pattern.compile("(?i)\\bsquare\\s+(\\d{1,3})\\b(?!\\s*[-\\u2013\\u2014]\\s*\\d)");

    private final TemplateIndex template;
    private final String file;
    private final FindingList findings;
    private final Answers answers;
    private final ChecklistReader checklists;
    private final Map<Integer, Location> squares = new HashMap<>();
    private final Map<String, Location> checklistsAt = new HashMap<>();
    private final Map<String, Signoff> signoffs = new HashMap<>();

    // where the walk is: the last phase and square headings, and the label (heading or bold line) since them
    /** The id of the current phase's gate checklist ("phase-2"), or "" outside a phase. */
    private String phaseChecklist = "";
    private Square square;
    private Label label = Label.NONE;
    /** Whether the last heading of level 1 or 2 was the readiness checklist's title. */
    private boolean inReadinessSection;
    /** Whether the last heading named the sign-offs: a list here is one of sign-offs. */
    private boolean inSignoffs;

    /**
     * A label: a heading or bold line above boxes, with what it says about them.
     *
     * @param prerequisites   whether it heads the prerequisites
     * @param readinessSquare the square whose readiness items it heads (0: any), or -1
     */
    private record Label(String text, Optional<Location> at, boolean prerequisites, int readinessSquare) {
        static final Label NONE = new Label("", Optional.empty(), false, -1);
    }

    private BlockWalk(TemplateIndex template, String file, FindingList findings, MarkdownBody body) {
        this.template = template;
        this.file = file;
        this.findings = findings;
        this.answers = new Answers(body, this::at);
        this.checklists = new ChecklistReader(template, findings, this::at, checklistsAt);
    }

    /** The canvas whose body is {@code body}; {@code findings} already holds what reading its text found. */
    static CanvasDocument read(TemplateIndex template, String file, String kind, Optional<CanvasDocument.Reference> checklistRef,
                               MarkdownBody body, FindingList findings) {
        BlockWalk walk = new BlockWalk(template, file, findings, body);
        for (Node block = body.parsed().document().getFirstChild(); block != null; block = block.getNext()) {
            walk.block(block);
        }
        walk.answers.close();
        walk.checklists.finish();
        for (Answer a : walk.answers.all().values()) {
            walk.squares.putIfAbsent(template.field(a.fieldId()).square(), a.location());
        }
        return new CanvasDocument(file, SourceFormat.MARKDOWN, kind, walk.answers.all(), walk.squares,
                walk.checklists.marks(), walk.checklistsAt, findings.toList(), walk.signoffs, checklistRef);
    }

    private Location at(Node block) {
        List<SourceSpan> spans = block.getSourceSpans(); // as CanvasMarkdown.line and column read them
        return spans.isEmpty() ? new Location(file, 0, 0)
                : new Location(file, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    private void block(Node block) {
        if (block instanceof ListBlock list) {
            LazyBoldLine.split(list);
        }
        if (inSignoffs && block instanceof ListBlock list && !(block.getParent() instanceof ListItem)) {
            SignoffList.read(list, template, this::at, signoffs);
            return;
        }
        BoxContext context;
        if (block instanceof Heading h) {
            heading(h);
        } else if (block instanceof ThematicBreak) {
            answers.close();
        } else if (block instanceof Paragraph p) {
            paragraph(p);
        } else if (block instanceof ListBlock list && checklists.isChecklist(list, context = boxContext())) {
            answers.close();
            checklists.read(list, context, label.text().isEmpty() ? Optional.empty() : label.at());
        } else if (block instanceof FencedCodeBlock code && code.getClosingFenceLength() == null
                && block.getNext() == null && code.getLiteral().lines().count() > 1) {
            findings.add(ParseFindings.unknown(at(block), "this code fence is never closed, so everything after it is read as code",
                    "close it with a line of " + code.getOpeningFenceLength() + " '" + code.getFenceCharacter() + "' characters"));
            answers.add(block);
        } else if (!(block instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--"))) {
            answers.add(block); // comments are notes to the author, not answers
        }
    }

    private void heading(Heading h) {
        String t = CanvasMarkdown.text(h);
        var ph = CanvasMarkdown.phase(t);
        if (ph.isPresent()) {
            answers.close();
            int phase = ph.get().number();
            phaseChecklist = phase > 0 ? "phase-" + phase : "";
            square = null;
            label = Label.NONE;
            if (template.definition().phase(phase).isEmpty()) {
                findings.add(ParseFindings.unknown(at(h), "the template has no phase " + phase,
                        "number phases as the template does, or check with the right --template"));
            }
            return;
        }
        var sq = CanvasMarkdown.square(t);
        if (sq.isPresent()) {
            answers.close();
            label = Label.NONE;
            int n = sq.get().number();
            Optional<Square> def = template.square(n);
            if (def.isEmpty()) {
                square = null;
                findings.add(ParseFindings.unknown(at(h), "the template has no Square " + n,
                        "number squares as the template does (1 to " + template.squareCount() + ")"));
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
        if (h.getLevel() >= ANSWER_HEADING_LEVEL && answers.isOpen()) {
            answers.add(h);
            return;
        }
        answers.close();
        inSignoffs = SignoffList.namesSignoffs(t);
        if (inSignoffs) {
            checklistsAt.putIfAbsent("signoffs", at(h));
        }
        if (h.getLevel() <= 2) {
            phaseChecklist = "";
            square = null;
            label = Label.NONE;
            inReadinessSection = template.isReadinessTitle(template.key(t));
        } else {
            label = label(t, at(h));
        }
    }

    private void paragraph(Paragraph p) {
        var bold = CanvasMarkdown.boldOnly(p);
        if (bold.isPresent()) {
            String boldKey = template.key(bold.get());
            Optional<Field> f = template.question(boldKey, square, answers.all());
            if (f.isPresent()) {
                answers.close();
                Field field = f.get();
                Answer first = answers.all().get(field.id());
                if (first != null) {
                    Square s = template.square(field.square()).orElseThrow();
                    findings.add(ParseFindings.duplicate(at(p), Subject.field(s, field),
                            "question '" + field.question() + "' appears twice (first at line " + first.location().line() + ")",
                            "keep one answer to each question"));
                } else {
                    answers.open(field, at(p));
                }
                return;
            }
            if (SignoffList.namesSignoffs(bold.get()) && bold.get().length() < 40) {
                // "**Sign-Off:**" above the list, as BMAD's checklist writes it: a heading in bold
                answers.close();
                inSignoffs = true;
                checklistsAt.putIfAbsent("signoffs", at(p));
                return;
            }
            if (template.isLabel(boldKey)) {
                answers.close();
                label = label(bold.get(), at(p));
                return;
            }
        }
        var lead = CanvasMarkdown.boldLead(p);
        if (lead.isPresent() && !lead.get().rest().isEmpty()) {
            Optional<Field> f = template.question(template.key(lead.get().lead()), square, answers.all());
            if (f.isPresent() && !answers.all().containsKey(f.get().id())) {
                // "**Question?** answer" on one line: the answer is the rest of the paragraph
                answers.put(new Answer(f.get().id(), lead.get().rest(), at(p)));
                return;
            }
        }
        answers.add(p);
    }

    /** What the boxes here are about by default, as the label, square, phase and section above them say. */
    private BoxContext boxContext() {
        if (label.prerequisites()) {
            return new BoxContext("prerequisites", -1);
        }
        Optional<String> readiness = template.readinessId();
        int keyWordSquare = readiness.isEmpty() || answers.isOpen() ? -1
                : !label.text().isEmpty() ? label.readinessSquare()
                : square != null ? square.number()
                : inReadinessSection ? 0 : -1;
        if (keyWordSquare >= 0) {
            return new BoxContext(readiness.get(), keyWordSquare);
        }
        return new BoxContext(phaseChecklist, -1);
    }

    private Label label(String text, Location at) {
        return new Label(text, Optional.of(at), CanvasMarkdown.isPrerequisitesLabel(text), labelSquare(text));
    }

    /**
     * The square a label names for the readiness checklist: "Checklist for Square 3" names 3, the checklist's
     * title 0 (any square); -1 for any other label (a gate's, "Squares 1-2").
     */
    private int labelSquare(String l) {
        if (template.readinessId().isEmpty() || l.isEmpty()) {
            return -1;
        }
        Matcher m = ONE_SQUARE.matcher(l);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return template.isReadinessTitle(template.key(l)) ? 0 : -1;
    }
}
