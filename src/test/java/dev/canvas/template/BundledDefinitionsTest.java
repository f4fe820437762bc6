package dev.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.canvas.Upstream;
import dev.canvas.model.CanvasDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled definitions the build stores are the ones the templates give, and bad stored data is never used. */
class BundledDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"production", "poc"})
    void theBuildStoredEachKindAndItEqualsTheTemplatesDefinition(String kind) {
        CanvasDefinition derived = BundledDefinitions.derive(kind);
        assertThat(BundledDefinitions.stored(kind)).as("target/classes/dev/canvas/templates/%s.definition", kind)
                .contains(derived);
        assertThat(BundledDefinitions.of(kind)).contains(derived);
        assertThat(derived.kind()).isEqualTo(kind);
    }

    @Test
    void theProductionDefinitionHasTheReadinessChecklistAndThePocOneDoesNot() {
        assertThat(BundledDefinitions.of("production").orElseThrow().readiness()).isPresent();
        assertThat(BundledDefinitions.of("poc").orElseThrow().readiness()).isEmpty();
        assertThat(BundledDefinitions.of("poc").orElseThrow().label(dev.canvas.model.Verdict.GO)).isNotEqualTo("go");
    }

    @Test
    void anUnknownKindHasNone() {
        assertThat(BundledDefinitions.of("pilot")).isEmpty();
    }

    @Test
    void anyTemplatesDefinitionSurvivesTheCodec() throws Exception {
        for (String f : new String[] {"production-canvas-tmpl.yaml", "poc-canvas-tmpl.yaml"}) {
            CanvasDefinition upstream = TemplateLoader.load(Upstream.file(f));
            assertThat(roundTrip(upstream)).isEqualTo(upstream);
        }
    }

    @Test
    void dataCutShortOrCorruptedIsRefusedNotMisread() throws Exception {
        byte[] bytes = encode(BundledDefinitions.derive("poc"));
        assertThatThrownBy(() -> decode(Arrays.copyOf(bytes, bytes.length / 2))).isInstanceOf(IOException.class);
        byte[] corrupt = bytes.clone();
        corrupt[0] = (byte) 0x7f; // the name's length: two gigabytes
        assertThatThrownBy(() -> decode(corrupt)).isInstanceOf(IOException.class).hasMessageContaining("not a canvas definition");
    }

    private static CanvasDefinition roundTrip(CanvasDefinition d) throws IOException {
        return decode(encode(d));
    }

    private static byte[] encode(CanvasDefinition d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DefinitionCodec.write(d, out);
        }
        return bytes.toByteArray();
    }

    private static CanvasDefinition decode(byte[] bytes) throws IOException {
        return DefinitionCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
