package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build runs every bundled pack's own tests ({@code tests/*.properties}), as {@code ocop rules test} would. */
class BundledPackTestsTest {
  static final Path PACKS = Path.of("src/main/resources/vn/ocop/rules/packs");

  @Test
  void everyBundledPackShipsTestsAndTheyAllPass() throws IOException {
    List<PackTests.Result> results = PackTests.run(RuleBooks.bundled(), PACKS);
    assertThat(results).allSatisfy(r -> assertThat(r.failures()).as(r.file()).isEmpty());
    try (Stream<Path> s = Files.walk(PACKS)) {
      List<String> packs = s.filter(p -> p.getFileName().toString().equals("pack.properties"))
          .map(p -> PACKS.relativize(p.getParent()).toString().replace('\\', '/')).toList();
      assertThat(packs).hasSize(RuleBooks.bundled().packs().size());
      for (String pack : packs) {
        assertThat(results).as("tests of " + pack).anyMatch(r -> r.pack().startsWith(pack + "@"));
      }
    }
  }
}
