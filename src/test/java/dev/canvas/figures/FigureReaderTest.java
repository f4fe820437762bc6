package dev.canvas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.figures.Figure.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text as teams write it, and the figures read from it: kind, value (as {@code BigDecimal.toPlainString} after stripping zeros), unit. */
class FigureReaderTest {

    private static String read(String text) {
        return FigureReader.read(text.replace("_NBSP_", "\u00A0").replace("_NNBSP_", "\u202F")).stream()
                .map(f -> f.kind() + " " + f.value().stripTrailingZeros().toPlainString() + (f.unit().isEmpty() ? "" : " " + f.unit())
                        + (f.exact() ? "" : " ?"))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10 req/s                          | RATE 10 per s
            120 requests/min                  | RATE 120 per min
            requests at 40 requests/s peak    | RATE 40 per s
            25 req/sec                        | RATE 25 per sec
            300 reviews/h                     | RATE 300 per h
            1.5k req/s                        | RATE 1500 per s
            40 RPS                            | RATE 40 rps
            2,000 documents per day           | RATE 2000 per day
            3,000 tickets daily               | RATE 3000 per daily
            10 new claims per business hour   | RATE 10 per hour
            peak of 40/s                      | RATE 40 per s
            99.9 %                            | PERCENT 99.9 %
            99,9 %                            | PERCENT 99.9 %
            99.9_NBSP_%                       | PERCENT 99.9 %
            99.95% uptime                     | PERCENT 99.95 %
            2,5 s                             | DURATION 2.5 s
            800_NNBSP_ms                      | DURATION 0.8 ms
            p95 under 800ms                   | DURATION 0.8 ms
            RTO 1h30                          | DURATION 5400 h
            RTO: 4 hours                      | DURATION 14400 hours
            15 min                            | DURATION 900 min
            1 500 000 €                       | MONEY 1500000 €
            € 1.500.000                       | MONEY 1500000 €
            1.500.000 EUR                     | MONEY 1500000 eur
            CHF 1'200'000                     | MONEY 1200000 chf
            $1.2M                             | MONEY 1200000 $
            US$ 2.4 million                   | MONEY 2400000 $
            EUR 2.4 million                   | MONEY 2400000 eur
            2.4 million EUR                   | MONEY 2400000 eur
            €5m                               | MONEY 5000000 €
            650k                              | MONEY 650000
            EUR1.5M                           | MONEY 1500000 eur
            €825,000                          | MONEY 825000 €
            ₹2,94,00,000                      | MONEY 29400000 ₹
            ₹58,40,000 per year               | MONEY 5840000 ₹
            1,500                             | NUMBER 1500
            1.5                               | NUMBER 1.5
            ROI: -60%                         | PERCENT -60 %
            (825k - 375k)                     | MONEY 825000; MONEY 375000
            10x and 100x                      | MULTIPLE 10 x; MULTIPLE 100 x
            at x10 and ×100 volume            | MULTIPLE 10 x; MULTIPLE 100 x
            ten times and a hundred times     | MULTIPLE 10 x; MULTIPLE 100 x
            a 10-fold increase                | MULTIPLE 10 x
            3 times a day                     | RATE 3 per day
            3 x 8 h shifts                    | NUMBER 3; DURATION 28800 h
            2026-09-01                        | DATE 0 date
            Q3 2027                           | DATE 3 q
            by 2027.                          | DATE 0 date
            GPT-4o and p95                    | NUMBER 4
            ISO27001 and H100                 | ''
            200 users within a month          | NUMBER 200
            6 mo                              | DURATION 15552000 mo
            """)
    void readsFigures(String text, String expected) {
        assertThat(read(text)).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void twoReadingsOfOneSeparatorAreNotExact() {
        assertThat(read("Cost 1.500 per seat")).isEqualTo("NUMBER 1.5 ?");
        assertThat(read("Latency 2,5 s; cost 1.500 per seat")).isEqualTo("DURATION 2.5 s; NUMBER 1500");
        assertThat(read("Latency 2,5 s; 1,500 seats")).isEqualTo("DURATION 2.5 s; NUMBER 1.5 ?");
        assertThat(read("€ 1.500 a month")).isEqualTo("MONEY 1500 € ?");
    }

    @Test
    void offsetsPointAtTheFigure() {
        String text = "Cost: € 1.500.000 per year";
        Figure f = FigureReader.read(text).get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo("€ 1.500.000");
    }

    /**
     * 1.6 million crafted characters: about 1 s when the reading is linear, hours if it were quadratic. The timeout
     * only catches that (a busy CI machine took 5 s once); it measures nothing.
     */
    @Test
    @Timeout(60)
    void linearOnCraftedText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            b.append("1,");
        }
        b.append("x 1 1 1 1 1 a ");
        b.append("1 ".repeat(200_000)).append("req".repeat(100_000)).append("/s");
        b.append("1-2-".repeat(100_000)); // ranges: read pair by pair, not by recursion (a StackOverflowError once)
        List<Figure> figures = FigureReader.read(b.toString());
        assertThat(figures).isNotEmpty();
    }

    /** {@link FigureReader#mayHoldMultiple} says no only of texts in which {@link FigureReader#read} finds no multiple. */
    @Test
    void mayHoldMultipleMissesNoMultiple() {
        String[] pieces = {"10", "100", "2.5", "1,000", "x", "X", "\u00D7", "ｘ", "fold", "FOLD", "-fold", "times", "TİMES", "Times",
            "ten", "hundred", "Tenfold", "thousand", " ", "  ", "\u00A0", "\u202F", "\t", "\n", "-", "–", "k", "M", "EUR", "€", "$",
            "%", "per", "a", "day", "3", "8", "h", "p95", "H100", "exception", "next", "(", ")", ".", ",", "/", "٣", "x10", "10x"};
        Random r = new Random(23);
        int withMultiple = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                String p = pieces[r.nextInt(pieces.length)];
                b.append(r.nextInt(5) == 0 ? p.toUpperCase(Locale.ROOT) : p);
            }
            String text = b.toString();
            boolean multiple = FigureReader.read(text).stream().anyMatch(f -> f.kind() == Kind.MULTIPLE);
            withMultiple += multiple ? 1 : 0;
            if (multiple) {
                assertThat(FigureReader.mayHoldMultiple(text)).as(text).isTrue();
            }
        }
        assertThat(withMultiple).as("texts with a multiple among the random ones").isGreaterThan(5_000);
        assertThat(FigureReader.mayHoldMultiple("an exception in the next release")).isFalse();
        assertThat(FigureReader.mayHoldMultiple("10 \u00D7 today")).isTrue();
    }
}
