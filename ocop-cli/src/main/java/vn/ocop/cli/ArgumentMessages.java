package vn.ocop.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.io.Message;

/**
 * picocli's messages about the command line (an unknown option, a missing parameter, a value that
 * does not convert), put into the command's catalogue so that {@code --lang vi} shows them in
 * Vietnamese. Each pattern is one English text of picocli 4.7 (or of this command's converters); a
 * text is taken only when the English template gives it back exactly, and a text no pattern knows
 * keeps its English words behind a Vietnamese lead ({@code arg.untranslated}).
 */
final class ArgumentMessages {
  private ArgumentMessages() {}

  private record Known(Pattern pattern, String key, int nested) {}

  private static final List<Known> KNOWN = List.of(
      known("Unknown option: '(.*)'", "arg.unknown-option", -1),
      known("Unknown options: (.*)", "arg.unknown-options", -1),
      known("Missing required parameter: '(.*)'", "arg.missing-parameter", -1),
      known("Missing required parameters: (.*)", "arg.missing-parameters", -1),
      known("Missing required option: '(.*)'", "arg.missing-option", -1),
      known("Missing required options: (.*)", "arg.missing-options", -1),
      known("Missing required parameter for option '(.*)' \\((.*)\\)", "arg.option-needs-value", -1),
      known("Expected parameter for option '(.*)' but found '(.*)'", "arg.option-value-found", -1),
      known("Unmatched argument at index (\\d+): '(.*)'", "arg.unmatched", -1),
      known("Unmatched arguments from index (\\d+): (.*)", "arg.unmatched-many", -1),
      known("option '(.*)' \\((.*)\\) should be specified only once", "arg.once", -1),
      known("Invalid value for option '(.*)': expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'",
          "arg.enum", -1),
      known("Invalid value for option '(.*)': (.*)", "arg.invalid-option", 1),
      known("Invalid value for positional parameter at index (\\d+) \\((.*)\\): (.*)", "arg.invalid-positional", 2),
      known("'(.*)' is not a date; write it as yyyy-MM-dd, e.g. 2024-06-05", "arg-date", -1),
      known("'(.*)' is not a whole number this command accepts \\(too large\\)", "arg-whole-too-large", -1),
      known("'(.*)' is not a whole number", "arg-whole", -1),
      known("'(.*)' is neither a number of cards \\(0 or more\\) nor 'all'", "arg-cards", -1));

  private static Known known(String regex, String key, int nested) {
    return new Known(Pattern.compile(regex, Pattern.DOTALL), key, nested);
  }

  /** A picocli message as a message of the command's catalogue. */
  static Message of(String text) {
    for (Known k : KNOWN) {
      Matcher m = k.pattern().matcher(text);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = i == k.nested() ? of(m.group(i + 1)) : m.group(i + 1);
        }
        Message message = UserException.message(k.key(), args);
        if (message.text(Locale.ROOT).equals(text)) {
          return message;
        }
      }
    }
    return UserException.message("arg.untranslated", text);
  }
}
