package vn.ocop.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import vn.ocop.round.Council;
import vn.ocop.round.PartScores;
import vn.ocop.round.Submission;

/** QuickTheories generators over the test scorecard ({@link TestCatalogue}). */
public final class Generators {
  private Generators() {}

  /**
   * One member's valid choices on the test scorecard: A1a 1–4, the two story criteria answered
   * together or left out together, B1a 1–3, and one case of C1.
   */
  public static Gen<List<String>> memberChoices() {
    return in -> {
      List<String> c = new ArrayList<>();
      c.add("A1a/" + integers().between(1, 4).generate(in));
      boolean story = integers().between(0, 1).generate(in) == 1;
      if (story) {
        c.add("A1b/" + integers().between(1, 3).generate(in));
        c.add("B1b/" + integers().between(1, 2).generate(in));
      }
      c.add("B1a/" + integers().between(1, 3).generate(in));
      String caseKey = integers().between(0, 1).generate(in) == 0 ? "C1a" : "C1b";
      c.add(caseKey + "/" + integers().between(1, 2).generate(in));
      return c;
    };
  }

  /** A council of {@code n} members m1..mn, m1 the chair. */
  public static Council council(int n) {
    Council.Builder b = Council.builder().chair("m1", "Chủ tịch");
    for (int i = 2; i <= n; i++) {
      b.member("m" + i, "Thành viên " + i);
    }
    return b.build();
  }

  /** Option-level sheets by {@code members} members for one product. */
  public static Gen<Submission> optionLevelSubmission(String productId, int members) {
    return in -> {
      Submission.Builder b = Submission.builder().product(Fixtures.product(productId));
      for (int m = 1; m <= members; m++) {
        b.addScorecards(vn.ocop.round.MemberScorecard.builder().member("m" + m)
            .addAllChoices(memberChoices().generate(in)).build());
      }
      return b.build();
    };
  }

  /** Council-level part scores with 2 decimals, within 40/25/35, drawn from a small range so that ties occur. */
  public static Gen<PartScores> partScores() {
    return in -> PartScores.builder()
        .partA(BigDecimal.valueOf(integers().between(0, 8).generate(in) * 500L, 2))
        .partB(BigDecimal.valueOf(integers().between(0, 5).generate(in) * 500L, 2))
        .partC(BigDecimal.valueOf(integers().between(0, 7).generate(in) * 500L, 2))
        .build();
  }

  /** A round's worth of products p0..p(n-1) with council-level part scores. */
  public static Gen<List<Submission>> partLevelSubmissions(int min, int max) {
    return in -> {
      int n = integers().between(min, max).generate(in);
      List<Submission> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(Submission.builder().product(Fixtures.product("p" + i)).addPartScores(partScores().generate(in)).build());
      }
      return list;
    };
  }
}
