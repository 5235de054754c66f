package vn.ocop.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The law by date, and the transition of Decision 26/2026/QĐ-TTg, Articles 11–12. */
class LawInForceTest {
  private static final LocalDate MAY_21 = LocalDate.of(2026, 5, 21);
  private static final LocalDate MAY_22 = LocalDate.of(2026, 5, 22);

  private static ApplicableLaw law(LocalDate council, LocalDate filed, DossierKind kind) {
    return LawInForce.forDossier(council, Optional.ofNullable(filed), kind);
  }

  @Test
  void decisions148And1489LapseAtTheEndOf21July2026() {
    assertThat(Instrument.LAST_DAY_OF_148).isEqualTo(LocalDate.of(2026, 7, 21));
    assertThat(Instrument.D148.isInForceOn(LocalDate.of(2026, 7, 21))).isTrue();
    assertThat(Instrument.D148.isInForceOn(LocalDate.of(2026, 7, 22))).isFalse();
    assertThat(Instrument.D1489.isInForceOn(LocalDate.of(2026, 7, 22))).isFalse();
    assertThat(Instrument.inForceOn(LocalDate.of(2026, 7, 22))).contains(Instrument.D26_2026).doesNotContain(Instrument.D148);
    assertThat(Instrument.D26_2026.isInForceOn(MAY_21)).isFalse();
    assertThat(Instrument.D26_2026.isInForceOn(MAY_22)).isTrue();
    assertThat(Instrument.find("26/2026/QĐ-TTg")).contains(Instrument.D26_2026);
    assertThat(Instrument.D26_2026.shortCode()).isEqualTo("26-2026");
  }

  @Test
  void aCouncilOn21May2026JudgesUnder148And1489AndOn22MayANewDossierUnder26of2026() {
    assertThat(law(MAY_21, MAY_21, DossierKind.FIRST_EVALUATION))
        .extracting(ApplicableLaw::criteria, ApplicableLaw::procedure).containsExactly(Instrument.D148, Instrument.D1489);
    assertThat(law(MAY_21, null, DossierKind.FIRST_EVALUATION).procedure()).isEqualTo(Instrument.D1489);
    ApplicableLaw now = law(MAY_22, MAY_22, DossierKind.FIRST_EVALUATION);
    assertThat(now).extracting(ApplicableLaw::criteria, ApplicableLaw::procedure)
        .containsExactly(Instrument.D26_2026, Instrument.D26_2026);
    assertThat(now.explanationEn()).contains("filed on 22/05/2026");
  }

  @Test
  void aDossierFiledBefore22MayIsJudgedUnder148And1489UntilTheEndOf21July() {
    LocalDate filed = LocalDate.of(2026, 5, 15);
    ApplicableLaw last = law(LocalDate.of(2026, 7, 21), filed, DossierKind.FIRST_EVALUATION);
    assertThat(last).extracting(ApplicableLaw::criteria, ApplicableLaw::procedure)
        .containsExactly(Instrument.D148, Instrument.D1489);
    assertThat(last.basis().toString()).contains("26/2026/QĐ-TTg", "Điều 12 khoản 2 điểm a");
    assertThat(law(LocalDate.of(2026, 7, 21), filed, DossierKind.UPGRADE).procedure()).isEqualTo(Instrument.D1489);
    assertThatThrownBy(() -> law(LocalDate.of(2026, 7, 22), filed, DossierKind.FIRST_EVALUATION))
        .isInstanceOf(LawNotApplicableException.class)
        .hasMessageContaining("15/05/2026").hasMessageContaining("Article 12.2.a").hasMessageContaining("by 21/07/2026")
        .satisfies(e -> assertThat(((LawNotApplicableException) e).deadline()).contains(LocalDate.of(2026, 7, 21)));
  }

  @Test
  void aReEvaluationFiledBefore22MayHasThirtyDaysExtendedPastTheSunday21JuneToMonday22June() {
    LocalDate filed = LocalDate.of(2026, 4, 30);
    // day 30 counted from 23/05/2026 is Sunday 21/06/2026; Civil Code Article 148.5 moves the end to Monday
    assertThat(LawInForce.RE_EVALUATION_TRANSITION_LAST_DAY).isEqualTo(LocalDate.of(2026, 6, 22));
    assertThat(law(LocalDate.of(2026, 6, 22), filed, DossierKind.RE_EVALUATION).procedure()).isEqualTo(Instrument.D1489);
    assertThatThrownBy(() -> law(LocalDate.of(2026, 6, 23), filed, DossierKind.RE_EVALUATION))
        .isInstanceOf(LawNotApplicableException.class).hasMessageContaining("Article 12.2.b")
        .hasMessageContaining("30 days, by 22/06/2026");
  }

  @Test
  void duringTheTransitionTheFilingDateIsRequiredAndAfterItTheLawIs26of2026() {
    assertThatThrownBy(() -> law(LocalDate.of(2026, 6, 10), null, DossierKind.FIRST_EVALUATION))
        .isInstanceOf(LawNotApplicableException.class).hasMessageContaining("give the dossier's filing date");
    ApplicableLaw later = law(LocalDate.of(2026, 11, 20), null, DossierKind.FIRST_EVALUATION);
    assertThat(later.procedure()).isEqualTo(Instrument.D26_2026);
    assertThat(later.explanationEn()).contains("no filing date given");
  }

  @Test
  void aDossierFiledAfterTheCouncilMetIsAnError() {
    assertThatThrownBy(() -> law(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 6), DossierKind.FIRST_EVALUATION))
        .isInstanceOf(LawNotApplicableException.class).hasMessageContaining("after the council date 05/06/2024");
  }

  @Test
  void earlierDatesFollowTheInstrumentsInForce() {
    assertThat(law(LocalDate.of(2020, 6, 1), null, DossierKind.FIRST_EVALUATION).procedure()).isEqualTo(Instrument.D1048);
    assertThat(law(LocalDate.of(2023, 2, 24), null, DossierKind.FIRST_EVALUATION).procedure()).isEqualTo(Instrument.D148);
    assertThat(law(LocalDate.of(2025, 7, 6), null, DossierKind.FIRST_EVALUATION))
        .extracting(ApplicableLaw::criteria, ApplicableLaw::procedure).containsExactly(Instrument.D148, Instrument.D1489);
    assertThatThrownBy(() -> law(LocalDate.of(2019, 8, 20), null, DossierKind.FIRST_EVALUATION))
        .isInstanceOf(LawNotApplicableException.class).hasMessageContaining("21/08/2019");
  }

  @Test
  void theLawIsAFunctionOfTheDatesAndKindAlone() {
    // property: for any council date and filing date, the answer (law or error) is the same every time,
    // and a dossier filed on or after 22/05/2026 is always judged under 26/2026
    qt().forAll(integers().between(0, 3000), integers().between(0, 400), integers().between(0, 2)).checkAssert((day, back, k) -> {
      LocalDate council = LocalDate.of(2019, 8, 21).plusDays(day);
      LocalDate filed = council.minusDays(back);
      DossierKind kind = DossierKind.values()[k];
      String first = describe(council, filed, kind);
      assertThat(describe(council, filed, kind)).isEqualTo(first);
      if (!filed.isBefore(MAY_22)) {
        assertThat(first).isEqualTo("26/2026/QĐ-TTg");
      }
      if (council.isBefore(MAY_22)) {
        assertThat(first).doesNotContain("26/2026").doesNotStartWith("error");
      }
    });
  }

  private static String describe(LocalDate council, LocalDate filed, DossierKind kind) {
    try {
      return law(council, filed, kind).label();
    } catch (LawNotApplicableException e) {
      return "error " + e.getMessage();
    }
  }
}
