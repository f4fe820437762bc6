package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoiFiguresTest {

    @Test
    void totalsAfterTheLeadingWordAndTheLastPercentage() {
        RoiFigures r = RoiFigures.of("""
                - Value: 84,000 exceptions × 11 min saved = 15,400 hours × €45 loaded cost = €693,000, plus €132,000 = €825,000.
                - Cost: build €180,000, APIs €15,000, infrastructure €42,000, engineer €110,000, training €28,000 = €375,000.
                - ROI = (€825,000 − €375,000) / €375,000 × 100% = 120%.
                """);
        assertThat(r.value()).contains(new BigDecimal("825000"));
        assertThat(r.cost()).contains(new BigDecimal("375000"));
        assertThat(r.stated()).contains(new BigDecimal("120"));
        assertThat(r.computed()).contains(new BigDecimal("120.0"));
    }

    @Test
    void unitsAndActualVersusProjected() {
        RoiFigures r = RoiFigures.of("Annual value $1.2M. Total cost 400k USD. Projected ROI 200%. Actual ROI after 3 months: 150%.");
        assertThat(r.value()).contains(new BigDecimal("1200000.0"));
        assertThat(r.cost()).contains(new BigDecimal("400000"));
        assertThat(r.projected()).contains(new BigDecimal("200"));
        assertThat(r.actual()).contains(new BigDecimal("150"));
    }

    @Test
    void countsAreNotMoney() {
        RoiFigures r = RoiFigures.of("Value: the system must save 10+ engineering headcount equivalents. Cost: $1-2M a year.");
        assertThat(r.value()).isEmpty();
    }
}
