package dev.canvas.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Differential fuzzing: whatever text PlainYamlReader reads, snakeyaml reads to the same data and locations
 * without a finding ({@link PlainYamlReaderTest#sameAsSnakeyaml}). Without {@code JAZZER_FUZZ} this replays the
 * inputs in {@code src/test/resources/dev/canvas/parse/PlainYamlReaderFuzzTestInputs/}; to fuzz (see the
 * {@code dev.canvas.fuzz} package documentation for the options):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp test -Dtest=PlainYamlReaderFuzzTest -Djazzer.instrument='dev.canvas.**'
 * </pre>
 */
class PlainYamlReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readsAsSnakeyamlReads(byte[] input) {
        PlainYamlReaderTest.sameAsSnakeyaml(new String(input, StandardCharsets.UTF_8));
    }
}
