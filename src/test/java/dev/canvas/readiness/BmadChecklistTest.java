package dev.canvas.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.Upstream;
import dev.canvas.cli.ExitCodes;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.template.BundledDefinitions;
import dev.canvas.text.KeyWords;
import dev.canvas.text.MatchText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BMAD's own Production Readiness Checklist (read from {@code ../shared/fixtures/bmad}, not copied into the
 * project) words its items otherwise than the bundled one: every box of it counts as the item it is, by the items'
 * key words, and no box is taken for another item.
 */
class BmadChecklistTest {

    private static final String CANVAS = "examples/go.md";
    private static final Pattern BOX = Pattern.compile("(?m)^([ \\t]*)- \\[[ xX]\\] (.*)$");
    private static final Pattern SQUARE = Pattern.compile("(?m)^### Square (\\d+):");
    private static final Pattern MISSING = Pattern.compile("\\[checklist-unchecked\\] checklist item '(.*)' is not confirmed");

    @TempDir
    Path dir;

    private static Checklist readiness() {
        return BundledDefinitions.of("production").orElseThrow().checklists().stream()
                .filter(c -> c.kind() == ChecklistKind.READINESS).findFirst().orElseThrow();
    }

    private static String ticked() throws Exception {
        String bmad = Files.readString(Upstream.file("production-readiness-checklist.md"), StandardCharsets.UTF_8);
        return bmad.replace("- [ ]", "- [x]");
    }

    private CliRun check(String checklist) throws Exception {
        Path f = dir.resolve("readiness.md");
        Files.writeString(f, checklist, StandardCharsets.UTF_8);
        return CliRun.of("check", "--all", "--checklist", f.toString(), CANVAS);
    }

    @Test
    void bmadsChecklistFullyTickedScores100Percent() throws Exception {
        CliRun r = check(ticked());
        assertThat(r.out()).as(r.out()).contains("readiness checklist 100%: 99/99", "verdict: GO")
                .doesNotContain("unknown-content", "duplicate-entry");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.GO);
    }

    /** The readiness boxes of BMAD's checklist in order, each with the square it stands under. */
    private record Box(int square, int start, int end, boolean nested, String text) {
    }

    private static List<Box> boxes(String text) {
        List<int[]> squares = new ArrayList<>();
        Matcher s = SQUARE.matcher(text);
        while (s.find()) {
            squares.add(new int[] {s.start(), Integer.parseInt(s.group(1))});
        }
        int end = text.indexOf("## Critical Statistics");
        List<Box> out = new ArrayList<>();
        Matcher m = BOX.matcher(text);
        while (m.find()) {
            if (m.start() > end || m.start() < squares.get(0)[0]) {
                continue;
            }
            int sq = 0;
            for (int[] q : squares) {
                if (q[0] < m.start()) {
                    sq = q[1];
                }
            }
            out.add(new Box(sq, m.start(), m.end(), !m.group(1).isEmpty(), m.group(2)));
        }
        return out;
    }

    /**
     * The bundled items each box of BMAD's checklist stands for, in order: one each, item for item, but for
     * "Governance policies documented:", which heads the five governance policies nested under it.
     */
    private static Map<Box, Set<String>> expected(List<Box> boxes) {
        Map<Integer, List<ChecklistItem>> bySquare = new LinkedHashMap<>();
        for (ChecklistItem i : readiness().items()) {
            bySquare.computeIfAbsent(ReadinessChecklistLoader.squareOf(i), k -> new ArrayList<>()).add(i);
        }
        Map<Box, Set<String>> out = new LinkedHashMap<>();
        int square = 0;
        int next = 0;
        for (int b = 0; b < boxes.size(); b++) {
            Box box = boxes.get(b);
            if (box.square() != square) {
                square = box.square();
                next = 0;
            }
            List<ChecklistItem> items = bySquare.get(square);
            boolean heads = b + 1 < boxes.size() && boxes.get(b + 1).nested() && !box.nested();
            if (heads) {
                Set<String> children = new TreeSet<>();
                for (int c = b + 1; c < boxes.size() && boxes.get(c).nested(); c++) {
                    children.add(items.get(next + c - b - 1).text());
                }
                out.put(box, children);
            } else {
                out.put(box, Set.of(items.get(next++).text()));
            }
        }
        assertThat(out).hasSize(100);
        bySquare.forEach((sq, items) -> assertThat(out.entrySet().stream().filter(e -> e.getKey().square() == sq)
                .flatMap(e -> e.getValue().stream()).distinct().count()).as("square " + sq).isEqualTo(items.size()));
        return out;
    }

    @Test
    void eachUntickedBoxIsExactlyItsItemMissing() throws Exception {
        String ticked = ticked();
        Map<Box, Set<String>> expected = expected(boxes(ticked));
        for (Map.Entry<Box, Set<String>> e : expected.entrySet()) {
            Box box = e.getKey();
            String line = ticked.substring(box.start(), box.end());
            String unticked = ticked.substring(0, box.start()) + line.replace("- [x]", "- [ ]") + ticked.substring(box.end());
            CliRun r = check(unticked);
            Set<String> missing = new TreeSet<>();
            Matcher m = MISSING.matcher(r.out());
            while (m.find()) {
                missing.add(m.group(1));
            }
            assertThat(missing).as("unticked: " + box.text() + "\n" + r.out()).isEqualTo(new TreeSet<>(e.getValue()));
            assertThat(r.out()).doesNotContain("unknown-content", "is missing");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.FIX_GAPS);
        }
    }

    @Test
    void noItemsKeyWordsFitAnotherItemOfItsSquare() {
        List<ChecklistItem> items = readiness().items();
        for (ChecklistItem item : items) {
            assertThat(item.words()).as(item.text()).isNotEmpty();
            String[] words = KeyWords.words(MatchText.key(item.text()));
            for (ChecklistItem other : items) {
                if (ReadinessChecklistLoader.squareOf(other) == ReadinessChecklistLoader.squareOf(item)) {
                    assertThat(KeyWords.of(other.words()).fit(words)).as("'" + item.text() + "' by the key words of '"
                            + other.text() + "'").isEqualTo(other == item);
                }
            }
        }
    }

    /**
     * Without its square headings, a box may stand for an item of any square: a box whose key words fit items of two
     * squares is then taken for none (reported unknown), never for the wrong one.
     */
    @Test
    void withoutSquareHeadingsNoBoxIsTakenForAnotherItem() throws Exception {
        String ticked = ticked();
        Map<Box, Set<String>> expected = expected(boxes(ticked));
        Map<Integer, Set<String>> byLine = new java.util.HashMap<>();
        expected.forEach((box, items) -> byLine.put(lineOf(ticked, box.start()), items));
        // the same lines, headings of phases and squares blanked: all boxes under the checklist's title
        String flat = ticked.replaceAll("(?m)^##+ (Phase|Square) .*$", "");
        var def = BundledDefinitions.of("production").orElseThrow();
        var doc = new dev.canvas.parse.MarkdownCanvasParser(def).parse("readiness.md", flat).document();
        Map<String, String> textOf = new java.util.HashMap<>();
        readiness().items().forEach(i -> textOf.put(i.id(), i.text()));
        var marks = doc.marks(ReadinessChecklistLoader.CHECKLIST_ID);
        assertThat(marks).hasSizeGreaterThan(50);
        marks.forEach((id, mark) -> assertThat(byLine.get(mark.location().line())).as("line " + mark.location().line())
                .contains(textOf.get(id)));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
