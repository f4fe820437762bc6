package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.template.TemplateLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers are cut from the text by line, whatever the line breaks and however the front matter ends. */
class MarkdownLinesMdTest {

    static CanvasDefinition mini;

    @BeforeAll
    static void load() throws Exception {
        mini = TemplateLoader.load(Path.of("src/test/resources/templates/mini-tmpl.yaml"));
    }

    private static CanvasDocument parse(String md) {
        return new MarkdownCanvasParser(mini).parse("c.md", md).document();
    }

    private static final String CANVAS = """
            ### Square 1: Goals

            **What outcome does the agent deliver?**

            First line
            second line.

            - a bullet

            **How is success measured?**

            Weekly median.""";

    @Test
    void answersAreTheSameWithLfCrlfOrCrLineBreaks() {
        for (String lineBreak : new String[] {"\n", "\r\n", "\r"}) {
            CanvasDocument d = parse(CANVAS.replace("\n", lineBreak) + lineBreak);
            assertThat(d.answers().get("outcome").text()).isEqualTo("First line\nsecond line.\n\n- a bullet");
            assertThat(d.answers().get("outcome").location().line()).isEqualTo(5);
            assertThat(d.answers().get("success_measure").text()).isEqualTo("Weekly median.");
            assertThat(d.answers().get("success_measure").location().line()).isEqualTo(12);
        }
    }

    @Test
    void theLastLineIsReadWithoutALineBreakAfterIt() {
        assertThat(parse(CANVAS).answers().get("success_measure").text()).isEqualTo("Weekly median.");
    }

    @Test
    void frontMatterKeepsTheLineNumbersOfWhatFollowsIt() {
        for (String close : new String[] {"---", "...", "  ---  "}) {
            CanvasDocument d = parse("---\ncanvas: production\nowner: me\n" + close + "\n" + CANVAS);
            assertThat(d.kind()).isEqualTo("production");
            assertThat(d.findings()).isEmpty();
            assertThat(d.answers().get("outcome").location().line()).isEqualTo(9);
            assertThat(d.answers().get("outcome").text()).startsWith("First line");
        }
    }

    @Test
    void frontMatterWithCrlfLineBreaks() {
        CanvasDocument d = parse(("---\ncanvas: production\n---\n" + CANVAS).replace("\n", "\r\n"));
        assertThat(d.kind()).isEqualTo("production");
        assertThat(d.answers().get("outcome").location().line()).isEqualTo(8);
        assertThat(d.answers().get("outcome").text()).isEqualTo("First line\nsecond line.\n\n- a bullet");
    }

    @Test
    void frontMatterThatIsTheWholeFile() {
        assertThat(parse("---\ncanvas: production\n---").kind()).isEqualTo("production");
        assertThat(parse("---\ncanvas: production\n---\n").kind()).isEqualTo("production");
        assertThat(parse("---\n---\n").findings()).isEmpty();
    }

    @Test
    void anUnclosedFrontMatterIsNotRead() {
        CanvasDocument d = parse("---\ncanvas: production\n\n" + CANVAS);
        assertThat(d.kind()).isEmpty();
        assertThat(d.answers().get("outcome").text()).startsWith("First line");
    }
}
