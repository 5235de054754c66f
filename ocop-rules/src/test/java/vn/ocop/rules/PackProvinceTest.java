package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.round.CouncilLevel;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/**
 * A province pack's province and a round's province must be provinces of the place registry on
 * their dates: a mistyped slug would otherwise drop the province's rules and change the outcome.
 */
class PackProvinceTest {

  private static RulePackException failure(Path dir) {
    try {
      RuleBooks.bundledWith(dir).validate();
    } catch (RulePackException e) {
      return e;
    }
    throw new AssertionError("the pack loaded");
  }

  @Test
  void aMistypedProvinceIsReportedAtItsManifestLineWithTheNearest(@TempDir Path dir) {
    Path manifest = Packs.write(dir, "lam-dong", "pack.properties",
        Packs.lamDongManifest().replace("province=lam-dong", "province=lam-dogn"));
    assertThat(failure(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(manifest.toString());
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).startsWith("province=lam-dogn is not a province of the place registry on the pack's"
          + " effective-from 2023-02-24").contains("nearest: lam-dong");
    });
  }

  @Test
  void aProvinceMergedAwayBeforeThePacksLastDayIsReportedWithItsSuccessor(@TempDir Path dir) {
    String text = String.join("\n", "id=province/kien-giang", "version=9", "name=Kiên Giang — thử nghiệm", "kind=province",
        "province=kien-giang", "effective-from=2024-01-01", "effective-to=2026-12-31", "legal=Thử nghiệm") + "\n";
    Path manifest = Packs.write(dir, "kien-giang", "pack.properties", text);
    assertThat(failure(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(manifest.toString());
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).isEqualTo("province=kien-giang is not a province of the place registry on the pack's"
          + " effective-to 2026-12-31: Province kien-giang did not exist on 2026-12-31: merged into an-giang on 2025-07-01");
    });
  }

  @Test
  void everyBundledProvincePackNamesAProvinceOfTheRegistry() {
    RuleBooks books = RuleBooks.bundled();
    books.validate();
    assertThat(books.packs().stream().filter(p -> p.kind() == PackKind.PROVINCE)).isNotEmpty()
        .allSatisfy(p -> assertThat(vn.ocop.place.Places.province(p.province().orElseThrow(), p.effectiveFrom()).id())
            .isEqualTo(p.province().orElseThrow()));
  }

  @Test
  void aRoundOfAProvinceThatDidNotExistOnItsDateIsRefused() {
    LocalDate d = LocalDate.of(2026, 11, 5);
    var round = Rounds.round(Rounds.KIEN_GIANG, null, CouncilLevel.PROVINCE, d)
        .addSubmissions(Rounds.scored("p1", Rounds.HON_DAT, Rounds.setOn(d), "75")).build();
    assertThatThrownBy(() -> RuleBooks.bundled().forRound(round))
        .isInstanceOfSatisfying(UnknownPlaceException.class, e -> {
          assertThat(e.value()).isEqualTo("kien-giang");
          assertThat(e.date()).isEqualTo(d);
        })
        .hasMessage("Province kien-giang did not exist on 2026-11-05: merged into an-giang on 2025-07-01");
  }
}
