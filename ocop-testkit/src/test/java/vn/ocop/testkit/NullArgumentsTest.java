package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.NullArgumentException;
import vn.ocop.catalog.Catalogues;
import vn.ocop.rules.RuleBooks;

/**
 * The testkit's generators and assertions given a null name the argument, as the library's entry
 * points do ({@link NullArgumentException}), never a bare {@link NullPointerException} (issue 14).
 */
class NullArgumentsTest {
  private interface Call {
    void run() throws Exception;
  }

  @Test
  void everyGeneratorAndAssertionGivenANullNamesTheArgument() {
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("card", () -> OcopGenerators.memberChoices(null));
    calls.put("catalogue", () -> OcopGenerators.partScores(null));
    calls.put("council", () -> OcopGenerators.partScoresByMember(Catalogues.decision1048(), null));
    calls.put("kind", () -> OcopGenerators.producers(null));
    calls.put("required", () -> OcopGenerators.dossiersMissingSomeOf(null));
    calls.put("province", () -> RoundGenerator.of(null));
    calls.put("councilDate", () -> RoundGenerator.inProvince("an-giang", null));
    calls.put("level", () -> RoundGenerator.inProvince("an-giang", LocalDate.of(2024, 6, 5)).level(null));
    calls.put("catalogue ", () -> RoundGenerator.inProvince("an-giang", LocalDate.of(2024, 6, 5)).catalogue(null));
    calls.put("policy", () -> RankingProperties.of(null, RoundGenerator.inProvince("an-giang", LocalDate.of(2024, 6, 5))
        .build()));
    calls.put("rounds", () -> RankingProperties.of(RuleBooks.bundled(), null));
    calls.put("catalogue  ", () -> NearMiss.bandBoundaryScores(null));
    List<String> wrong = new ArrayList<>();
    calls.forEach((argument, call) -> {
      Throwable t = catchThrowable(call::run);
      String name = argument.strip();
      if (!(t instanceof NullArgumentException n) || !n.argument().equals(name)) {
        wrong.add(name + " -> " + t);
      }
    });
    assertThat(wrong).as("testkit entry points that do not name their null argument").isEmpty();
  }
}
