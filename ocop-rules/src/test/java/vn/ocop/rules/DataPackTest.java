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

  @Test
  void aMinimumPerCommuneNotesEveryProductOfACommuneThatSentFewer(@TempDir Path dir) {
    LocalDate date = LocalDate.of(2024, 6, 25);
    vn.ocop.place.AdministrativeUnit ward1 = vn.ocop.place.AdministrativeUnit.commune(Rounds.DA_LAT, "phuong-1", "Phường 1");
    vn.ocop.place.AdministrativeUnit xuanTruong = vn.ocop.place.AdministrativeUnit.builder().id("xuan-truong").name("Xuân Trường")
        .kind("Xã").level(vn.ocop.place.AdministrativeLevel.COMMUNE).parent(Rounds.DA_LAT).build();
    Round round = Rounds.round(Rounds.LAM_DONG, Rounds.DA_LAT, CouncilLevel.DISTRICT, date)
        .addSubmissions(Rounds.scored("a1", ward1, Rounds.setOn(date), "72.00"), Rounds.scored("a2", ward1, Rounds.setOn(date), "55.00"),
            Rounds.scored("b1", xuanTruong, Rounds.setOn(date), "80.00"), Rounds.scored("d1", Rounds.DA_LAT, Rounds.setOn(date), "60.00"))
        .build();
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.province.min-products-per-commune=2"));
    java.util.List<Outcome> outcomes = RuleBooks.bundledWith(dir).decide(vn.ocop.Ocop.score(round));
    java.util.Map<String, java.util.List<Reason>> notes = new java.util.TreeMap<>();
    for (Outcome o : outcomes) {
      notes.put(o.productId(), o.reasons().stream().filter(r -> r.ruleId().equals("lam-dong.province.min-products-per-commune")).toList());
    }
    // Phường 1 sent two (enough); Xuân Trường one; d1's place is a district, not a commune, so it is not counted
    assertThat(notes.get("a1")).isEmpty();
    assertThat(notes.get("a2")).isEmpty();
    assertThat(notes.get("d1")).isEmpty();
    assertThat(notes.get("b1")).singleElement().satisfies(r -> {
      assertThat(r.messageVi()).isEqualTo("Xã Xuân Trường chỉ có 1 sản phẩm tham gia đợt đánh giá; tỉnh yêu cầu mỗi xã ít nhất 2");
      assertThat(r.messageEn()).isEqualTo("Xã Xuân Trường put only 1 products into the round; the province asks for at least 2 per commune");
      assertThat(r.pack()).startsWith("province/lam-dong@");
      assertThat(r.legalReference()).isEqualTo("Thử nghiệm");
    });
    Outcome b1 = outcomes.stream().filter(o -> o.productId().equals("b1")).findFirst().orElseThrow();
    assertThat(b1.decision()).isNotEqualTo(Decision.RETURNED_FOR_RESCORING); // a note, not a bar
  }

  @Test
  void extraEligibilityRowsBarProductsWithTheProvincesWordingAndLegalBasis(@TempDir Path dir) {
    LocalDate date = LocalDate.of(2024, 6, 25);
    java.util.Set<vn.ocop.round.DossierItem> lacking = java.util.EnumSet.copyOf(Rounds.FULL_DOSSIER);
    lacking.remove(vn.ocop.round.DossierItem.CHANGES_EVIDENCE);
    Round round = Rounds.round(Rounds.LAM_DONG, Rounds.DA_LAT, CouncilLevel.DISTRICT, date)
        .addSubmissions(Rounds.scored("full", Rounds.DA_LAT, Rounds.setOn(date), "72.00"),
            vn.ocop.round.Submission.builder().product(Rounds.product("lacking", Rounds.DA_LAT, Rounds.setOn(date)))
                .addAllDossier(lacking).addPartScores(PartScores.of("30", "20", "22")).build())
        .build();
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest(
        "param.eligibility.extra.1.require=dossier",
        "param.eligibility.extra.1.dossier=CHANGES_EVIDENCE",
        "param.eligibility.extra.1.vi=Tỉnh yêu cầu thêm hồ sơ",
        "param.eligibility.extra.1.en=The province asks for one more item",
        "param.eligibility.extra.1.legal=Kế hoạch 12/KH-UBND tỉnh Lâm Đồng, mục II.2",
        "param.eligibility.extra.2.require=producer-kind",
        "param.eligibility.extra.2.kinds=ENTERPRISE",
        "param.eligibility.extra.2.groups=99",
        "param.eligibility.extra.2.vi=Chỉ doanh nghiệp (nhóm 99)",
        "param.eligibility.extra.2.en=Enterprises only (group 99)",
        "param.eligibility.extra.2.legal=Kế hoạch 12/KH-UBND, mục II.3"));
    RuleBooks books = RuleBooks.bundledWith(dir);
    java.util.Map<String, Outcome> byId = new java.util.HashMap<>();
    books.decide(vn.ocop.Ocop.score(round)).forEach(o -> byId.put(o.productId(), o));

    assertThat(byId.get("full").decision()).isNotEqualTo(Decision.INELIGIBLE);
    assertThat(byId.get("full").reasons()).extracting(Reason::ruleId).noneMatch(id -> id.contains("eligibility.extra"));
    Outcome lackingOne = byId.get("lacking");
    assertThat(lackingOne.decision()).isEqualTo(Decision.INELIGIBLE);
    Reason r = lackingOne.reasons().stream().filter(x -> x.ruleId().equals("lam-dong.eligibility.extra.1")).findFirst().orElseThrow();
    assertThat(r.messageVi()).startsWith("Tỉnh yêu cầu thêm hồ sơ: ");
    assertThat(r.messageEn()).startsWith("The province asks for one more item: ");
    assertThat(r.legalReference()).isEqualTo("Kế hoạch 12/KH-UBND tỉnh Lâm Đồng, mục II.2");
    assertThat(r.pack()).startsWith("province/lam-dong@");
    // row 2 applies to product group 99 only: the cooperative in another group is not barred by it
    assertThat(lackingOne.reasons()).extracting(Reason::ruleId).doesNotContain("lam-dong.eligibility.extra.2");

    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest(
        "param.eligibility.extra.2.require=producer-kind",
        "param.eligibility.extra.2.kinds=ENTERPRISE",
        "param.eligibility.extra.2.vi=Chỉ doanh nghiệp",
        "param.eligibility.extra.2.en=Enterprises only",
        "param.eligibility.extra.2.legal=Kế hoạch 12/KH-UBND, mục II.3"));
    Outcome cooperative = Rounds.outcome(Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, date, "72.00"), RuleBooks.bundledWith(dir));
    assertThat(cooperative.decision()).isEqualTo(Decision.INELIGIBLE);
    assertThat(cooperative.reasons()).filteredOn(x -> x.ruleId().equals("lam-dong.eligibility.extra.2"))
        .singleElement().satisfies(x -> {
          assertThat(x.messageVi()).isEqualTo("Chỉ doanh nghiệp");
          assertThat(x.legalReference()).isEqualTo("Kế hoạch 12/KH-UBND, mục II.3");
        });
  }

  @Test
  void anIncompleteRowOfExtraEligibilityIsReportedOnItsLines(@TempDir Path dir) {
    Path manifest = Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest(
        "param.eligibility.extra.1.kinds=ENTERPRISE",
        "param.eligibility.extra.1.vi=Chỉ doanh nghiệp",
        "param.eligibility.extra.2.require=dossier",
        "param.eligibility.extra.2.kinds=ENTERPRISE",
        "param.eligibility.extra.2.vi=x",
        "param.eligibility.extra.2.en=x",
        "param.eligibility.extra.2.legal=x",
        "param.eligibility.extra.21.require=registration",
        "param.eligibility.extra.3.require=everything"));
    assertThatThrownBy(() -> RuleBooks.bundledWith(dir)).isInstanceOfSatisfying(RulePackException.class, e -> {
      assertThat(e.problems()).extracting(Problem::file).containsOnly(manifest.toString());
      assertThat(e.problems()).extracting(p -> p.line() + ": " + p.message()).contains(
          "8: row 1 of the extra eligibility conditions needs param.eligibility.extra.1.require=producer-kind, dossier or registration",
          "8: row 1 of the extra eligibility conditions needs param.eligibility.extra.1.en=<the reason, in English>",
          "8: row 1 of the extra eligibility conditions needs param.eligibility.extra.1.legal=<the province's decision and article>",
          "10: row 2 requires dossier: give param.eligibility.extra.2.dossier",
          "11: param.eligibility.extra.2.kinds is for require=producer-kind, but row 2 requires dossier",
          "16: parameter eligibility.extra.3.require=everything: should be one of producer-kind, dossier, registration");
      assertThat(e.problems()).anySatisfy(p -> {
        assertThat(p.line()).isEqualTo(15);
        assertThat(p.message()).startsWith("unknown parameter 'eligibility.extra.21.require'").contains("<n> from 1 to 20");
      });
    });
  }
}
