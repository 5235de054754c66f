package vn.ocop.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.ocop.Ocop;
import vn.ocop.law.StarRating;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RoundResult;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * The main job for now: load the Decision 148 catalogue, score the sample rice product of
 * {@link SampleRound} on its three members' sheets, print its score sheet and star gates, then let the
 * bundled rule packs decide it and print the outcome with its reasons.
 *
 * <p>Run it with {@code ./mvnw -q -pl ocop-examples -am test-compile exec:java}.
 */
public final class ScoreSampleProduct {
  private ScoreSampleProduct() {}

  public static void main(String[] args) {
    ScoredRound scored = Ocop.score(SampleRound.round());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("Round " + scored.round().id() + " on " + scored.round().councilDate() + ", catalogue of "
        + scored.catalogue().instrument() + ", instruments in force: " + scored.round().instruments());
    out.println();
    for (ScoreSheet sheet : scored.sheets()) {
      out.println(ScoreSheetText.render(sheet));
    }
    RoundResult result = Ocop.evaluate(scored.round(), RuleBooks.bundled());
    out.println("Decided by " + result.policy());
    for (ProductResult r : result.results()) {
      out.println("Outcome of " + r.product().id() + ": " + r.decision().nameEn() + " "
          + r.stars().map(StarRating::symbol).orElse("(no stars)"));
      r.outcome().reasons().forEach(reason -> out.println("  " + reason.ruleId() + " [" + reason.pack() + "] "
          + reason.messageEn() + " — " + reason.legalReference()));
    }
  }
}
