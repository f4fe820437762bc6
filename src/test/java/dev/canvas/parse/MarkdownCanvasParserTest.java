package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Finding;
import dev.canvas.template.TemplateLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownCanvasParserTest {

    static CanvasDefinition mini;

    @BeforeAll
    static void load() throws Exception {
        mini = TemplateLoader.load(Path.of("src/test/resources/templates/mini-tmpl.yaml"));
    }

    private static CanvasDocument parse(String md) {
        return new MarkdownCanvasParser(mini).parse("c.md", md).document();
    }

    @Test
    void answersSpanParagraphsListsAndBoldNotesUpToTheNextQuestion() {
        CanvasDocument d = parse("""
                ### Square 1: Goals

                **What outcome does the agent deliver?**

                First paragraph.

                **Note:** still part of the answer.

                - a bullet

                #### A sub-heading inside the answer

                **How is success measured?**

                Weekly median.
                """);
        assertThat(d.answers().get("outcome").text()).startsWith("First paragraph.").contains("**Note:** still part",
                "- a bullet", "#### A sub-heading").doesNotContain("Weekly");
        assertThat(d.answers().get("outcome").location().line()).isEqualTo(5);
        assertThat(d.answers().get("success_measure").text()).isEqualTo("Weekly median.");
        assertThat(d.squares()).containsOnlyKeys(1);
    }

    @Test
    void aRewordedQuestionStillMatchesItsSquare() {
        CanvasDocument d = parse("### Square 1: Goals\n\n**What outcome will the agent deliver?**\n\nFaster fixes.\n");
        assertThat(d.answers()).containsKey("outcome");
    }

    @Test
    void headingsInsideCodeBlocksAreNotStructure() {
        CanvasDocument d = parse("### Square 1: Goals\n\n**What outcome does the agent deliver?**\n\n```\n### Square 3: Operations\n```\n");
        assertThat(d.squares()).containsOnlyKeys(1);
        assertThat(d.answers().get("outcome").text()).contains("### Square 3");
    }

    @Test
    void anUnclosedFenceIsNamed() {
        CanvasDocument d = parse("### Square 1: Goals\n\n**What outcome does the agent deliver?**\n\n```\ncode\n\n### Square 2: Limits\n");
        assertThat(d.findings()).extracting(Finding::message).anyMatch(m -> m.contains("never closed"));
        assertThat(d.squares()).doesNotContainKey(2);
    }

    @Test
    void boxesAreMatchedByTheirWordsAndATickAfterAnUntickedBoxDoesNotTickIt() {
        CanvasDocument d = parse("""
                **Prerequisites:**

                * [X] **POC validated** with real users ✅
                - [ ] Budget approved ✅
                  - [x] Outcome agreed with users
                """);
        assertThat(d.marks("prerequisites").get("poc-validated-with-real-users").checked()).isTrue();
        assertThat(d.marks("prerequisites").get("budget-approved").checked()).isFalse();
        assertThat(d.marks("phase-1").get("outcome-agreed-with-users").checked()).isTrue();
    }

    @Test
    void frontMatterGivesTheKindAndItsErrorsHaveFileLines() {
        CanvasDocument ok = parse("---\ncanvas: production\nanything: [1, 2]\n---\n# Title\n");
        assertThat(ok.kind()).isEqualTo("production");
        assertThat(ok.findings()).isEmpty();
        CanvasDocument bad = parse("---\ncanvas: production\nbad: [unclosed\n---\n# Title\n");
        assertThat(bad.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ParseFindings.SYNTAX);
            assertThat(f.location().line()).isBetween(3, 4);
            assertThat(f.message()).contains("front matter");
        });
    }

    @Test
    void aSquareTheTemplateDoesNotHaveIsAWarning() {
        CanvasDocument d = parse("### Square 12: Extra\n");
        assertThat(d.findings()).singleElement().extracting(Finding::rule).isEqualTo(ParseFindings.UNKNOWN);
    }
    @Test
    void aBoxWithoutTheSpaceAfterItsBracketIsSaidAtItsOwnLineAndConfirmsNothing() {
        CanvasDocument d = parse("""
                **Prerequisites:**

                - [x] POC validated with real users
                - [x]Budget approved

                ### Square 2: Limits

                **Validation Gate:**

                * [ ]Outcome agreed with users
                """);
        // line 4, not the label's line 1: the item is there, not ticked, and the finding says why and how to write it
        assertThat(d.marks("prerequisites").get("budget-approved")).satisfies(m -> {
            assertThat(m.checked()).isFalse();
            assertThat(m.location().line()).isEqualTo(4);
        });
        assertThat(d.marks("phase-1").get("outcome-agreed-with-users").location().line()).isEqualTo(10);
        assertThat(d.findings()).extracting(f -> f.location().line() + " " + f.rule() + " " + f.message() + " / " + f.fix())
                .containsExactly(
                        "4 unknown-content a space is missing after ] in '- [x]Budget approved', so it is not read as a box"
                                + " and its item is not confirmed / write '- [x] Budget approved'",
                        "10 unknown-content a space is missing after ] in '* [ ]Outcome agreed with users', so it is not read"
                                + " as a box and its item is not confirmed / write '* [ ] Outcome agreed with users'");
    }

    @Test
    void aBracketedXThatIsNoBoxIsLeftAlone() {
        CanvasDocument d = parse("""
                [ref]: https://example.com/x

                **Prerequisites:**

                - [x] POC validated with real users
                - [x](https://example.com/budget) is a link, not a box
                - [x][ref] is a link too
                - we mark done items [x]like this, in prose
                - [x]
                - [xx]Budget approved
                - [x] Budget approved

                ### Square 1: Goals

                **What outcome does the agent deliver?**

                - [x]an answer's own list, which names no item, is the answer's
                """);
        assertThat(d.findings()).isEmpty();
        assertThat(d.marks("prerequisites").get("budget-approved").checked()).isTrue();
        assertThat(d.answers().get("outcome").text()).isEqualTo("- [x]an answer's own list, which names no item, is the answer's");
    }
}
