package dev.canvas.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Progress;
import dev.canvas.model.Readiness;
import dev.canvas.model.ReadinessSpec;
import dev.canvas.model.Signoff;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.SignoffState;
import dev.canvas.model.SourceFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readiness carries each sign-off the readiness checklist asks for, as the canvas gives it. */
class SignoffStateTest {

    private static final List<SignoffRole> ROLES = List.of(new SignoffRole("lead", "Engineering lead", "architecture"),
            new SignoffRole("sec", "Security officer", "security"), new SignoffRole("owner", "Product owner", "value"),
            new SignoffRole("sponsor", "Executive sponsor", "investment"));

    private static CanvasDocument doc(Map<String, Signoff> signoffs) {
        return new CanvasDocument("c.md", SourceFormat.MARKDOWN, "", Map.of(), Map.of(), Map.of(), Map.of(), List.of(),
                signoffs, Optional.empty());
    }

    private static Signoff signoff(String role, String name, LocalDate date) {
        return new Signoff(role, name, Optional.ofNullable(date), Location.of("c.md", 9));
    }

    @Test
    void eachRoleInOrderWithItsNameDateAndWhatIsMissing() {
        CanvasDefinition def = new CanvasDefinition("t", "production", "t.yaml", List.of(), List.of(),
                Optional.of(new ReadinessSpec("readiness", 100, 90, ROLES)), Map.of());
        LocalDate d = LocalDate.of(2026, 11, 16);
        Readiness r = ReadinessCalculator.of(def, doc(Map.of("lead", signoff("lead", "Ada", d), "sec", signoff("sec", "Bo", null),
                "owner", signoff("owner", "", d))), List.of());
        assertThat(r.signoffs()).containsExactly(
                new SignoffState("lead", "Engineering lead", "architecture", "Ada", Optional.of(d)),
                new SignoffState("sec", "Security officer", "security", "Bo", Optional.empty()),
                new SignoffState("owner", "Product owner", "value", "", Optional.of(d)),
                new SignoffState("sponsor", "Executive sponsor", "investment", "", Optional.empty()));
        assertThat(r.signoffs()).extracting(SignoffState::missing).containsExactly("", "date", "name", "name and date");
        assertThat(r.signed()).isEqualTo(new Progress(1, 4));
        // sign-offs are shown, not counted in the readiness
        assertThat(r.overall()).isEqualTo(new Progress(0, 0));
    }

    @Test
    void aDefinitionWithoutReadinessChecklistAsksForNone() {
        CanvasDefinition def = new CanvasDefinition("t", "poc", "t.yaml", List.of(), List.of());
        Readiness r = ReadinessCalculator.of(def, doc(Map.of("lead", signoff("lead", "Ada", null))), List.of());
        assertThat(r.signoffs()).isEmpty();
        assertThat(r.signed()).isEqualTo(new Progress(0, 0));
        assertThat(new Readiness(new Progress(1, 2), List.of()).signoffs()).isEmpty();
    }
}
