package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ocop.law.DossierKind;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/** {@link Copies} copies every attribute of the core's values: it fails when one gains an attribute. */
class CopiesTest {

  private static Set<String> attributes(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .map(Method::getName).collect(Collectors.toSet());
  }

  @Test
  void theCopiedAttributesAreAllTheValuesHave() {
    assertThat(attributes(Round.class)).containsExactlyInAnyOrder("province", "district", "year", "sequence", "level",
        "councilDate", "submissionDeadline", "council", "submissions", "catalogue");
    assertThat(attributes(Submission.class)).containsExactlyInAnyOrder("product", "dossier", "scorecards",
        "partScores", "filedOn", "disqualifications"); // and dossierKind, a default
    assertThat(attributes(MemberScorecard.class)).containsExactlyInAnyOrder("member", "productSet", "choices");
  }

  @Test
  void aCopyOfAGeneratedRoundEqualsIt() {
    qt().withExamples(30).forAll(RoundGenerator.of(Units.AN_GIANG).places(Units.AN_GIANG_PLACES)
        .councilDate(LocalDate.of(2026, 6, 18)).catalogue(vn.ocop.testing.TestCatalogue.CATALOGUE)
        .dossierKinds(DossierKind.values()).filedWithinDays(40).build())
        .checkAssert(round -> {
          assertThat(Copies.withSubmissions(round, round.submissions())).isEqualTo(round);
          for (Submission s : round.submissions()) {
            assertThat(Copies.withScorecards(s, s.scorecards())).isEqualTo(s);
            for (MemberScorecard m : s.scorecards()) {
              assertThat(Copies.withChoices(m, m.choices())).isEqualTo(m);
            }
          }
        });
  }
}
