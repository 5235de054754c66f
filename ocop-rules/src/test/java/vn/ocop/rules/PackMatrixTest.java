package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.round.CouncilLevel;
import vn.ocop.rules.testing.Rounds;

/** One scenario — a 75-point product before a provincial council — run under every bundled pack. */
class PackMatrixTest {

  private static final Map<String, AdministrativeUnit> DISTRICTS = Map.of("kien-giang", Rounds.HON_DAT,
      "an-giang", Rounds.TRI_TON, "ha-tinh", Rounds.NGHI_XUAN, "quang-nam", Rounds.HOI_AN, "tay-ninh", Rounds.TAN_BIEN);

  static Stream<RulePack> bundledPacks() {
    return RuleBooks.bundled().packs().stream();
  }

  /** The first day of the pack on which some national pack is in force. */
  private static LocalDate dayOf(RulePack pack) {
    for (LocalDate d : List.of(pack.effectiveFrom(), LocalDate.of(2019, 8, 21), LocalDate.of(2023, 2, 24),
        LocalDate.of(2025, 7, 6))) {
      if (!d.isBefore(pack.effectiveFrom()) && pack.isInForceOn(d)) {
        try {
          RuleBooks.bundled().resolve("lam-dong", d);
          return d;
        } catch (NoRulePackInForceException e) {
          // try the next
        }
      }
    }
    throw new AssertionError("no national pack covers any day of " + pack);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledPacks")
  void aSeventyFivePointProductIsRankedFourStarsWithReasonsFromThePacksInForce(RulePack pack) {
    LocalDate date = dayOf(pack);
    AdministrativeUnit district = DISTRICTS.getOrDefault(pack.province().orElse(""), Rounds.DA_LAT);
    RuleBook book = RuleBooks.bundled().forRound(Rounds.single(district, CouncilLevel.PROVINCE, date, "75.00"));

    Outcome o = Rounds.outcome(Rounds.single(district, CouncilLevel.PROVINCE, date, "75.00"), book);

    assertThat(book.packs()).contains(pack);
    assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    assertThat(o.decision().name()).isIn("CERTIFY", "NOT_ACHIEVED", "FORWARD");
    assertThat(o.reasons()).isNotEmpty().allSatisfy(r -> {
      assertThat(book.packs()).extracting(RulePack::ref).contains(r.pack());
      assertThat(r.messageVi()).isNotBlank();
      assertThat(r.messageEn()).isNotBlank();
    });
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.ruleId()).endsWith(".band.4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledPacks")
  void everyRuleOfEveryPackCarriesALegalReference(RulePack pack) {
    assertThat(pack.ruleIds()).isNotEmpty();
    assertThat(pack.legal()).isNotBlank();
    RuleBook book = RuleBooks.bundled().forProvince(pack.province().orElse("lam-dong"), dayOf(pack));
    assertThat(book.activeRuleIds()).containsAll(pack.ruleIds().stream()
        .filter(id -> !book.removedRules().containsKey(id)).toList());
  }
}
