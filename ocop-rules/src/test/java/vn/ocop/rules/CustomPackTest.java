package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/** A province writes its own pack in a directory: the worked example of docs/rules.md. */
class CustomPackTest {

  private final Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), "72.00");

  @Test
  void aPackRaisingTheFourStarBandTo75ChangesA72PointProductsOutcomeAndSaysSo(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));

    Outcome national = Rounds.outcome(round, RuleBooks.bundled());
    Outcome raised = Rounds.outcome(round, RuleBooks.bundledWith(dir));

    assertThat(national.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(national.stars()).contains(StarRating.FOUR_STARS);
    assertThat(raised.stars()).contains(StarRating.THREE_STARS);
    assertThat(raised.decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(raised.reasons().get(0).ruleId()).isEqualTo("148.band.3");
    assertThat(raised.reasons().get(0).messageEn()).contains("3★ band", "below 75 [province/lam-dong@1]");
  }

  @Test
  void aPackMayAddRulesAndRemoveANationalRuleByNamingIt(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest(
        "removes=148.authority.province.below-4"));
    Packs.write(dir, "lam-dong", "certify-3.drl", """
        package ocop.province.lam_dong;

        import vn.ocop.rules.facts.Candidate;
        import vn.ocop.rules.facts.Finding;
        import vn.ocop.rules.facts.FindingKind;
        import vn.ocop.rules.facts.RoundFact;

        rule "lam-dong.province.certify-3"
          @id("lam-dong.province.certify-3")
          @legal("Thử nghiệm")
          salience 50
        when
          RoundFact(level == "PROVINCE")
          Finding(kind == FindingKind.STARS, $id : productId, stars == 3)
          $c : Candidate(productId == $id)
        then
          insert(Finding.certify(drools, $c, 3, "Tỉnh công nhận 3 sao", "The province certifies 3★"));
        end
        """);
    Round three = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), "55.00");

    Outcome o = Rounds.outcome(three, RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules()));

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.reasons()).anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("lam-dong.province.certify-3");
      assertThat(r.pack()).isEqualTo("province/lam-dong@1");
    });
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.messageEn())
        .isEqualTo("Rule 148.authority.province.below-4 of pack national/148@2023.1 removed by pack province/lam-dong@1, so it did not apply"));
  }

  @Test
  void otherProvincesAreNotAffected(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));
    Round tayNinh = Rounds.single(Rounds.TAN_BIEN, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), "72.00");

    assertThat(Rounds.outcome(tayNinh, RuleBooks.bundledWith(dir)).stars()).contains(StarRating.FOUR_STARS);
  }
}
