package vn.ocop.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Member scores as a council secretary types them into a spreadsheet and saves as CSV: one row per
 * member, product and criterion, UTF-8, comma- or semicolon-separated, with the header
 * {@code member,product,criterion,option}. {@code option} is the chosen option's number (3) or key
 * (A1a/3); left empty, the member judged the criterion's condition not met and it scores 0. Lines
 * starting with {@code #} and blank lines are skipped. Every problem names file and line.
 */
public final class ScoresCsv {
  private ScoresCsv() {}

  /** One row: a member's choice for one criterion of one product. */
  public record Row(Path file, int line, String member, String product, String criterion, String option) {
    /** The choice as a scorecard names it ({@code A1a/3}), or empty when the row leaves it out. */
    public java.util.Optional<String> choice() {
      if (option.isEmpty()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(option.contains("/") ? option : criterion + "/" + option);
    }
  }

  private static final List<String> HEADER = List.of("member", "product", "criterion", "option");

  /**
   * Reads a scores file.
   *
   * @throws InputException naming the file and line of the first problem
   */
  public static List<Row> read(Path file) {
    String text = Json.readText(file);
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    char sep = 0;
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (sep == 0) {
        sep = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
      }
      for (int c = 0; c < line.length(); c++) {
        if (line.charAt(c) < 0x20 && line.charAt(c) != '\t' && line.charAt(c) != '\r' || line.charAt(c) == 0x7F) {
          throw new InputException(file, lineNo, c + 1, null, String.format(
              "a cell contains the control character U+%04X; remove it", (int) line.charAt(c)));
        }
      }
      List<String> cells = split(file, lineNo, line, sep);
      if (!header) {
        List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(HEADER)) {
          throw new InputException(file, lineNo, 1, null, "the first line must be the header "
              + String.join(",", HEADER) + ", found " + String.join(",", cells));
        }
        header = true;
        continue;
      }
      if (cells.size() != HEADER.size()) {
        throw new InputException(file, lineNo, 0, null, "expected 4 cells (member, product, criterion, option), found "
            + cells.size());
      }
      String member = cells.get(0).trim();
      String product = cells.get(1).trim();
      String criterion = cells.get(2).trim();
      String option = cells.get(3).trim();
      if (member.isEmpty() || product.isEmpty() || criterion.isEmpty()) {
        throw new InputException(file, lineNo, 0, null, "member, product and criterion may not be empty");
      }
      if (!option.isEmpty() && !option.matches("\\d+") && !option.equals(criterion + "/" + option.substring(option.indexOf('/') + 1))) {
        throw new InputException(file, lineNo, 0, null, "option '" + option + "' is neither an option number (3) nor "
            + criterion + "/<number>");
      }
      rows.add(new Row(file, lineNo, member, product, criterion, option));
    }
    if (!header) {
      throw new InputException(file, 1, 1, null, "the file is empty; it needs the header " + String.join(",", HEADER));
    }
    return rows;
  }

  private static List<String> split(Path file, int lineNo, String line, char sep) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == sep) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new InputException(file, lineNo, line.length(), null, "a quoted cell is not closed");
    }
    cells.add(cell.toString());
    return cells;
  }
}
