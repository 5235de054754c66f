package vn.ocop.cli.report;

import java.util.Optional;
import vn.ocop.io.ResultsDocument.ProductResultDoc;
import vn.ocop.io.ResultsDocument.ReasonDoc;

/**
 * The one reason a table shows for a product. The rules order reasons by stage (eligibility, band,
 * gates, stars, decision, notes), which puts the star band first; for a product whose stars a gate
 * capped, or which is forwarded, that is not what a reader needs first. This picks: for a capped
 * product the capping reason ({@code *.stars.capped}), for a forwarded product the authority rule
 * that forwards it, otherwise the first reason. Display only: every reason stays in the results.
 */
public final class MainReason {
  private MainReason() {}

  public static Optional<ReasonDoc> of(ProductResultDoc p) {
    if (p.reasons().isEmpty()) {
      return Optional.empty();
    }
    if (!"INELIGIBLE".equals(p.decision()) && !"RETURNED_FOR_RESCORING".equals(p.decision())) {
      Optional<ReasonDoc> capped = p.reasons().stream().filter(r -> r.ruleId().endsWith(".stars.capped")).findFirst();
      if (capped.isPresent()) {
        return capped;
      }
      if ("FORWARD".equals(p.decision())) {
        Optional<ReasonDoc> forward = p.reasons().stream().filter(r -> r.ruleId().contains(".authority.")).findFirst();
        if (forward.isPresent()) {
          return forward;
        }
      }
    }
    return Optional.of(p.reasons().get(0));
  }

  /** The main reason's message in {@code lang}, written for people ({@link Reasons#text}), or empty text. */
  static String message(ProductResultDoc p, Lang lang) {
    return of(p).map(r -> Reasons.text(r, lang)).orElse("");
  }
}
