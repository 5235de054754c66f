package vn.ocop.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.io.ResultsDocument.ReasonDoc;

/**
 * A rule's reason as a person reads it. The bundled band rules write where each threshold came from
 * into the sentence ("từ 50 [national/148@2023.1] đến dưới 70 [national/148@2023.1] điểm; làm tròn:
 * none") so that a province's override can be traced; the results JSON keeps that text as the rule
 * gave it. For the terminal and the report this moves the pack ids out of the sentence (into the
 * smaller "source" line, {@link #sources}) and drops the rounding note when no rounding applies.
 * Display only: nothing is removed from the results.
 */
public final class Reasons {
  private Reasons() {}

  /** {@code " [national/148@2023.1]"}: a pack id with its version in brackets. */
  private static final Pattern PACK_REF = Pattern.compile("\\s*\\[([a-z0-9-]+(?:/[a-z0-9.-]+)*@[^\\]\\s]+)\\]");

  /** {@code "; làm tròn: none"} / {@code "; rounding: none"}: no rounding, nothing to say. */
  private static final Pattern NO_ROUNDING = Pattern.compile("\\s*;\\s*(?:làm tròn|rounding):\\s*none\\b");

  /** {@code r}'s message in {@code lang}, written for people. */
  public static String text(ReasonDoc r, Lang lang) {
    return readable(lang.message(r.messageVi(), r.messageEn()));
  }

  /** {@code message} without bracketed pack ids and without "no rounding" notes. */
  public static String readable(String message) {
    if (message.indexOf('[') < 0 && !message.contains("none")) {
      return message; // neither pattern can match: no regex run for each product of a national report
    }
    String s = PACK_REF.matcher(message).replaceAll("");
    s = NO_ROUNDING.matcher(s).replaceAll("");
    return s;
  }

  /**
   * Where the reason comes from: its rule and pack, the packs its message names for its figures when
   * they are not its own (a province's raised threshold), and its legal reference.
   */
  public static String source(ReasonDoc r, Lang lang) {
    List<String> parts = new ArrayList<>();
    parts.add(r.ruleId() + " · " + r.pack());
    Set<String> others = new LinkedHashSet<>();
    Matcher m = PACK_REF.matcher(lang.message(r.messageVi(), r.messageEn()));
    while (m.find()) {
      if (!m.group(1).equals(r.pack())) {
        others.add(m.group(1));
      }
    }
    if (!others.isEmpty()) {
      parts.add(lang.message("ngưỡng theo ", "threshold from ") + String.join(", ", others));
    }
    if (!r.legalReference().isEmpty()) {
      parts.add(r.legalReference());
    }
    return String.join(" · ", parts);
  }
}
