package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The parameter table of docs/rules.md is generated from {@link ParamSchema}: this test fails when
 * the doc is stale. Run it with {@code -Docop.regenerateDocs=true} to rewrite the table.
 */
class ParamSchemaDocTest {
  static final Path DOC = Path.of("../docs/rules.md");
  static final String BEGIN = "<!-- parameters: generated from vn.ocop.rules.ParamSchema by ParamSchemaDocTest; do not edit -->\n";
  static final String END = "<!-- end of parameters -->";

  @Test
  void theParameterTableOfDocsRulesMdIsTheSchemas() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int b = doc.indexOf(BEGIN);
    int e = doc.indexOf(END);
    assertThat(b).as("docs/rules.md holds the marker " + BEGIN.strip()).isNotNegative();
    assertThat(e).isGreaterThan(b);
    String table = ParamSchema.markdownTable();
    String current = doc.substring(b + BEGIN.length(), e);
    if (!current.equals(table) && Boolean.getBoolean("ocop.regenerateDocs")) {
      Files.writeString(DOC, doc.substring(0, b + BEGIN.length()) + table + doc.substring(e), StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as("docs/rules.md parameter table is stale: run ./mvnw -o -pl ocop-rules test"
        + " -Dtest=ParamSchemaDocTest -Docop.regenerateDocs=true").isEqualTo(table);
  }
}
