package vn.ocop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.io.RoundFiles;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBooks;

/** The generated round written as a file reads back as a round that is evaluated exactly as the generated one. */
class NationalRoundFileTest {
  @TempDir
  Path dir;

  private static List<String> outcomes(RoundResult r) {
    return r.ranking().entries().stream().map(e -> {
      ProductResult p = e.result();
      return e.rank() + " " + p.product().id() + " " + p.product().place().id() + " " + p.score().toPlainString() + " "
          + p.stars() + " " + p.decision() + " " + p.outcome().reasons();
    }).toList();
  }

  @Test
  void theFileReadsBackAsTheSameRound() throws IOException {
    Path file = dir.resolve("national-300.json");
    NationalRoundFile.main(new String[] {"300", file.toString(), "11"});
    Round read = RoundFiles.read(file).round();
    Round generated = NationalRound.generate(300, 11);
    assertThat(read.submissions()).hasSize(300);
    assertThat(read.submissions().get(17).scorecards()).isEqualTo(generated.submissions().get(17).scorecards());
    assertThat(outcomes(Ocop.evaluate(read, RuleBooks.bundled()))).isEqualTo(outcomes(Ocop.evaluate(generated, RuleBooks.bundled())));
  }
}
