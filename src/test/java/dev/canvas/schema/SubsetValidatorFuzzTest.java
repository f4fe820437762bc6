package dev.canvas.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.parse.YamlTreeReader;
import dev.canvas.template.BundledDefinitions;
import java.nio.charset.StandardCharsets;

/**
 * Differential fuzzing: on the data of any YAML text, the subset validator and everit agree on whether it conforms to
 * the Production Canvas's schema. Without {@code JAZZER_FUZZ} this replays the inputs in
 * {@code src/test/resources/dev/canvas/schema/SubsetValidatorFuzzTestInputs/}; to fuzz (see the {@code dev.canvas.fuzz}
 * package documentation for the options):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp test -Dtest=SubsetValidatorFuzzTest -Djazzer.hooks=true -Djazzer.instrument='dev.canvas.**'
 * </pre>
 */
class SubsetValidatorFuzzTest {

    private static final CanvasDefinition PRODUCTION = BundledDefinitions.of("production").orElseThrow();
    private static final SchemaValidator VALIDATOR = new SchemaValidator(CanvasSchema.of(PRODUCTION), PRODUCTION);

    @FuzzTest(maxDuration = "10m")
    void agreesWithEverit(byte[] input) {
        YamlTreeReader.read("fuzz.yaml", new String(input, StandardCharsets.UTF_8), 0, "canvas").tree().ifPresent(t ->
                assertThat(VALIDATOR.subset().orElseThrow().conforms(t.data())).as("subset validator on %s", t.data())
                        .isEqualTo(VALIDATOR.everitValid(t.data())));
    }
}
