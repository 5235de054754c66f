package vn.ocop.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One product's missed star gates in one fact: what the gate rules read of them. */
class MissedGatesTest {

  private static GateMiss miss(String product, int level, String criterion) {
    return new GateMiss(product, level, criterion, "title", criterion + "/2", "option", 10, new BigDecimal("5.00"), 1, 3,
        "MEAN_OF_MEMBERS");
  }

  @Test
  void theLowestLevelAndTheMissesUpToALevelAreThoseOfTheGateMisses() {
    MissedGates g = new MissedGates("p1", List.of(miss("p1", 5, "A1a"), miss("p1", 4, "B1a"), miss("p1", 5, "C1a")));

    assertThat(g.lowestLevel()).isEqualTo(4);
    assertThat(g.upTo(3)).isEmpty();
    assertThat(g.upTo(4)).extracting(GateMiss::criterionKey).containsExactly("B1a");
    assertThat(g.upTo(5)).extracting(GateMiss::criterionKey).containsExactly("A1a", "B1a", "C1a");
    assertThat(g.missesLevel(5)).isTrue();
    assertThat(g.missesLevel(3)).isFalse();
  }

  @Test
  void theFactIsImmutable() {
    List<GateMiss> misses = new ArrayList<>(List.of(miss("p1", 3, "A1a")));
    MissedGates g = new MissedGates("p1", misses);
    misses.add(miss("p1", 4, "B1a"));

    assertThat(g.misses()).hasSize(1);
    assertThatThrownBy(() -> g.misses().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.upTo(5).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFactWithoutMissesOrWithAnotherProductsMissIsRefused() {
    assertThatThrownBy(() -> new MissedGates("p1", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p1").hasMessageContaining("at least one missed gate");
    assertThatThrownBy(() -> new MissedGates("p1", List.of(miss("p2", 4, "B1a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B1a").hasMessageContaining("p2");
  }
}
