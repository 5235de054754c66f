package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Rounds;

/** Each bundled province pack: its parameters and the notes or decisions its rules add. */
class ProvincePackTest {

  private static List<String> ruleIds(Outcome o) {
    return o.reasons().stream().map(Reason::ruleId).toList();
  }

  private static Round round(AdministrativeUnit district, CouncilLevel level, LocalDate date, int sequence,
      String... idAndScore) {
    Round.Builder b = Rounds.round(district.province(), district, level, date, sequence, Rounds.COUNCIL);
    for (int i = 0; i < idAndScore.length; i += 2) {
      b.addSubmissions(Rounds.scored(idAndScore[i], district, Rounds.setOn(date), idAndScore[i + 1]));
    }
    return b.build();
  }

  @Nested
  class KienGiang {
    @Test
    void councilMonthsAndDistrictDossierMonthsAreParameters() {
      RuleBook book = RuleBooks.bundled().forProvince("kien-giang", LocalDate.of(2024, 6, 25));
      assertThat(book.parameters()).containsEntry("calendar.council-months", "6,11")
          .containsEntry("calendar.district-dossier-months", "6,10").containsEntry("band.4", "70");
      assertThat(book.parameterSources()).containsEntry("calendar.council-months", "province/kien-giang@2021.1");
    }

    @Test
    void aProvincialCouncilOutsideJuneAndNovemberGetsANote() {
      Outcome august = Rounds.outcome(round(Rounds.HON_DAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 8, 15), 1, "p1", "75.00"),
          RuleBooks.bundled());
      Outcome june = Rounds.outcome(round(Rounds.HON_DAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 27), 1, "p1", "75.00"),
          RuleBooks.bundled());

      assertThat(ruleIds(august)).contains("kien-giang.calendar.council-month");
      assertThat(august.decision()).isEqualTo(Decision.CERTIFY);
      assertThat(ruleIds(june)).doesNotContain("kien-giang.calendar.council-month");
    }

    @Test
    void aDistrictCouncilAfterEarlyJuneForRoundOneOrEarlyOctoberForRoundTwoGetsANote() {
      assertThat(ruleIds(Rounds.outcome(round(Rounds.HON_DAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 20), 1, "p1", "60.00"),
          RuleBooks.bundled()))).contains("kien-giang.calendar.district-dossiers");
      assertThat(ruleIds(Rounds.outcome(round(Rounds.HON_DAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 3), 1, "p1", "60.00"),
          RuleBooks.bundled()))).doesNotContain("kien-giang.calendar.district-dossiers");
      assertThat(ruleIds(Rounds.outcome(round(Rounds.HON_DAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 9, 30), 2, "p1", "60.00"),
          RuleBooks.bundled()))).doesNotContain("kien-giang.calendar.district-dossiers");
    }
  }

  @Nested
  class AnGiang {
    @Test
    void theDeadlineAndTheProductsPerDistrictAreParameters() {
      RuleBook book = RuleBooks.bundled().forProvince("an-giang", LocalDate.of(2020, 8, 20));
      assertThat(book.parameters()).containsEntry("province.min-products-per-district", "3")
          .containsEntry("calendar.district-dossier-deadline-month", "7")
          .containsEntry("calendar.district-dossier-deadline-day", "10");
      assertThat(book.procedure()).isEqualTo("1048");
    }

    @Test
    void aDistrictWithFewerThanThreeProductsInTheProvincialRoundGetsANoteOnItsProducts() {
      LocalDate d = LocalDate.of(2020, 8, 20);
      Round round = Rounds.round(Rounds.AN_GIANG, null, CouncilLevel.PROVINCE, d)
          .addSubmissions(Rounds.scored("ts1", Rounds.THOAI_SON, "1048/01", "72.00"),
              Rounds.scored("ts2", Rounds.THOAI_SON, "1048/01", "55.00"),
              Rounds.scored("tt1", Rounds.TRI_TON, "1048/01", "72.00"),
              Rounds.scored("tt2", Rounds.TRI_TON, "1048/01", "61.00"),
              Rounds.scored("tt3", Rounds.TRI_TON, "1048/01", "52.00"))
          .build();

      List<Outcome> outcomes = RuleBooks.bundled().decide(Ocop.score(round));

      assertThat(outcomes).filteredOn(o -> o.productId().startsWith("ts")).allSatisfy(o ->
          assertThat(o.reasons()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("an-giang.province.min-products-per-district");
            assertThat(r.messageEn()).contains("District thoai-son put only 2 products", "at least 3");
            assertThat(r.legalReference()).contains("600/UBND-KTN");
          }));
      assertThat(outcomes).filteredOn(o -> o.productId().startsWith("tt"))
          .allSatisfy(o -> assertThat(ruleIds(o)).doesNotContain("an-giang.province.min-products-per-district"));
    }

    @Test
    void aDistrictCouncilAfterTenthJulyGetsANote() {
      assertThat(ruleIds(Rounds.outcome(round(Rounds.TRI_TON, CouncilLevel.DISTRICT, LocalDate.of(2020, 7, 15), 1, "p1", "60.00"),
          RuleBooks.bundled()))).contains("an-giang.calendar.district-deadline");
      assertThat(ruleIds(Rounds.outcome(round(Rounds.TRI_TON, CouncilLevel.DISTRICT, LocalDate.of(2020, 7, 8), 1, "p1", "60.00"),
          RuleBooks.bundled()))).doesNotContain("an-giang.calendar.district-deadline");
    }

    @Test
    void thePackEndsWith2020() {
      assertThat(RuleBooks.bundled().resolve("an-giang", LocalDate.of(2021, 3, 1))).extracting(RulePack::id)
          .containsExactly("national/1048");
    }
  }

  @Nested
  class HaTinh {
    @Test
    void awardsPerStarAreParameters() {
      RuleBook book = RuleBooks.bundled().forProvince("ha-tinh", LocalDate.of(2019, 12, 20));
      assertThat(book.parameters()).containsEntry("award.3", "30000000").containsEntry("award.4", "50000000");
    }

    @Test
    void certifiedProductsCarryTheirAwardAndOthersNone() {
      Round round = round(Rounds.NGHI_XUAN, CouncilLevel.PROVINCE, LocalDate.of(2019, 12, 20), 2,
          "three", "55.00", "four", "71.00", "five", "92.00", "two", "45.00");
      List<Outcome> outcomes = RuleBooks.bundled().decide(Ocop.score(round));

      assertThat(outcomes.get(0).reasons()).anySatisfy(r -> {
        assertThat(r.ruleId()).isEqualTo("ha-tinh.award.3");
        assertThat(r.messageVi()).contains("30 triệu đồng");
      });
      assertThat(outcomes.get(1).reasons()).anySatisfy(r -> {
        assertThat(r.ruleId()).isEqualTo("ha-tinh.award.4");
        assertThat(r.messageEn()).contains("50 million VND");
      });
      assertThat(outcomes.get(2).decision()).isEqualTo(Decision.FORWARD);
      assertThat(outcomes.subList(2, 4)).allSatisfy(o -> assertThat(ruleIds(o)).noneMatch(id -> id.startsWith("ha-tinh.award")));
    }
  }

  @Nested
  class QuangNam {
    @Test
    void theDistrictRoundSelectsProductsForTheProvincialRound() {
      LocalDate d = LocalDate.of(2020, 5, 10);
      List<Outcome> outcomes = RuleBooks.bundled().decide(Ocop.score(
          round(Rounds.HOI_AN, CouncilLevel.DISTRICT, d, 1, "selected", "72.00", "not", "40.00")));

      assertThat(outcomes.get(0).decision()).isEqualTo(Decision.FORWARD);
      assertThat(ruleIds(outcomes.get(0))).contains("quang-nam.district.selected");
      assertThat(ruleIds(outcomes.get(1))).contains("quang-nam.district.not-selected");
      assertThat(RuleBooks.bundled().forProvince("quang-nam", d).parameters())
          .containsEntry("funding.province-budget-million-per-year", "10000");
    }
  }

  @Nested
  class TayNinh {
    private final LocalDate date = LocalDate.of(2024, 6, 25);

    private Outcome decide(Council council, PartScores... members) {
      Submission s = Submission.builder().product(Rounds.product("p1", Rounds.TAN_BIEN, Rounds.setOn(date)))
          .addAllDossier(Rounds.FULL_DOSSIER).addPartScores(members).build();
      Round round = Rounds.round(Rounds.TAY_NINH, null, CouncilLevel.PROVINCE, date, 1, council).addSubmissions(s).build();
      return Rounds.outcome(round, RuleBooks.bundled());
    }

    @Test
    void spreadAndQuorumAreParameters() {
      assertThat(RuleBooks.bundled().forProvince("tay-ninh", date).parameters())
          .containsEntry("council.max-spread", "10").containsEntry("council.quorum-percent", "75");
    }

    @Test
    void membersTotalsMoreThanTenPointsApartSendTheProductBackForRescoring() {
      Outcome o = decide(Rounds.council(3), PartScores.byMember("m1", "30", "20", "10"),
          PartScores.byMember("m2", "30", "20", "15"), PartScores.byMember("m3", "30", "20", "20.01"));

      assertThat(o.decision()).isEqualTo(Decision.RETURNED_FOR_RESCORING);
      assertThat(o.stars()).isEmpty();
      assertThat(o.reasons()).hasSize(2).last().extracting(Reason::ruleId).isEqualTo(RuleBook.LAW_RULE_ID);
      assertThat(o.reasons()).first().satisfies(r -> {
        assertThat(r.ruleId()).isEqualTo("tay-ninh.council.spread");
        assertThat(r.messageEn()).contains("differ by 10.01 points", "lowest 60.00", "highest 70.01");
      });
    }

    @Test
    void totalsExactlyTenPointsApartAreAccepted() {
      Outcome o = decide(Rounds.council(3), PartScores.byMember("m1", "30", "20", "10"),
          PartScores.byMember("m2", "30", "20", "15"), PartScores.byMember("m3", "30", "20", "20"));

      assertThat(o.decision()).isEqualTo(Decision.NOT_ACHIEVED); // 3★ at the province under 148
      assertThat(o.stars()).contains(StarRating.THREE_STARS);
    }

    @Test
    void fewerThanThreeQuartersOfTheMembersIsNoQuorum() {
      Outcome o = decide(Rounds.council(4), PartScores.byMember("m1", "35", "20", "20"),
          PartScores.byMember("m2", "35", "20", "20"));

      assertThat(o.decision()).isEqualTo(Decision.RETURNED_FOR_RESCORING);
      assertThat(o.reasons()).extracting(Reason::ruleId).containsExactly("tay-ninh.council.quorum", RuleBook.LAW_RULE_ID);
    }

    @Test
    void theChairMustBeAmongTheMembersWhoScored() {
      Outcome o = decide(Rounds.council(4), PartScores.byMember("m2", "35", "20", "20"),
          PartScores.byMember("m3", "35", "20", "20"), PartScores.byMember("m4", "35", "20", "20"));

      assertThat(o.decision()).isEqualTo(Decision.RETURNED_FOR_RESCORING);
      assertThat(o.reasons()).extracting(Reason::ruleId).containsExactly("tay-ninh.council.chair", RuleBook.LAW_RULE_ID);
    }

    @Test
    void threeQuartersWithTheChairAndCloseTotalsIsCertified() {
      Outcome o = decide(Rounds.council(4), PartScores.byMember("m1", "35", "20", "20"),
          PartScores.byMember("m2", "35", "20", "18"), PartScores.byMember("m3", "35", "20", "22"));

      assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
      assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    }
  }
}
