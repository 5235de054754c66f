package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.Outcome;
import vn.ocop.round.CouncilLevel;
import vn.ocop.rules.testing.Rounds;

class SmokeTest {
  @Test
  void smoke() {
    Outcome o = Rounds.outcome(Rounds.single(Rounds.HON_DAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 5), "72.00"),
        RuleBooks.bundled());
    o.reasons().forEach(System.out::println);
    assertThat(o.decision()).isNotNull();
  }
}
