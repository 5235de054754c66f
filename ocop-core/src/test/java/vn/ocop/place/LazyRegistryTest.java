package vn.ocop.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The registry makes districts and communes only when they are first asked for (a command needs a
 * few of the 14,000): whatever the order of the questions, every answer is the one a registry made in
 * full gives.
 */
class LazyRegistryTest {

  private static PlaceRegistry fresh() throws IOException {
    try (InputStream in = Places.class.getResourceAsStream("/vn/ocop/place/units.txt")) {
      return PlaceRegistry.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
          "units.txt");
    }
  }

  @Test
  void unitsMadeOnDemandAreTheUnitsOfTheWholeRegistry() throws IOException {
    PlaceRegistry whole = fresh();
    List<AdministrativeUnit> all = whole.all();
    assertThat(all).hasSizeGreaterThan(14_000);

    // walked down from the provinces, children before anything else is asked
    PlaceRegistry walked = fresh();
    List<AdministrativeUnit> reached = new ArrayList<>();
    List<AdministrativeUnit> queue = new ArrayList<>(walked.provinces());
    Set<AdministrativeUnit> seen = new HashSet<>(queue);
    for (int i = 0; i < queue.size(); i++) {
      AdministrativeUnit u = queue.get(i);
      reached.add(u);
      assertThat(walked.children(u)).isEqualTo(whole.children(u));
      for (AdministrativeUnit c : walked.children(u)) {
        if (seen.add(c)) {
          queue.add(c);
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(all);
    assertThat(walked.all()).isEqualTo(all);

    // asked by code first, from the communes up
    PlaceRegistry byCode = fresh();
    for (int i = all.size() - 1; i >= 0; i--) {
      String code = all.get(i).officialCode().orElseThrow();
      assertThat(byCode.withCode(code)).isEqualTo(whole.withCode(code)).contains(all.get(i));
      assertThat(byCode.contains(all.get(i))).isTrue();
    }
    for (AdministrativeUnit p : whole.provinces()) {
      assertThat(byCode.successorProvince(p)).isEqualTo(whole.successorProvince(p));
      assertThat(byCode.predecessorProvinces(p)).isEqualTo(whole.predecessorProvinces(p));
    }
    assertThat(byCode.all()).isEqualTo(all);
  }

  /** The slug as it was written before its one-pass form, kept here as the oracle. */
  private static String regexSlug(String name) {
    String s = name.replace('đ', 'd').replace('Đ', 'D');
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    s = s.replace("'", "").replace("’", "");
    return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  @Test
  void theOnePassSlugIsTheRegexSlugForEveryNameOfTheRegistryAndOthers() throws IOException {
    List<String> names = new ArrayList<>();
    for (AdministrativeUnit u : fresh().all()) {
      names.add(u.name());
      names.add(u.fullName());
    }
    names.addAll(List.of("Ea H'leo", "Bà Rịa - Vũng Tàu", "  -Đắk  Lắk- ", "Phường 1", "İzmir", "Ø’Brien", "Ea H’leo",
        "", "---", "A\u0301\u0301b", "Thị xã Kỳ Anh!", "ĐẮK NÔNG", "x\u00a0y", "Hòa\u200bBình"));
    for (String n : names) {
      assertThat(PlaceNames.slug(n)).as(n).isEqualTo(regexSlug(n));
    }
  }
}
