package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * YamlTreeReader's located trees; and the limits it checks while snakeyaml composes (one pass over the text) are
 * those of a check of the whole text before composing: a limit broken anywhere, or a syntax error anywhere, is what
 * is reported, even where the composer stops earlier on an error of its own.
 */
class YamlTreeReaderTest {

    private static final String TOO_DEEP = "x-deep:\n" + nested(YamlTreeReader.MAX_DEPTH + 5);

    private static String nested(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= levels; i++) {
            b.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return b.toString();
    }

    private static YamlTreeReader.Result read(String text) {
        return YamlTreeReader.read("c.yaml", text, 0, "canvas");
    }

    private static Finding only(YamlTreeReader.Result r) {
        assertThat(r.tree()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0);
    }

    @Test
    void aCanvasGivesItsTreeWithTheLineOfEveryValue() {
        YamlTreeReader.Result r = read("canvas: production\nsquares:\n  goal: |\n    Fewer errors.\n  n: 3\n");
        assertThat(r.findings()).isEmpty();
        DataTree t = r.tree().orElseThrow();
        assertThat(t.data()).hasToString("{canvas=production, squares={goal=Fewer errors.\n, n=3}}");
        assertThat(t.locate("/squares/goal", "c.yaml")).isEqualTo(new Location("c.yaml", 3, 3));
        assertThat(t.locate("/squares/n", "c.yaml")).isEqualTo(new Location("c.yaml", 5, 3));
    }

    @Test
    void theTextOfAScalarStartsAtItsFirstCharacterOrForABlockScalarOnTheLineAfterItsIndicator() {
        DataTree t = read("a: plain\nb:   \"quoted\"\nc: |\n  one\n  two\nd:\n  >-\n    folded\ne: {f: 1, g: [x]}\nh:\nl:\n  - 1\n  - k: v\n")
                .tree().orElseThrow();
        Map<?, ?> top = (Map<?, ?>) t.data();
        assertThat(t.textAt(top, "a")).isEqualTo(new Location("c.yaml", 1, 4));
        assertThat(t.textAt(top, "b")).isEqualTo(new Location("c.yaml", 2, 6));
        assertThat(t.textAt(top, "c")).isEqualTo(new Location("c.yaml", 4, 0));
        assertThat(t.textAt(top, "d")).isEqualTo(new Location("c.yaml", 8, 0));
        assertThat(t.textAt((Map<?, ?>) top.get("e"), "f")).isEqualTo(new Location("c.yaml", 9, 8));
        // no text: a collection or null is at its key
        assertThat(t.textAt(top, "e")).isEqualTo(t.keyAt(top, "e"));
        assertThat(t.textAt(top, "h")).isEqualTo(new Location("c.yaml", 10, 1));
        List<?> l = (List<?>) top.get("l");
        assertThat(t.itemAt(l, 1)).isEqualTo(new Location("c.yaml", 13, 5));
        assertThat(t.itemAt(l, 2)).isEqualTo(t.root());
    }

    @Test
    void aBundledFileIsReadOrTheBuildIsBroken() {
        DataTree t = YamlTreeReader.readBundled("/dev/canvas/templates/poc-to-production.yaml");
        assertThat(t.root().file()).isEqualTo("bundled:poc-to-production.yaml");
        assertThatThrownBy(() -> YamlTreeReader.readBundled("/dev/canvas/templates/no-such.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no-such.yaml missing from the jar");
    }

    @Test
    void tooDeepIsRefusedAtItsLine() {
        Finding f = only(read("canvas: production\n" + TOO_DEEP));
        assertThat(f.message()).isEqualTo("canvas is nested more than " + YamlTreeReader.MAX_DEPTH + " levels deep");
        assertThat(f.location().line()).isEqualTo(YamlTreeReader.MAX_DEPTH + 2);
    }

    @Test
    void aLimitBrokenInASecondDocumentComesBeforeTheSecondDocumentItself() {
        assertThat(only(read("canvas: production\n---\n" + TOO_DEEP)).message()).contains("nested more than");
        assertThat(only(read("canvas: production\n---\nb: 2\n")).message())
                .contains("expected a single document in the stream, but found another document");
    }

    @Test
    void aLimitBrokenAfterAnUndefinedAliasComesBeforeTheAlias() {
        assertThat(only(read("a: *nowhere\n" + TOO_DEEP)).message()).contains("nested more than");
        assertThat(only(read("a: *nowhere\nb: 2\n")).message()).contains("found undefined alias nowhere");
    }

    @Test
    void aSyntaxErrorAfterAnUndefinedAliasComesBeforeTheAlias() {
        Finding f = only(read("a: *nowhere\nb: [1, 2\n"));
        assertThat(f.message()).startsWith("canvas is not valid YAML: ").doesNotContain("alias");
        assertThat(f.location().line()).isEqualTo(3);
    }

    @Test
    void aBlankTagIsRefusedWhereverItIs() {
        assertThat(only(read("a: *nowhere\nb: !<%20> 1\n")).message()).contains("has a tag (!...) that is blank");
        assertThat(only(read("a: 1\n---\nb: 2\n---\nc: !<%0a> 3\n")).location().line()).isEqualTo(5);
    }

    @Test
    void tooManyValuesAreRefusedEvenAfterTooManyAliases() {
        StringBuilder text = new StringBuilder("a: &a [1]\n");
        for (int i = 0; i < 60; i++) {
            text.append("b").append(i).append(": *a\n");
        }
        assertThat(only(read(text.toString())).message()).contains("more than 50 aliases");
        text.append("l:\n").append("- 1\n".repeat(YamlTreeReader.MAX_VALUES));
        assertThat(only(read(text.toString())).message()).contains("more than " + YamlTreeReader.MAX_VALUES + " values");
    }

    @Test
    void commentsOnlyGiveNoTreeAndNoFinding() {
        assertThat(read("# nothing yet\n")).isEqualTo(new YamlTreeReader.Result(java.util.Optional.empty(), List.of()));
    }
}
