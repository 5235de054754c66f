package vn.ocop.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.producer.Producer;
import vn.ocop.round.CouncilMember;
import vn.ocop.round.DossierItem;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * Writes rounds, sheets and outcomes the way a council secretary reads them: the round, its council,
 * and for each product its set, producer, place, dossier and every member's options. The generators
 * use it to describe a shrunk counter-example, and the assertions to say what they found.
 *
 * <pre>
 * Round an-giang/2026/1/province — council 2026-08-20, 3 members: m1 Nguyễn Văn An (chair), m2 …, m3 …; 2 products
 *   p001 "Sản phẩm 001 – Gạo" — set 148/03, producer HTX Nông nghiệp 12 (Cooperative, reg. 1700000012),
 *        place Long Xuyên; dossier complete; filed 2026-08-01 (First evaluation)
 *     m1: A1a/3 A1b/2 …
 * </pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Describe {
  private Describe() {}

  /**
   * A round in full: council, then each product and its sheets or part scores.
   *
   * @param round the round; not null
   * @return the description, one line for the round then indented lines per product
   */
  public static String round(Round round) {
    StringBuilder b = new StringBuilder();
    b.append("Round ").append(round.id()).append(" — council ").append(round.councilDate()).append(", ")
        .append(round.council().size()).append(round.council().size() == 1 ? " member: " : " members: ")
        .append(round.council().members().stream().map(Describe::member).collect(Collectors.joining(", ")))
        .append("; ").append(round.submissions().size()).append(round.submissions().size() == 1 ? " product" : " products");
    round.catalogue().ifPresent(c -> b.append("; catalogue of ").append(c.instrument()).append(" chosen by the host"));
    for (Submission s : round.submissions()) {
      b.append("\n  ").append(submission(s).replace("\n", "\n  "));
    }
    return b.toString();
  }

  private static String member(CouncilMember m) {
    return m.id() + " " + m.name() + (m.role() == vn.ocop.round.CouncilRole.CHAIR ? " (chair)" : "");
  }

  /**
   * One submission: product, set, producer, place, dossier, filing, disqualifications and scores.
   *
   * @param s the submission; not null
   * @return the description, with indented lines for the sheets or part scores
   */
  public static String submission(Submission s) {
    StringBuilder b = new StringBuilder();
    b.append(s.product().id()).append(" \"").append(s.product().name()).append("\" — set ")
        .append(s.product().productSet()).append(", producer ").append(producer(s.product().producer()))
        .append(", place ").append(s.product().place().name()).append("; dossier ").append(dossier(s.dossier()));
    s.filedOn().ifPresent(d -> b.append("; filed ").append(d));
    b.append(" (").append(s.dossierKind().nameEn()).append(")");
    if (!s.disqualifications().isEmpty()) {
      b.append("; grounds for disqualification found: ").append(String.join(", ", s.disqualifications()));
    }
    if (!s.scorecards().isEmpty()) {
      b.append("\n  ").append(sheets(s.scorecards()).replace("\n", "\n  "));
    }
    for (PartScores p : s.partScores()) {
      b.append("\n  ").append(parts(p));
    }
    return b.toString();
  }

  /**
   * Members' sheets, one line each: {@code m1: A1a/3 A1b/2 …}.
   *
   * @param sheets the sheets; not null
   * @return the description, one line per sheet
   */
  public static String sheets(List<MemberScorecard> sheets) {
    return sheets.stream().map(c -> c.member() + ": " + String.join(" ", c.choices())).collect(Collectors.joining("\n"));
  }

  /**
   * Part scores: {@code council: A 31.25, B 20.00, C 28.50 (total 79.75)} or by member.
   *
   * @param p the part scores; not null
   * @return the description, on one line
   */
  public static String parts(PartScores p) {
    return p.member().orElse("council") + ": A " + p.partA().toPlainString() + ", B " + p.partB().toPlainString()
        + ", C " + p.partC().toPlainString() + " (total " + p.total().toPlainString() + ")";
  }

  /**
   * A producer: name, legal form, registration and declared size.
   *
   * @param p the producer; not null
   * @return the description, on one line
   */
  public static String producer(Producer p) {
    return p.name() + " (" + p.kind().nameEn() + p.registration().map(r -> ", reg. " + r).orElse(", not registered")
        + p.smallOrMediumEnterprise().map(sme -> sme ? ", small or medium" : ", not small or medium").orElse("") + ")";
  }

  /**
   * A dossier: {@code complete}, or the items it lacks.
   *
   * @param dossier the items held; not null
   * @return {@code complete}, {@code empty}, or {@code without} and the missing items
   */
  public static String dossier(Set<DossierItem> dossier) {
    Set<DossierItem> missing = EnumSet.allOf(DossierItem.class);
    missing.removeAll(dossier);
    if (missing.isEmpty()) {
      return "complete";
    }
    if (dossier.isEmpty()) {
      return "empty";
    }
    return "without " + missing.stream().map(DossierItem::nameEn).collect(Collectors.joining(", "));
  }

  /**
   * An outcome: decision, stars, where it is forwarded, and every reason with its rule and pack.
   *
   * @param o the outcome; not null
   * @return the description, with one indented line per reason
   */
  public static String outcome(Outcome o) {
    StringBuilder b = new StringBuilder(o.productId()).append(": ").append(o.decision().nameEn());
    o.stars().ifPresent(s -> b.append(" ").append(s.stars()).append("★"));
    o.forwardTo().ifPresent(l -> b.append(" to the ").append(l.nameEn()));
    for (Reason r : o.reasons()) {
      b.append("\n    ").append(r.ruleId()).append(" [").append(r.pack()).append("] ").append(r.messageEn());
    }
    return b.toString();
  }
}
