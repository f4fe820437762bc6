package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.Upstream;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Mark;
import dev.canvas.template.TemplateLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A box followed on the next line by a bold line ("- [ ] item" then "**Group:**") is read as a person reads it: the
 * box is its item, the bold line a heading; for Markdown the bold line is a lazy continuation of the box's text.
 */
class LazyBoldLineTest {

    /** BMAD's production template's readiness gate, each group's last box right against the next group's label. */
    private static String gate(CanvasDefinition def, boolean ticked) {
        StringBuilder sb = new StringBuilder("## Production readiness gate\n\n");
        Checklist gate = gateOf(def);
        String group = null;
        for (ChecklistItem i : gate.items()) {
            if (!i.group().equals(group)) {
                group = i.group();
                sb.append("**").append(group).append(":**\n"); // no blank line before or after
            }
            sb.append(ticked ? "- [x] " : "- [ ] ").append(i.text()).append('\n');
        }
        return sb.append("\n**Only deploy when ALL boxes checked.**\n").toString();
    }

    private static Checklist gateOf(CanvasDefinition def) {
        return def.checklists().stream().filter(c -> c.kind() == ChecklistKind.GATE).findFirst().orElseThrow();
    }

    @Test
    void everyBoxOfGroupsWrittenTightIsItsItem() throws Exception {
        CanvasDefinition def = TemplateLoader.load(Upstream.file("production-canvas-tmpl.yaml"));
        Checklist gate = gateOf(def);
        assertThat(gate.items().stream().map(ChecklistItem::group).distinct()).hasSize(5);
        String md = gate(def, true);
        CanvasDocument d = new MarkdownCanvasParser(def).parse("c.md", md).document();
        Map<String, Mark> marks = d.marks(gate.id());
        assertThat(marks).hasSize(gate.items().size());
        assertThat(marks.values()).allMatch(Mark::checked);
        assertThat(d.findings()).isEmpty();
        // each box where it stands
        String[] lines = md.split("\n", -1);
        for (ChecklistItem i : gate.items()) {
            assertThat(lines[marks.get(i.id()).location().line() - 1]).isEqualTo("- [x] " + i.text());
        }
    }

    @Test
    void theBoldLineHeadsTheBoxesAfterIt() throws Exception {
        CanvasDefinition def = TemplateLoader.load(Path.of("src/test/resources/templates/mini-tmpl.yaml"));
        String md = "## PHASE 1: PLAN\n\n**Validation Gate:**\n\n- [x] Outcome agreed with users\n**Prerequisites:**\n"
                + "- [x] Budget approved\n- [ ] not an item at all\n";
        CanvasDocument d = new MarkdownCanvasParser(def).parse("c.md", md).document();
        assertThat(d.marks("phase-1")).containsOnlyKeys("outcome-agreed-with-users");
        assertThat(d.marks("prerequisites")).containsOnlyKeys("budget-approved");
        // the prerequisites stand under the bold line, read as their label
        assertThat(d.checklists().get("prerequisites").line()).isEqualTo(6);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("'not an item at all'");
            assertThat(f.location().line()).isEqualTo(8);
        });
    }
}
