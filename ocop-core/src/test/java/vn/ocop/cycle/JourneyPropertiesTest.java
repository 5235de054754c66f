package vn.ocop.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyPropertiesTest {

  @Test
  void aJourneysHistoryOnlyGrowsWhateverIsAskedOfIt() {
    // Random requested steps and day gaps; refused moves leave the journey as it was.
    qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 30),
            lists().of(integers().between(0, 60)).ofSize(30))
        .checkAssert((steps, gaps) -> {
          Journey j = Journey.startNew(JourneyTransitionsTest.PRODUCT, LocalDate.of(2024, 1, 1), "UBND xã");
          LocalDate day = LocalDate.of(2024, 1, 1);
          for (int i = 0; i < steps.size(); i++) {
            day = day.plusDays(gaps.get(i));
            List<Transition> before = j.history();
            try {
              Journey next = j.moveTo(CycleStep.values()[steps.get(i)], day, "UBND", JourneyPolicy.standard(),
                  JourneyTransitionsTest.ALL_MET);
              assertThat(next.history()).hasSize(before.size() + 1);
              assertThat(next.history().subList(0, before.size())).isEqualTo(before);
              j = next;
            } catch (TransitionRefusedException e) {
              assertThat(j.history()).isEqualTo(before);
            }
            assertThat(j.history().get(0).to()).isEqualTo(CycleStep.IDEA);
          }
        });
  }
}
