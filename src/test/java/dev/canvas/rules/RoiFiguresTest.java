package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How ROI answers as teams write them are read: the totals, the stated ROI, and how sure the reading is. */
class RoiFiguresTest {

    private static BigDecimal amount(Optional<RoiFigures.Amount> a) {
        return a.map(RoiFigures.Amount::amount).map(BigDecimal::stripTrailingZeros).orElse(null);
    }

    @Test
    void totalsAfterTheLeadingWordAndTheLastPercentage() {
        RoiFigures r = RoiFigures.of("""
                - Value: 84,000 exceptions × 11 min saved = 15,400 hours × €45 loaded cost = €693,000, plus €132,000 = €825,000.
                - Cost: build €180,000, APIs €15,000, infrastructure €42,000, engineer €110,000, training €28,000 = €375,000.
                - ROI = (€825,000 − €375,000) / €375,000 × 100% = 120%.
                """);
        assertThat(amount(r.value())).isEqualByComparingTo("825000");
        assertThat(amount(r.cost())).isEqualByComparingTo("375000");
        assertThat(r.stated()).contains(new BigDecimal("120"));
        assertThat(r.computed()).contains(new BigDecimal("120.0"));
        assertThat(r.sure()).isTrue();
    }

    @Test
    void unitsAndActualVersusProjected() {
        RoiFigures r = RoiFigures.of("Annual value $1.2M. Total cost 400k USD. Projected ROI 200%. Actual ROI after 3 months: 150%.");
        assertThat(amount(r.value())).isEqualByComparingTo("1200000");
        assertThat(amount(r.cost())).isEqualByComparingTo("400000");
        assertThat(r.projected()).contains(new BigDecimal("200"));
        assertThat(r.actual()).contains(new BigDecimal("150"));
    }

    @Test
    void countsAreNotMoney() {
        RoiFigures r = RoiFigures.of("Value: the system must save 10+ engineering headcount equivalents. Cost: $1-2M a year.");
        assertThat(r.value()).isEmpty();
    }

    /** value # cost # stated ROI (empty: none) # sure; the answer's lines are separated by '/'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Value: € 1.500.000 per year./Cost: € 600.000 per year./ROI: 150 %                       # 1500000 # 600000 # 150 # true
            Value 1 500 000 EUR; cost 600 000 EUR; ROI 150%                                          # 1500000 # 600000 # 150 # true
            Benefits: CHF 1'200'000 a year./Costs: CHF 400'000 a year./ROI 200 %                    # 1200000 # 400000 # 200 # true
            - Total value: $1.2M/  - labour savings $900k/  - fewer errors $300k/- Total cost: $400k/ROI: 200% # 1200000 # 400000 # 200 # true
            Value:/- labour savings 900k/- fewer errors 300k/- Total value 1.2M/Cost: 400k/ROI 200%  # 1200000 # 400000 # 200 # true
            Value (per year):/- Labour: €500k/- Errors: €325k/Cost: €375k a year.                     # 825000  # 375000 #     # false
            | Item | Amount |/|---|---|/| Value | €825k |/| Cost | €375k |/| ROI | 120% |            # 825000  # 375000 # 120 # true
            Value €825k, cost €375k: ROI 120% in year 1, 260% in year 2.                              # 825000  # 375000 # 120 # true
            Year-2 ROI 260%; year-1 ROI 120%. Value €825k. Cost €375k.                                # 825000  # 375000 # 120 # true
            Net benefit €450k a year on a cost of €375k: ROI 120%.                                     # 450000  # 375000 # 120 # true
            Value: 650k. Cost: 250k. ROI: 160%.                                                       # 650000  # 250000 # 160 # true
            Value: €1,2 Mio. Costs: €400.000. ROI 200 %.                                             # 1200000 # 400000 # 200 # true
            Benefit €1.2M. Subtotal licences €100k, subtotal team €300k, total cost €400k. ROI 200%.    # 1200000 # 400000 # 200 # true
            Value €900k, with cost: build €300k (€200k team, €100k licences) = €300k. ROI 200%.         # 900000  # 300000 # 200 # true
            Internet savings: €600k a year. Cost: €200k. ROI 200%.                                   # 600000  # 200000 # 200 # true
            Value p.a. (at 12-month scale): time A$1.6m, penalties A$0.3m, repeats A$0.5m → A$2.4m. Cost per year: A$0.8m. ROI 200 %. # 2400000 # 800000 # 200 # true
            Cancellations at an average cost of USD 38,000 are worth USD 2.2MM. Total value USD 3.4MM. The cost is USD 1.1MM. ROI 209%. # 3400000 # 1100000 # 209 # true
            """)
    void readsTheTotals(String answer, String value, String cost, String stated, boolean sure) {
        RoiFigures r = RoiFigures.of(answer.replace("/", "\n"));
        assertThat(amount(r.value())).as("value").isEqualByComparingTo(value);
        assertThat(amount(r.cost())).as("cost").isEqualByComparingTo(cost);
        if (stated == null) {
            assertThat(r.stated()).isEmpty();
        } else {
            assertThat(r.stated()).as("stated").contains(new BigDecimal(stated));
        }
        assertThat(r.sure()).as("sure").isEqualTo(sure);
    }

    @Test
    void aNegativeStatedRoi() {
        RoiFigures r = RoiFigures.of("Value: 100k. Cost: 250k. ROI: -60%.");
        assertThat(r.stated()).contains(new BigDecimal("-60"));
    }
}
