package dev.canvas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.figures.Milestones.Milestone;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scale projections as teams write them ('/' separates lines), and the milestones read as given a figure. */
class MilestonesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Launch: 40 clerks. 6 months: 120 clerks. 1 year: 300 clerks.                # LAUNCH SIX_MONTHS ONE_YEAR
            - go-live: 14 clinics/- M+6: 40 clinics/- M+12: 75 clinics                  # LAUNCH SIX_MONTHS ONE_YEAR
            Day 1 ~200 users, +6 mo ~650, 1 yr ~1,400                                    # LAUNCH SIX_MONTHS ONE_YEAR
            | | Launch | 6 months | 12 months |/|---|---|---|---|/| Users | 40 | 120 | 300 | # LAUNCH SIX_MONTHS ONE_YEAR
            | Milestone | Users |/|---|---|/| Go-live | 40 |/| Month 6 | 120 |/| Year 1 | 300 | # LAUNCH SIX_MONTHS ONE_YEAR
            - Launch/  - 40 users/- Half a year/  - 120 users/- Y1/  - 300 users            # LAUNCH SIX_MONTHS ONE_YEAR
            We launch with 40 clerks, reach 120 after six months and 300 within a year.     # LAUNCH SIX_MONTHS ONE_YEAR
            Launch: 40 users. Later: strong growth.                                      # LAUNCH
            We expect strong growth over the next 6 months.                              # ''
            Q3 2026: 40 users; Q1 2027: 120 users                                        # ''
            """)
    void milestonesWithAFigure(String answer, String expected) {
        Set<Milestone> want = expected == null || expected.isBlank() || expected.equals("''") ? EnumSet.noneOf(Milestone.class)
                : Stream.of(expected.split(" ")).map(Milestone::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Milestone.class)));
        assertThat(Milestones.given(answer.replace("/", "\n"))).isEqualTo(want);
    }
}
