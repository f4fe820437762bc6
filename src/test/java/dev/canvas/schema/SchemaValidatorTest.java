package dev.canvas.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    @Test
    void everitIsGivenTheSchemaWithoutAnnotationsButWithEveryPropertyWhateverItsName() {
        Map<String, Object> schema = Map.of(
                "title", "T", "description", "D", "type", "object", "required", List.of("description"),
                "properties", Map.of(
                        "description", Map.of("type", "string", "description", "a field named description", "examples", List.of("x")),
                        "title", Map.of("enum", List.of("title", "description"))),
                "additionalProperties", Map.of("type", "boolean", "$comment", "c"),
                "anyOf", List.of(Map.of("description", "d", "required", List.of("title"))));
        assertThat(SchemaValidator.forValidation(schema)).isEqualTo(Map.of(
                "type", "object", "required", List.of("description"),
                "properties", Map.of(
                        "description", Map.of("type", "string"),
                        "title", Map.of("enum", List.of("title", "description"))),
                "additionalProperties", Map.of("type", "boolean"),
                "anyOf", List.of(Map.of("required", List.of("title")))));
    }
}
