package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;

/** Holds the README's embedding example, so that it keeps compiling and keeps telling the truth. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleScoresTheSampleRiceAsTheReadmeSays() {
    // --- README: "Use it in your application" ---
    Round round = Round.builder()
        .province(SampleRound.KIEN_GIANG).district(SampleRound.HON_DAT)
        .year(2024).sequence(1).level(CouncilLevel.DISTRICT)
        .councilDate(LocalDate.of(2024, 6, 5))                 // selects Decision 148's scorecards
        .council(Council.builder().chair("m1", "Nguyễn Văn An").member("m2", "Trần Thị Bình").build())
        .submit(Submission.builder().product(SampleRound.RICE)  // set 148/03, rice
            .addDossier(SampleRound.FOOD_DOSSIER)               // registration form, business plan, …
            .scoredBy("m1", SampleRound.RICE_M1)                // "A1a/3", "A1b/2", … one option per criterion
            .scoredBy("m2", SampleRound.RICE_M2)
            .build())
        .build();

    ScoreSheet sheet = Ocop.score(round).sheets().get(0);
    sheet.score();                                             // 77.00, the mean of 78 and 76
    sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS); // 3★: A2a misses its 4★ gate

    RoundResult result = Ocop.evaluate(round, RuleBooks.bundled()); // the packs in force: national/148 here
    Outcome rice = result.results().get(0).outcome();          // CERTIFY 3★ by the district council
    rice.reasons().forEach(r -> System.out.println(r.ruleId() + ": " + r.messageEn() + " (" + r.legalReference() + ")"));
    // --- end of README example ---

    assertThat(sheet.score()).isEqualTo(new BigDecimal("77.00"));
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.THREE_STARS);
    assertThat(sheet.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS).missed())
        .extracting(c -> c.criterion().key()).containsExactly("A2a");
    assertThat(rice.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(rice.stars()).contains(StarRating.THREE_STARS);
    assertThat(rice.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("A2a"));
    assertThat(result.ranking().entries()).hasSize(1);
  }

  @Test
  void theMainJobPrintsTheSampleScoreSheet() {
    ScoreSheet sheet = Ocop.score(SampleRound.round()).sheets().get(0);
    String text = ScoreSheetText.render(sheet);

    assertThat(sheet.score()).isEqualTo(new BigDecimal("77.67")); // (78 + 76 + 79) / 3
    assertThat(text).contains("Gạo thơm Sóc Sơn").contains("148/03").contains("77.67")
        .contains("missed: criterion A2a").contains("Highest level whose gates are met: 3★");
  }
}
