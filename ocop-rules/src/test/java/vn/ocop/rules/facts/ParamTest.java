package vn.ocop.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter reads its value the same way every time, whatever it read before (its parsed values are cached). */
class ParamTest {

  @Test
  void readsListsIntegersAndDecimalsAlikeOnEveryCall() {
    Param p = new Param("dossier.required", " APPLICATION, , PRODUCT_SAMPLES ,BUSINESS_REGISTRATION", "national/148");
    for (int i = 0; i < 3; i++) {
      assertThat(p.list()).containsExactly("APPLICATION", "PRODUCT_SAMPLES", "BUSINESS_REGISTRATION");
    }
    Param groups = new Param("dossier.food-safety-groups", "1, 2,6", "national/148");
    assertThat(groups.integers()).containsExactly(1, 2, 6);
    assertThat(groups.integers()).containsExactly(1, 2, 6);
    assertThat(groups.list()).containsExactly("1", "2", "6");
    Param band = new Param("band.4", " 70 ", "national/148");
    assertThat(band.decimal()).isEqualByComparingTo("70").isEqualTo(new BigDecimal("70"));
    assertThat(band.decimal()).isEqualTo(new BigDecimal("70"));
    assertThat(new Param("band.4", "69.50", "x").decimal()).isEqualTo(new BigDecimal("69.50"));
  }

  @Test
  void twoParametersWithTheSameTextReadTheSameAndNeitherCanChangeIt() {
    List<String> a = new Param("a", "X,Y", "p").list();
    List<String> b = new Param("b", "X,Y", "q").list();
    assertThat(a).isEqualTo(b).containsExactly("X", "Y");
    assertThatThrownBy(() -> a.add("Z")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Param("c", "X,Y", "r").list()).containsExactly("X", "Y");
  }

  @Test
  void aValueThatDoesNotParseFailsEveryTimeNamingTheKey() {
    Param p = new Param("band.4", "seventy", "province/x");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(p::decimal).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Parameter 'band.4' should be a decimal number, was 'seventy'");
    }
    Param groups = new Param("dossier.food-safety-groups", "1,two", "province/x");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(groups::integers).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'dossier.food-safety-groups'");
    }
  }

  @Test
  void manyDifferentValuesAreStillReadRight() {
    for (int i = 0; i < 2_000; i++) {
      assertThat(new Param("k", i + "," + (i + 1), "p").integers()).containsExactly(i, i + 1);
      assertThat(new Param("k", i + ".5", "p").decimal()).isEqualTo(new BigDecimal(i + ".5"));
    }
  }
}
