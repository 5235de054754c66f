package vn.ocop.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Names compared with one tone-mark convention, split from their kind word, and turned into slugs. */
class PlaceNamesTest {

  @Test
  void bothToneMarkConventionsHaveTheSameKey() {
    assertThat(PlaceNames.key("Thanh Hoá")).isEqualTo(PlaceNames.key("Thanh Hóa"));
    assertThat(PlaceNames.key("Khánh Hoà")).isEqualTo(PlaceNames.key("Khánh Hòa"));
    assertThat(PlaceNames.key("Hoà Bình")).isEqualTo(PlaceNames.key("Hòa Bình"));
    assertThat(PlaceNames.key("Thuỷ Nguyên")).isEqualTo(PlaceNames.key("Thủy Nguyên"));
    assertThat(PlaceNames.key("Tỉnh Thanh Hoá")).isEqualTo(PlaceNames.key("tỉnh  thanh hóa "));
  }

  @Test
  void decomposedAndComposedFormsHaveTheSameKey() {
    String nfd = Normalizer.normalize("Kiên Giang", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Kiên Giang");
    assertThat(PlaceNames.key(nfd)).isEqualTo(PlaceNames.key("Kiên Giang"));
    assertThat(PlaceNames.nfc(nfd)).isEqualTo("Kiên Giang");
  }

  @Test
  void differentVowelsOrTonesKeepDifferentKeys() {
    assertThat(PlaceNames.key("Minh Quán")).isNotEqualTo(PlaceNames.key("Minh Quân"));
    assertThat(PlaceNames.key("Sa Pa")).isNotEqualTo(PlaceNames.key("Sa Pả"));
    assertThat(PlaceNames.key("Hòa")).isNotEqualTo(PlaceNames.key("Hóa"));
    assertThat(PlaceNames.key("Đà Nẵng")).isNotEqualTo(PlaceNames.key("Da Nang"));
  }

  @Test
  void theKindWordIsSplitOffTheOfficialName() {
    assertThat(PlaceNames.kindOf("Thành phố Hồ Chí Minh")).contains("Thành phố");
    assertThat(PlaceNames.withoutKind("Thành phố Hồ Chí Minh")).isEqualTo("Hồ Chí Minh");
    assertThat(PlaceNames.kindOf("Thị xã Kỳ Anh")).contains("Thị xã");
    assertThat(PlaceNames.kindOf("Thị trấn Sóc Sơn")).contains("Thị trấn");
    assertThat(PlaceNames.withoutKind("Đặc khu Phú Quốc")).isEqualTo("Phú Quốc");
    assertThat(PlaceNames.withoutKind("Phường 1")).isEqualTo("1");
    assertThat(PlaceNames.kindOf("Kiên Giang")).isEmpty();
    assertThat(PlaceNames.withoutKind("Kiên Giang")).isEqualTo("Kiên Giang");
    assertThat(PlaceNames.kindOf("Xã")).isEmpty();
  }

  @Test
  void slugsAreLowercaseAsciiWithoutTheKindWord() {
    assertThat(PlaceNames.slug("Kiên Giang")).isEqualTo("kien-giang");
    assertThat(PlaceNames.slug("Đà Nẵng")).isEqualTo("da-nang");
    assertThat(PlaceNames.slug("Hồ Chí Minh")).isEqualTo("ho-chi-minh");
    assertThat(PlaceNames.slug("Bà Rịa - Vũng Tàu")).isEqualTo("ba-ria-vung-tau");
    assertThat(PlaceNames.slug("Ea H'leo")).isEqualTo("ea-hleo");
    assertThat(PlaceNames.slug("Thanh Hoá")).isEqualTo(PlaceNames.slug("Thanh Hóa")).isEqualTo("thanh-hoa");
  }

  @Test
  void editDistanceCountsSingleEdits() {
    assertThat(PlaceNames.distance("kien-giang", "kien-giang")).isZero();
    assertThat(PlaceNames.distance("kien-gaing", "kien-giang")).isEqualTo(2);
    assertThat(PlaceNames.distance("an-gian", "an-giang")).isEqualTo(1);
    assertThat(PlaceNames.distance("", "abc")).isEqualTo(3);
  }
}
