package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.testing.TestCatalogue;
import vn.ocop.scoring.ScoredRound;

/** Properties of the bundled Decision 148 rules over generated option-level scorecards (the test scorecard). */
class RuleBookPropertiesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 25);
  /** Criterion key → number of options of the test scorecard. */
  private static final String[] KEYS = {"A1a", "A1b", "B1a", "B1b", "C1a", "C1b"};
  private static final int[] OPTIONS = {4, 3, 3, 2, 2, 2};

  /** One member's choices as option numbers per criterion (0 = left out); story criteria together, one case of C1. */
  private static Gen<int[]> member() {
    return in -> {
      int[] c = new int[6];
      c[0] = integers().between(1, 4).generate(in);
      if (integers().between(0, 1).generate(in) == 1) {
        c[1] = integers().between(1, 3).generate(in);
        c[3] = integers().between(1, 2).generate(in);
      }
      c[2] = integers().between(1, 3).generate(in);
      c[integers().between(4, 5).generate(in)] = integers().between(1, 2).generate(in);
      return c;
    };
  }

  private static Gen<List<int[]>> council() {
    return lists().of(member()).ofSizeBetween(3, 5);
  }

  private static Submission submission(String id, List<int[]> members) {
    Submission.Builder b = Submission.builder().product(Rounds.product(id, Rounds.DA_LAT, TestCatalogue.SET))
        .addAllDossier(Rounds.FULL_DOSSIER);
    for (int m = 0; m < members.size(); m++) {
      MemberScorecard.Builder card = MemberScorecard.builder().member("m" + (m + 1));
      for (int k = 0; k < 6; k++) {
        if (members.get(m)[k] > 0) {
          card.addChoices(KEYS[k] + "/" + members.get(m)[k]);
        }
      }
      b.addScorecards(card.build());
    }
    return b.build();
  }

  private static Round round(List<Submission> submissions) {
    return Rounds.round(Rounds.LAM_DONG, null, CouncilLevel.PROVINCE, DATE, 1, Rounds.council(5))
        .addAllSubmissions(submissions).build();
  }

  private static int stars(Outcome o) {
    return o.stars().map(StarRating::stars).orElseThrow();
  }

  @Test
  void aBetterOptionOnAnyCriterionNeverLowersTheStars() {
    RuleBook book = RuleBooks.bundled().forProvince("lam-dong", DATE);
    qt().withExamples(150).forAll(council(), integers().between(0, 4), integers().between(0, 5))
        .checkAssert((members, who, criterion) -> {
          int m = who % members.size();
          int[] better = members.get(m).clone();
          if (better[criterion] == 0 || better[criterion] == OPTIONS[criterion]) {
            return; // left out, or already the best option
          }
          better[criterion]++;
          List<int[]> improved = new ArrayList<>(members);
          improved.set(m, better);
          Outcome before = book.decide(Ocop.score(round(List.of(submission("p", members))))).get(0);
          Outcome after = book.decide(Ocop.score(round(List.of(submission("p", improved))))).get(0);
          assertThat(stars(after)).as("%s → %s", before.reasons(), after.reasons()).isGreaterThanOrEqualTo(stars(before));
        });
  }

  @Test
  void theStarsNeverExceedTheBandOfTheMean() {
    RuleBook book = RuleBooks.bundled().forProvince("lam-dong", DATE);
    qt().withExamples(150).forAll(council()).checkAssert(members -> {
      ScoredRound scored = Ocop.score(round(List.of(submission("p", members))));
      Outcome o = book.decide(scored).get(0);
      double mean = scored.sheets().get(0).score().doubleValue();
      int band = mean >= 90 ? 5 : mean >= 70 ? 4 : mean >= 50 ? 3 : mean >= 30 ? 2 : 1;
      assertThat(stars(o)).isLessThanOrEqualTo(band);
    });
  }

  @Test
  void aPackThatOnlyRaisesThresholdsNeverGrantsMoreStarsThanTheNationalPack() {
    Gen<List<Integer>> raises = lists().of(integers().between(0, 2)).ofSize(4); // +0, +5 or +10 points per band
    qt().withExamples(12).forAll(raises, lists().of(council()).ofSizeBetween(5, 10)).checkAssert((raise, councils) -> {
      Path dir = tempDir();
      Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest(
          "param.band.2=" + (30 + 5 * raise.get(0)), "param.band.3=" + (50 + 5 * raise.get(1)),
          "param.band.4=" + (70 + 5 * raise.get(2)), "param.band.5=" + (90 + 5 * raise.get(3))));
      List<Submission> submissions = new ArrayList<>();
      for (int i = 0; i < councils.size(); i++) {
        submissions.add(submission("p" + i, councils.get(i)));
      }
      ScoredRound scored = Ocop.score(round(submissions));
      List<Outcome> national = RuleBooks.bundled().decide(scored);
      List<Outcome> raised;
      try {
        raised = RuleBooks.bundledWith(dir).decide(scored);
      } finally {
        delete(dir);
      }
      for (int i = 0; i < national.size(); i++) {
        assertThat(stars(raised.get(i))).isLessThanOrEqualTo(stars(national.get(i)));
      }
    });
  }

  @Test
  void evaluatingARoundInAnyOrderGivesTheSameOutcomes() {
    RuleBook book = RuleBooks.bundled().forProvince("lam-dong", DATE);
    qt().withExamples(40).forAll(lists().of(council()).ofSizeBetween(2, 8), integers().all()).checkAssert((councils, seed) -> {
      List<Submission> submissions = new ArrayList<>();
      for (int i = 0; i < councils.size(); i++) {
        submissions.add(submission("p" + i, councils.get(i)));
      }
      List<Submission> shuffled = new ArrayList<>(submissions);
      Collections.shuffle(shuffled, new Random(seed));
      List<Outcome> inOrder = sorted(book.decide(Ocop.score(round(submissions))));
      List<Outcome> inAnyOrder = sorted(book.decide(Ocop.score(round(shuffled))));
      assertThat(inAnyOrder).isEqualTo(inOrder);
    });
  }

  private static List<Outcome> sorted(List<Outcome> outcomes) {
    return outcomes.stream().sorted(Comparator.comparing(Outcome::productId)).toList();
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("ocop-rules-property");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
