package vn.ocop.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.certificate.Certificate;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.testing.BandPolicy;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.ProgrammeFixtures;
import vn.ocop.testing.TestCatalogue;

class TargetProgressTest {

  static final List<AdministrativeUnit> KG_DISTRICTS = List.of(ProgrammeFixtures.HON_DAT, ProgrammeFixtures.PHU_QUOC);

  static Certificate cert(String id, AdministrativeUnit place, LocalDate decided, StarRating stars) {
    return Certificate.builder().number("GCN-" + id).product(ProgrammeFixtures.product(id, place)).stars(stars)
        .issuingLevel(CouncilLevel.PROVINCE).issuingBody("UBND tỉnh " + place.province().name())
        .issuingPlace(place.province()).decisionDate(decided).build();
  }

  /** {@code honDat} products certified in Hòn Đất and {@code phuQuoc} in Phú Quốc during 2021 at 3★. */
  static CertificateRegistry kienGiang2021(int honDat, int phuQuoc) {
    List<Certificate> list = new ArrayList<>();
    for (int i = 0; i < honDat; i++) {
      list.add(cert("hd-" + i, ProgrammeFixtures.HON_DAT, LocalDate.of(2021, 7, 5), StarRating.THREE_STARS));
    }
    for (int i = 0; i < phuQuoc; i++) {
      list.add(cert("pq-" + i, ProgrammeFixtures.PHU_QUOC, LocalDate.of(2021, 11, 30), StarRating.FOUR_STARS));
    }
    return CertificateRegistry.of(list);
  }

  private static TargetProgress progress(Target t, LocalDate asOf, CertificateRegistry reg) {
    return Progress.of(t, asOf, reg, List.of(), KG_DISTRICTS);
  }

  @Test
  void kienGiang2021IsMetAt30AndReachesTheRangeAt50AndTheStretchAt70() {
    assertThat(progress(Targets.KIEN_GIANG_2021, LocalDate.of(2021, 12, 31), kienGiang2021(28, 1)).status())
        .isEqualTo(TargetStatus.NOT_MET);
    TargetProgress met = progress(Targets.KIEN_GIANG_2021, LocalDate.of(2021, 12, 31), kienGiang2021(28, 2));
    assertThat(met.achieved()).isEqualTo(30);
    assertThat(met.status()).isEqualTo(TargetStatus.MET);
    assertThat(progress(Targets.KIEN_GIANG_2021, LocalDate.of(2021, 12, 31), kienGiang2021(40, 10)).status())
        .isEqualTo(TargetStatus.UPPER_MET);
    assertThat(progress(Targets.KIEN_GIANG_2021, LocalDate.of(2021, 12, 31), kienGiang2021(60, 10)).status())
        .isEqualTo(TargetStatus.STRETCH_MET);
  }

  @Test
  void progressCountsOnlyUpToTheDateAsked() {
    TargetProgress midYear = progress(Targets.KIEN_GIANG_2021, LocalDate.of(2021, 9, 30), kienGiang2021(25, 10));
    assertThat(midYear.achieved()).isEqualTo(25);
    assertThat(midYear.missing()).isEqualTo(5);
  }

  @Test
  void perDistrictTargetNamesTheDistrictsBelowTwo() {
    TargetProgress p = progress(Targets.KIEN_GIANG_2021_PER_DISTRICT, LocalDate.of(2021, 12, 31), kienGiang2021(5, 1));
    assertThat(p.perUnit()).containsEntry("kien-giang/hon-dat", 5).containsEntry("kien-giang/phu-quoc", 1);
    assertThat(p.shortfalls()).containsExactly("kien-giang/phu-quoc");
    assertThat(p.achieved()).isEqualTo(1);
    assertThat(p.status()).isEqualTo(TargetStatus.NOT_MET);
  }

  @Test
  void theFiveStarTargetCountsOnlyFiveStarCertificatesAndTheStageTargetCountsEveryYear() {
    List<Certificate> list = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      list.add(cert("five-" + i, ProgrammeFixtures.HON_DAT, LocalDate.of(2022 + i % 3, 5, 1), StarRating.FIVE_STARS));
    }
    for (int i = 0; i < 100; i++) {
      list.add(cert("three-" + i, ProgrammeFixtures.PHU_QUOC, LocalDate.of(2021 + i % 5, 8, 1), StarRating.THREE_STARS));
    }
    CertificateRegistry reg = CertificateRegistry.of(list);
    TargetProgress five = progress(Targets.KIEN_GIANG_2021_2025_FIVE_STARS, LocalDate.of(2025, 6, 30), reg);
    assertThat(five.achieved()).isEqualTo(24);
    assertThat(five.missing()).isEqualTo(1);
    assertThat(progress(Targets.KIEN_GIANG_2021_2025, LocalDate.of(2025, 6, 30), reg).achieved())
        .as("the 20 certificates of August 2025 are not yet counted").isEqualTo(104);
    TargetProgress all = progress(Targets.KIEN_GIANG_2021_2025, LocalDate.of(2025, 12, 31), reg);
    assertThat(all.achieved()).isEqualTo(124);
    assertThat(all.status()).as("Kiên Giang records decided after the merger still count for Kiên Giang's target")
        .isEqualTo(TargetStatus.MET);
  }

  @Test
  void aTargetOfTodaysAnGiangCountsKienGiangRecordsDecidedFromTheMerger() {
    Target ag = Target.builder().id("an-giang-2025").provinceId("an-giang").fromYear(2025).toYear(2025)
        .kind(TargetKind.PRODUCTS_CERTIFIED).minimum(1).source("test").build();
    CertificateRegistry reg = CertificateRegistry.of(List.of(
        cert("before", ProgrammeFixtures.HON_DAT, LocalDate.of(2025, 6, 30), StarRating.THREE_STARS),
        cert("after", ProgrammeFixtures.HON_DAT, LocalDate.of(2025, 7, 1), StarRating.THREE_STARS),
        cert("own", ProgrammeFixtures.THOAI_SON, LocalDate.of(2025, 3, 1), StarRating.THREE_STARS)));
    assertThat(progress(ag, LocalDate.of(2025, 12, 31), reg).achieved()).isEqualTo(2);
  }

  @Test
  void anGiangRound1Of2020FallsShortOfThreeProductsPerDistrict() {
    // Letter 600: six products certified, from Thoại Sơn, Tri Tôn and four other districts; each district
    // must put at least 3 products into the provincial round.
    List<Submission> subs = List.of(
        submission("tranh-la-thot-not", ProgrammeFixtures.THOAI_SON),
        submission("duong-thot-not-palmania", ProgrammeFixtures.TRI_TON),
        submission("tri-ton-2", ProgrammeFixtures.TRI_TON),
        submission("tri-ton-3", ProgrammeFixtures.TRI_TON));
    Round round = Round.builder().province(ProgrammeFixtures.AN_GIANG).year(2020).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2020, 5, 20)).council(Fixtures.COUNCIL).catalogue(TestCatalogue.CATALOGUE)
        .addAllSubmissions(subs).build();
    RoundResult result = Ocop.evaluate(round, new BandPolicy());

    TargetProgress p = Progress.of(Targets.AN_GIANG_2020_PER_DISTRICT_ROUND, LocalDate.of(2020, 12, 31),
        CertificateRegistry.empty(), List.of(result), List.of(ProgrammeFixtures.THOAI_SON, ProgrammeFixtures.TRI_TON));

    assertThat(p.perUnit()).containsEntry("an-giang/2020/1/province · an-giang/thoai-son", 1)
        .containsEntry("an-giang/2020/1/province · an-giang/tri-ton", 3);
    assertThat(p.shortfalls()).containsExactly("an-giang/2020/1/province · an-giang/thoai-son");
    assertThat(p.status()).isEqualTo(TargetStatus.NOT_MET);
  }

  private static Submission submission(String id, AdministrativeUnit place) {
    return Submission.builder().product(ProgrammeFixtures.product(id, place)).addPartScores(PartScores.of("25", "15", "20")).build();
  }

  @Test
  void everySeedTargetCitesItsDocument() {
    assertThat(Targets.seeds()).allSatisfy(t -> assertThat(t.source()).isNotBlank());
    assertThat(Targets.seeds()).extracting(Target::id).doesNotHaveDuplicates();
  }
}
