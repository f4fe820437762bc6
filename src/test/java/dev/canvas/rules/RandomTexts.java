package dev.canvas.rules;

import java.util.Locale;
import java.util.Random;

/**
 * Texts made of what the substance rules look for (scale words, stores, providers, regulations, SLAs, amounts,
 * metrics), written in every case and next to characters that test word boundaries and Unicode case folding.
 */
final class RandomTexts {

    private RandomTexts() {
    }

    private static final String[] TOKENS = {"10x", "10 ×", "10X", "ten times", "Ten-fold", "TEN", "100x", "a hundred times",
            "HUNDRED-fold", "x10", "postgres", "PostgreSQL", "pgvector", "MongoDB", "atlas", "s3", "S3", "ſ3", "redis_",
            "xredis", "Cosmos DB", "sql server", "instead of", "rather than", "not ", "without", "OpenAI", "gpt-4o",
            "GPT4", "azure openai", "claude", "Gemini", "İBM", "ibm", "ıbm", "\u212Aafka", "kafka", "KAFKA", "k8s",
            "\u212A8s", "together.ai", "on-premises", "launch", "Go-Live", "day 1", "month 6", "six-month", "H1", "m12",
            "one-year", "12 months", "annual", "p95 < 2 s", "200ms", "3 seconds", "99.9%", "99 %", "50 requests per second",
            "1,000 rps", "5k per minute", "RTO: 30 minutes", "recovery time of 2 hours", "value: €825,000", "cost $375k",
            "1.2M EUR", "300 thousand", "¥100", "usd 40", "ROI = 120%", "actual ROI 80%", "-5%", "GDPR", "uk gdpr",
            "soc2", "SOC 2", "ISO 27001", "pci-dss", "no regulation applies because", "not subject to", "time saved",
            "hours", "errors", "csat", "MAU", "weekly active", "agents deployed", "number of users", "api calls",
            "sign-ups", "queries per day", "tokens used", "page views", "straße", "STRASSE", "café", "CAFÉ", "cafe\u0301",
            "Time to", "TIME TO", "a.c", "abc", "aXc", "a\tb", "a\nb", "ababc", "aabbc", "abbc", "ac", "tbd", "TBD",
            "- x", "\n- x", "12 calls", "x×10", "€12", "$ 5", "$5", "ai", "xai", "k", "K", "i", "s", "ſ", "ı", "İ", "x",
            "y", "_", "-", ".", ",", ":", ";", "(", ")", "/", "%", "#", "'", "’", "…", "—", " ", " ", "  ", "\n", "\r\n",
            "\u00A0", "\u2028", "\u0301", "é", "1", "2", "0", "6", "9", "😀", "\uD835\uDC00", "199%", "x1,000 rps", "1999ms",
            "12345", "a-12%", "0.5", "1,2", "55", "k"};

    /** Up to a dozen tokens, some upper- or lower-cased, joined by spaces or by nothing. */
    static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            String t = TOKENS[r.nextInt(TOKENS.length)];
            switch (r.nextInt(4)) {
                case 0 -> t = t.toUpperCase(Locale.ROOT);
                case 1 -> t = t.toLowerCase(Locale.ROOT);
                default -> {
                }
            }
            b.append(t);
            if (r.nextInt(3) > 0) {
                b.append(r.nextBoolean() ? " " : TOKENS[r.nextInt(TOKENS.length)].substring(0, 1));
            }
        }
        return b.toString();
    }
}
