package vn.ocop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ocop.round.MemberScorecard;

/**
 * The process's numbering of choices: one number per distinct string, stable, bounded in count and
 * length (sheets come from outside), and the same from every thread; and the reader through which
 * scoring gets a sheet's numbers, which only {@code MemberScorecard} can install.
 */
class ChoiceSymbolsTest {

  @Test
  void equalStringsHaveOneNumberAndDistinctStringsDistinctOnes() {
    ChoiceSymbols symbols = new ChoiceSymbols(100, 48);
    int a = symbols.number("A1a/3");
    int b = symbols.number("148/01/A1a/3");
    assertThat(a).isEqualTo(1);
    assertThat(b).isEqualTo(2);
    assertThat(symbols.number(new String("A1a/3"))).as("an equal string of its own").isEqualTo(a);
    assertThat(symbols.numbers(List.of("148/01/A1a/3", "A1a/3", "B2/1"))).containsExactly((char) 2, (char) 1, (char) 3);
    assertThat(symbols.size()).isEqualTo(3);
  }

  @Test
  void aStringTooLongOrPastTheCapacityHasNoNumberAndNumberedOnesKeepTheirs() {
    ChoiceSymbols symbols = new ChoiceSymbols(2, 6);
    assertThat(symbols.number("A1a/3x")).isEqualTo(1);
    assertThat(symbols.number("A1a/3xy")).as("seven characters, longer than six").isZero();
    assertThat(symbols.number("B1/1")).isEqualTo(2);
    assertThat(symbols.number("C1/1")).as("the table is full").isZero();
    assertThat(symbols.number("A1a/3x")).isEqualTo(1);
    assertThat(symbols.number("B1/1")).isEqualTo(2);
    assertThat(symbols.size()).isEqualTo(2);
    assertThat(symbols.numbers(List.of("C1/1", "B1/1", "A1a/3xy"))).containsExactly((char) 0, (char) 2, (char) 0);
  }

  @Test
  void aSheetsNumbersAreTheTablesWhetherTheThreadsCacheFindsThemOrNot() {
    ChoiceSymbols symbols = new ChoiceSymbols(20_000, 48);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      strings.add("C" + i + "/" + (i % 5));
    }
    // 10,000 instances, then equal strings of their own: the cache empties itself twice on the way
    for (List<String> round : List.of(strings, strings.stream().map(String::new).toList(), strings)) {
      for (int from = 0; from < round.size(); from += 31) {
        List<String> sheet = round.subList(from, Math.min(round.size(), from + 31));
        char[] expected = new char[sheet.size()];
        for (int i = 0; i < expected.length; i++) {
          expected[i] = (char) symbols.number(sheet.get(i));
        }
        assertThat(symbols.numbers(sheet)).containsExactly(expected);
      }
    }
    assertThat(symbols.size()).isEqualTo(10_000);
  }

  @Test
  void theGlobalTableIsBoundedAsDocumented() {
    assertThat(ChoiceSymbols.CAPACITY).isEqualTo(65_535);
    assertThat(ChoiceSymbols.global().number("x".repeat(ChoiceSymbols.MAX_LENGTH + 1))).isZero();
    assertThatThrownBy(() -> new ChoiceSymbols(65_536, 48)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65536");
  }

  @Test
  void threadsNumberingTheSameStringsAgree() throws Exception {
    ChoiceSymbols symbols = new ChoiceSymbols(10_000, 48);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      strings.add("C" + i + "/" + (i % 5));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        List<String> order = new ArrayList<>(strings);
        Collections.shuffle(order, new java.util.Random(t));
        results.add(pool.submit(() -> {
          for (String s : order) {
            symbols.number(new String(s));
          }
          return strings.stream().mapToInt(symbols::number).toArray();
        }));
      }
      int[] first = results.get(0).get();
      for (Future<int[]> r : results) {
        assertThat(r.get()).containsExactly(first);
      }
      assertThat(java.util.Arrays.stream(first).distinct().count()).isEqualTo(2_000);
      assertThat(java.util.Arrays.stream(first).min().orElseThrow()).isEqualTo(1);
      assertThat(java.util.Arrays.stream(first).max().orElseThrow()).isEqualTo(2_000);
      assertThat(symbols.size()).isEqualTo(2_000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everySheetCarriesItsChoicesAsTheGlobalNumbersHoweverItIsMade() {
    MemberScorecard built = MemberScorecard.builder().member("m1").choose("A1a/3", "148/01/B1/2").build();
    MemberScorecard of = MemberScorecard.of("m1", "A1a/3", "148/01/B1/2");
    MemberScorecard copied = MemberScorecard.builder().member("m2").productSet("01").choose("A1a/3", "148/01/B1/2")
        .choose("C1/1").build();
    char[] expected = ChoiceSymbols.global().numbers(List.of("A1a/3", "148/01/B1/2"));
    assertThat(SheetAccess.numbers(built)).containsExactly(expected);
    assertThat(SheetAccess.numbers(of)).containsExactly(expected);
    assertThat(SheetAccess.numbers(copied))
        .containsExactly(ChoiceSymbols.global().numbers(List.of("A1a/3", "148/01/B1/2", "C1/1")));
    assertThat(expected).doesNotContain((char) 0);
    // the numbers are not part of the value
    assertThat(built).isEqualTo(of).hasSameHashCodeAs(of).hasToString(of.toString());
  }

  @Test
  void onlyMemberScorecardInstallsTheReader() {
    assertThatThrownBy(() -> SheetAccess.install(MethodHandles.lookup(), sheet -> new char[0]))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only MemberScorecard");
    MemberScorecard sheet = MemberScorecard.of("m1", "A1a/3");
    assertThat(SheetAccess.numbers(sheet)).hasSize(1);
  }
}
