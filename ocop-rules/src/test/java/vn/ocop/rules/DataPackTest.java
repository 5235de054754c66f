package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/** A province pack of data only: parameters switch on trusted generic rules; messages show the values in force. */
class DataPackTest {

  /** 3 members, totals 72, 72, 60: a spread of 12. */
  private static Round spread12() {
    LocalDate date = LocalDate.of(2024, 6, 25);
    return Rounds.round(Rounds.LAM_DONG, Rounds.DA_LAT, CouncilLevel.PROVINCE, date)
        .addSubmissions(vn.ocop.round.Submission.builder().product(Rounds.product("p1", Rounds.DA_LAT, Rounds.setOn(date)))
            .addAllDossier(Rounds.FULL_DOSSIER).filedOn(date)
            .addPartScores(PartScores.byMember("m1", "30", "20", "22"), PartScores.byMember("m2", "30", "20", "22"),
                PartScores.byMember("m3", "25", "15", "20"))
            .build())
        .build();
  }

  @Test
  void aDataOnlyPackAddsACouncilRuleWhoseMessageNamesTheSpreadInForce(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.council.max-spread=11"));
    RuleBooks books = RuleBooks.bundledWith(dir);
    assertThat(books.pack("province/lam-dong", LocalDate.of(2024, 6, 25)).orElseThrow().ruleIds())
        .contains("lam-dong.council.spread", "lam-dong.council.quorum", "lam-dong.council.chair");

    Outcome o = Rounds.outcome(spread12(), books);
    assertThat(o.decision()).isEqualTo(Decision.RETURNED_FOR_RESCORING);
    Reason r = o.reasons().stream().filter(x -> x.ruleId().equals("lam-dong.council.spread")).findFirst().orElseThrow();
    assertThat(r.messageEn()).contains("differ by 12", "more than 11:");
    assertThat(r.messageVi()).contains("quá 11 điểm");
    assertThat(r.pack()).startsWith("province/lam-dong@");

    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.council.max-spread=12"));
    Outcome within = Rounds.outcome(spread12(), RuleBooks.bundledWith(dir));
    assertThat(within.decision()).isEqualTo(Decision.NOT_ACHIEVED); // mean 68: 3★, not certified by a province under 148
    assertThat(within.reasons()).extracting(Reason::ruleId).doesNotContain("lam-dong.council.spread");
  }

  @Test
  void everyBadParameterIsReportedAtOnceWithItsLineAndAnUnknownOneIsAnError(@TempDir Path dir) {
    Path manifest = Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest(
        "param.council.max-spred=10", "param.council.quorum-percent=175", "param.council.chair-required=yes",
        "param.x.own-threshold=3"));
    assertThatThrownBy(() -> RuleBooks.bundledWith(dir)).isInstanceOfSatisfying(RulePackException.class, e -> {
      assertThat(e.problems()).extracting(Problem::file).containsOnly(manifest.toString());
      assertThat(e.problems()).extracting(p -> p.line() + " " + p.message()).hasSize(3).satisfiesExactly(
          p -> assertThat(p).contains("unknown parameter 'council.max-spred'", "council.max-spread"),
          p -> assertThat(p).contains("council.quorum-percent=175", "between 1 and 100"),
          p -> assertThat(p).contains("council.chair-required=yes", "true or false"));
      assertThat(e.problems().get(1).line()).isEqualTo(e.problems().get(0).line() + 1);
    });
  }

  @Test
  void authorityMessagesNameTheBandInForceNotTheNationalNumber(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75", "param.band.5=92"));
    Round district = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "80.00");
    Outcome national = Rounds.outcome(district, RuleBooks.bundled());
    Outcome raised = Rounds.outcome(district, RuleBooks.bundledWith(dir));
    assertThat(national.reasons()).filteredOn(r -> r.ruleId().equals("148.authority.district.forward")).singleElement()
        .satisfies(r -> assertThat(r.messageEn()).startsWith("Reaches 70 points or more (4★)"));
    assertThat(raised.reasons()).filteredOn(r -> r.ruleId().equals("148.authority.district.forward")).singleElement()
        .satisfies(r -> {
          assertThat(r.messageEn()).startsWith("Reaches 75 points or more (4★)").doesNotContain("70");
          assertThat(r.messageVi()).startsWith("Đạt từ 75 điểm (4 sao)");
        });
    Round province = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), "93.00");
    assertThat(Rounds.outcome(province, RuleBooks.bundledWith(dir)).reasons())
        .filteredOn(r -> r.ruleId().equals("148.authority.province.forward")).singleElement()
        .satisfies(r -> assertThat(r.messageEn()).startsWith("Reaches 92 points or more (5★)"));
  }

  @Test
  void anAwardThatIsNotAWholeMillionIsWrittenInFull(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.award.3=1_500_000"));
    Round district = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "55.00");
    Outcome o = Rounds.outcome(district, RuleBooks.bundledWith(dir));
    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.reasons()).filteredOn(r -> r.ruleId().equals("lam-dong.award.3")).singleElement().satisfies(r -> {
      assertThat(r.messageEn()).startsWith("Earns an award of 1.5 million VND (3★ product, Lâm Đồng provincial policy)");
      assertThat(r.messageVi()).startsWith("Được thưởng 1,5 triệu đồng");
      assertThat(r.legalReference()).isEqualTo("Thử nghiệm");
    });
  }
}
