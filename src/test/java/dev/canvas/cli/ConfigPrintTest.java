package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code canvas config --print}: the configuration in force as a {@code .canvas.yaml} that reads back the same. */
class ConfigPrintTest {

    /** 'canvas config' output without the first line (where it came from) and the places of each value. */
    private static List<String> settings(CliRun r) {
        return Arrays.stream(r.out().split("\n")).skip(1).map(l -> l.replaceAll(" +\\[[^]]*]$", "")).sorted().toList();
    }

    @Test
    void printedConfigurationReadsBackToTheSameRules(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("team"));
        Files.writeString(repo.resolve(".canvas.yaml"), """
                rules:
                  vanity-metrics: off
                  gate-unchecked: warning
                  field-non-answer: {extra_phrases: [ask legal], min_words: 3}
                  sla-measurable: {severity: blocker, effective_from: 2027-01-01}
                waivers:
                  - {rule: roi-figures, reason: "board approved", approved_by: Dana, expires: 2026-12-31}
                """, StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("team/.canvas.yaml"), """
                rules:
                  unknown-content: gap
                  on-call-named: {kind: pattern-required, severity: gap, field: success_metrics, pattern: on-call}
                """, StandardCharsets.UTF_8);
        String team = repo.resolve("team").toString();
        CliRun printed = CliRun.of("config", "--print", "--today", "2026-11-22", team);
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.out()).startsWith("# The configuration in force for " + team)
                .contains("  vanity-metrics: off", "    effective_from: 2027-01-01", "    kind: pattern-required");
        Path file = tmp.resolve("printed.yaml");
        Files.writeString(file, printed.out(), StandardCharsets.UTF_8);

        CliRun original = CliRun.of("config", "--today", "2026-11-22", team);
        CliRun back = CliRun.of("config", "--today", "2026-11-22", "--config", file.toString(), team);
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).startsWith("configuration: " + file);
        assertThat(settings(back)).isEqualTo(settings(original));
        assertThat(settings(original)).contains("  on-call-named: gap", "  vanity-metrics: off", "  sla-measurable: blocker from 2027-01-01");
        // plain 'canvas config' keeps its own report
        assertThat(original.out()).startsWith("configuration: ").doesNotContain("extends:");
    }
}
