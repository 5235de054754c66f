package vn.ocop.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of ocop-core's exceptions (round, scoring, product, producer, place and budget
 * checks), put into the message catalogue at the ocop-io boundary: the core stays free of any
 * catalogue, and a reader that surfaces a core problem gives it a key and arguments here. Each
 * pattern below is one English text of the core; its template in {@code Messages.properties}
 * writes the same text with {@code {0}}, {@code {1}}… for the groups. A text is taken only when the
 * English template gives it back byte for byte, so English output never changes; a core text no
 * pattern knows keeps its English words behind a Vietnamese lead ({@code core.untranslated}).
 */
final class CoreMessages {
  private CoreMessages() {}

  private record Known(Pattern pattern, String key, Map<Integer, String> nested) {}

  private static final List<Known> KNOWN = List.of(
      known("Round (\\S+): (.*)", "core.round", Map.of(1, "core")),
      known("product '([^']*)': (.*)", "core.product-prefix", Map.of(1, "core")),
      known("A product needs an id", "core.product.no-id"),
      known("A producer needs an id", "core.producer.no-id"),
      known("Product '([^']*)' has no name", "core.product.no-name"),
      known("Producer '([^']*)' has no name", "core.producer.no-name"),
      known("Product '([^']*)' names product set '([^']*)'; a set code reads like 148/03 or 26-2026/03",
          "core.product.set-code"),
      known("Product '([^']*)' names product set '([^']*)', which is not in the catalogue of (.*)",
          "core.product.set-unknown"),
      known("Product '([^']*)', member '([^']*)': part ([ABC]) scores (\\S+) but (.*) allows at most (\\d+)",
          "core.part.over-max-member"),
      known("Product '([^']*)': part ([ABC]) scores (\\S+) but (.*) allows at most (\\d+)", "core.part.over-max"),
      known("Part scores may not be negative \\(member ([^)]*)\\): (\\S+)", "core.part.negative-member"),
      known("Part scores may not be negative: (\\S+)", "core.part.negative"),
      known("Scorecard of product '([^']*)', member '([^']*)' chooses two options for criterion (\\S+) \\((.*)\\): "
          + "(\\S+) and (\\S+); choose one", "core.sheet.two-options"),
      known("Scorecard of product '([^']*)', member '([^']*)' chooses (\\S+), but scorecard (\\S+) has no criterion (\\S+)",
          "core.sheet.no-criterion"),
      known("Scorecard of product '([^']*)', member '([^']*)' chooses no option for criterion (\\S+) \\((.*)\\); "
          + "choose one of (\\S+) to (\\S+)", "core.sheet.no-option"),
      known("Scorecard of product '([^']*)', member '([^']*)': option (\\S+) does not belong to criterion (\\S+) "
          + "\\((.*)\\), whose options are (\\S+) to (\\S+)", "core.sheet.wrong-option"),
      known("Scorecard of product '([^']*)', member '([^']*)': '(.*)' is not an option code; write the criterion and "
          + "the option's number, e.g. (\\S+)", "core.sheet.not-option-code"),
      known("Scorecard of product '([^']*)', member '([^']*)' answers more than one case of group (\\S+) \\((.*)\\); "
          + "the council scores one case only", "core.sheet.two-cases"),
      known("the OCOP programme began in 2018; year (-?\\d+) is not a programme year", "core.round.year-early"),
      known("year (-?\\d+) is not a programme year; give a year from 2018 to 2100", "core.round.year-late"),
      known("the round of (-?\\d+) cannot meet on (\\S+): a council meets in its round's year or, for a round that "
          + "runs late, early the next year", "core.round.date-year"),
      known("member '([^']*)' scored product '([^']*)' but is not on the council", "core.round.not-member"),
      known("product '([^']*)' \\((.*)\\) is submitted twice", "core.round.product-twice"),
      known("a district round needs its district", "core.round.needs-district"),
      known("'(.*)' is not a province", "core.round.not-province"),
      known("product '([^']*)' comes from (.*), not from (.*)", "core.round.other-province"),
      known("product '([^']*)' does not come from district (.*)", "core.round.other-district"),
      known("(Province|District|Commune|Place) '([^']*)' did not exist on (\\S+); nearest: (\\S+) \\((.*)\\)",
          "core.place.unknown-nearest", Map.of(0, "level")),
      known("(Province|District|Commune|Place) '([^']*)' did not exist on (\\S+)", "core.place.unknown",
          Map.of(0, "level")),
      known("amount '(.*)' is too large: at most 18 digits", "core.budget.amount-too-large"),
      known("Council member id '([^']*)' is used twice", "core.council.member-twice"),
      known("A council needs members", "core.council.no-members"),
      known("A council has exactly one chair, this one has (\\d+)", "core.council.chairs"),
      known("A council member needs an id \\(member '(.*)'\\)", "core.council.member-no-id"),
      known("Product '([^']*)' has both option-level scorecards and part-level scores; give one or the other",
          "core.submission.sheets-and-parts"),
      known("Member '([^']*)' has two scorecards for product '([^']*)'", "core.submission.two-sheets"),
      known("Product '([^']*)' has council-level part scores \\(no member\\) and other part scores; give one line only",
          "core.submission.council-and-member-parts"),
      known("Member '([^']*)' has two part-score lines for product '([^']*)'", "core.submission.two-part-lines"),
      known("the dossier is filed on (\\S+), after the council date (\\S+); a council evaluates dossiers filed before it"
          + " meets", "core.law.filed-after"),
      known("no OCOP criteria were in force on (\\S+); the first, Decision 1048/QĐ-TTg, came into force on (\\S+)",
          "core.law.none-in-force"));

  private static Known known(String regex, String key) {
    return known(regex, key, Map.of());
  }

  private static Known known(String regex, String key, Map<Integer, String> nested) {
    return new Known(Pattern.compile(regex, Pattern.DOTALL), key, nested);
  }

  /** The message of a core exception (or any failure whose message is shown to the user). */
  static Message of(Throwable e) {
    return of(String.valueOf(e.getMessage()));
  }

  /**
   * A core text as a message of the catalogue: the first pattern that matches it and whose English
   * template gives it back exactly, else {@code core.untranslated}.
   */
  static Message of(String text) {
    for (Known k : KNOWN) {
      Matcher m = k.pattern().matcher(text);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          String g = m.group(i + 1);
          String how = k.nested().get(i);
          args[i] = how == null ? g : how.equals("core") ? of(g) : Message.of("place.level." + g);
        }
        Message message = Message.of(k.key(), args);
        if (message.text(Locale.ROOT).equals(text)) {
          return message;
        }
      }
    }
    return Message.of("core.untranslated", text);
  }
}
