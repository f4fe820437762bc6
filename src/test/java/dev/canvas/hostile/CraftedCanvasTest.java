package dev.canvas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole check of a 1 MB canvas whose every answer is crafted against the substance rules (runs of digits and
 * separators, of role words, of milestones, of table cells, of negations): the time stays bounded (issue 15: two
 * built-in number patterns once made a 63 KB canvas take a minute).
 */
class CraftedCanvasTest {

    /** Pieces each repeated into an answer; every one aims at a reading of figures. */
    private static final String[] PIECES = {
        "1,", "1.", "1 ", "1'", "€1 ", "$1.2M-", "1-2-", "10x ", "x10 ", "1h3", "value cost ", "ROI 1% ", "total 1 ",
        "- launch 1\n", "  - 6 mo\n", "| a | 1 |\n", "no RTO ", "RTO 1 ", "req/s ", "1 per ", "Q1 2026 ", "N/A ", "TBD ",
        "postgres for mongodb ", "no redis, ", "failover not ", "GDPR ", "opened the app ", "**x**\n", "(((", "= = = "};

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aOneMegabyteCraftedCanvasIsCheckedInBoundedTime(@TempDir Path dir) throws Exception {
        Path canvas = dir.resolve("crafted.md");
        assertThat(CliRun.of("init", "-o", canvas.toString()).exitCode()).isZero();
        String scaffold = Files.readString(canvas, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(scaffold);
        StringBuilder out = new StringBuilder();
        int field = 0;
        while (m.find()) {
            String piece = PIECES[field++ % PIECES.length];
            m.appendReplacement(out, Matcher.quoteReplacement(piece.repeat(22_000 / piece.length())));
        }
        m.appendTail(out);
        Files.writeString(canvas, out.toString(), StandardCharsets.UTF_8);
        assertThat(Files.size(canvas)).isGreaterThan(1_000_000);

        long t0 = System.nanoTime();
        CliRun r = CliRun.of("check", "--format", "json", canvas.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("internal error");
        System.out.println("crafted 1 MB canvas checked in " + ms + " ms");
    }
}
