package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.funding.AwardMode;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.funding.Vnd;
import vn.ocop.law.StarRating;
import vn.ocop.rules.testing.Packs;

/** Award schedules built from the packs' {@code award.*} parameters. */
class AwardSchedulesTest {
  private static final LocalDate HA_TINH_ROUND = LocalDate.of(2019, 12, 20);

  @TempDir
  Path dir;

  private static String haTinhManifest(String... params) {
    return String.join("\n", "id=province/ha-tinh", "version=test", "name=Hà Tĩnh — thử nghiệm", "kind=province",
        "province=ha-tinh", "effective-from=2019-08-21", "effective-to=2020-12-31", "legal=Thử nghiệm",
        String.join("\n", params)) + "\n";
  }

  @Test
  void haTinhPackSetsThirtyMillionPerThreeStarsAndFiftyPerFourStarsNamingThePack() {
    RuleBook book = RuleBooks.bundled().forProvince("ha-tinh", HA_TINH_ROUND);
    AwardSchedule s = AwardSchedules.from(book);
    assertThat(s.amounts()).containsExactly(
        java.util.Map.entry(StarRating.THREE_STARS, Vnd.ofMillions(30)),
        java.util.Map.entry(StarRating.FOUR_STARS, Vnd.ofMillions(50)));
    assertThat(s.amountSources()).containsEntry(StarRating.THREE_STARS, "province/ha-tinh@2019.1")
        .containsEntry(StarRating.FOUR_STARS, "province/ha-tinh@2019.1");
    assertThat(s.mode()).isEqualTo(AwardMode.EVERY_CERTIFICATION);
    assertThat(s.provinceId()).isEqualTo("ha-tinh");
    assertThat(s.id()).isEqualTo("province/ha-tinh@2019.1");
    assertThat(s.basis()).hasValueSatisfying(b -> assertThat(b).contains("22-TB/BCĐ"));
  }

  @Test
  void aBookWithoutAwardParametersHasNoScheduleAndFromSaysWhy() {
    RuleBook book = RuleBooks.bundled().forProvince("kien-giang", LocalDate.of(2024, 6, 5));
    assertThat(AwardSchedules.find(book)).isEmpty();
    assertThatThrownBy(() -> AwardSchedules.from(book)).isInstanceOf(RulePackException.class)
        .hasMessageContaining("sets award parameters").hasMessageContaining("province/kien-giang");
  }

  @Test
  void aProvincePackDirectoryWithOtherAmountsAndModeReplacesTheBundledOne() {
    Packs.write(dir, "ha-tinh", "pack.properties", haTinhManifest("param.award.3=20_000_000",
        "param.award.4=40000000", "param.award.5=100000000", "param.award.mode=once-per-level"));
    AwardSchedule s = AwardSchedules.from(RuleBooks.bundledWith(dir).forProvince("ha-tinh", HA_TINH_ROUND));
    assertThat(s.amount(StarRating.THREE_STARS)).contains(Vnd.ofMillions(20));
    assertThat(s.amount(StarRating.FOUR_STARS)).contains(Vnd.ofMillions(40));
    assertThat(s.amount(StarRating.FIVE_STARS)).contains(Vnd.ofMillions(100));
    assertThat(s.mode()).isEqualTo(AwardMode.ONCE_PER_LEVEL);
    assertThat(s.amountSources()).containsEntry(StarRating.FIVE_STARS, "province/ha-tinh@test");
  }

  @Test
  void aMalformedAmountIsAProblemAtItsManifestLine() {
    Path manifest = Packs.write(dir, "ha-tinh", "pack.properties", haTinhManifest("param.award.3=30 triệu"));
    assertThatThrownBy(() -> RuleBooks.bundledWith(dir)).isInstanceOf(RulePackException.class)
        .hasMessageContaining(manifest + ":9: parameter award.3=30 triệu: should be a whole amount of VND");
  }

  @Test
  void anAwardForAnUncertifiedLevelOrAnUnknownModeIsAProblem() {
    Packs.write(dir, "ha-tinh", "pack.properties", haTinhManifest("param.award.2=10000000", "param.award.mode=yearly"));
    assertThatThrownBy(() -> RuleBooks.bundledWith(dir)).isInstanceOf(RulePackException.class)
        .satisfies(e -> assertThat(((RulePackException) e).problems()).extracting(Problem::message).containsExactly(
            "unknown parameter 'award.2'; the parameters are listed in docs/rules.md; did you mean one of award.3, award.4,"
                + " award.5, award.mode? (a pack's own DRL may read parameters named x.<name>)",
            "parameter award.mode=yearly: should be one of every-certification, once-per-level"));
  }
}
