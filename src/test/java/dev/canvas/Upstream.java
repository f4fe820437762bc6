package dev.canvas;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * BMAD's upstream templates, which the tests read from {@code ../shared/fixtures/bmad} beside the checkout. In a
 * clone without them, the tests that need them are skipped and say why; {@code .ci/run} refuses to run without
 * them, so CI never skips.
 */
public final class Upstream {

    /** As the tests name it (relative, as in the expected output of golden cases). */
    public static final String DIR = "../shared/fixtures/bmad";

    private Upstream() {
    }

    /** Skips the calling test (or class, from a {@code @BeforeAll}) when the templates are not there. */
    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of(DIR)),
                "BMAD's upstream templates are not in " + DIR + " beside the checkout: skipped");
    }

    /** One of them, skipping the calling test when they are not there. */
    public static Path file(String name) {
        assumePresent();
        return Path.of(DIR, name);
    }
}
