package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.ocop.io.RoundFiles;

/**
 * The published JSON Schema of the round file ({@code docs/schema/round.schema.json}) and the reader
 * ({@code RoundFiles}) cannot drift apart: every bundled sample round is valid under the schema and
 * read by the reader; a sample with a key the format does not have is refused by both.
 */
class SamplesMatchTheSchemaTest {
  private static final Path ROUNDS = Path.of("src/main/resources/vn/ocop/examples/rounds");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Schema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("../docs/schema/round.schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(ROUNDS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleRoundIsValidUnderThePublishedSchemaAndReadByTheReader(Path sample) throws IOException {
    List<Error> errors = schema().validate(MAPPER.readTree(sample.toFile()));
    assertThat(errors).as(sample + " against round.schema.json").isEmpty();
    assertThat(RoundFiles.read(sample).round().submissions()).isNotEmpty();
  }

  @Test
  void thereAreSixSamples() throws IOException {
    assertThat(samples()).hasSize(6);
  }

  @Test
  void aKeyTheFormatDoesNotHaveIsRefusedByTheSchemaAsByTheReader() throws IOException {
    Path sample = ROUNDS.resolve("sample-3-kien-giang-2024-hon-dat-district.json");
    JsonNode tree = MAPPER.readTree(sample.toFile());
    ((ObjectNode) tree.get("products").get(0)).put("colour", "red");
    assertThat(schema().validate(tree)).extracting(e -> e.getInstanceLocation().toString())
        .anySatisfy(l -> assertThat(l).contains("products").contains("0"));
    Path bad = Files.createTempFile("round", ".json");
    try {
      Files.writeString(bad, MAPPER.writeValueAsString(tree));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoundFiles.read(bad))
          .hasMessageContaining("$.products[0]").hasMessageContaining("unknown key 'colour'");
    } finally {
      Files.delete(bad);
    }
  }
}
