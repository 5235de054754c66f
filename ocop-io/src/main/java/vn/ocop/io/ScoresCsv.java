package vn.ocop.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Member scores as a council secretary types them into a spreadsheet and saves as CSV: one row per
 * member, product and criterion, UTF-8, comma- or semicolon-separated, with the header
 * {@code member,product,criterion,option}. {@code option} is the chosen option's number (3) or key
 * (A1a/3); left empty, the member judged the criterion's condition not met and it scores 0. Lines
 * starting with {@code #} and blank lines are skipped; cells may be quoted ({@code "…"}, {@code ""}
 * for a quote), and a quoted cell may hold a line break, as spreadsheets write one (the line break
 * is then trimmed away like any space around a cell). Every problem names the file and the line
 * where the row begins, and the column when it is about one cell.
 *
 * <p>Parsed with Jackson's CSV module; read bounded like the JSON files (see {@code docs/formats.md},
 * "Limits"). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScoresCsv {
  private ScoresCsv() {}

  /**
   * One row: a member's choice for one criterion of one product.
   *
   * @param file the CSV file
   * @param line the 1-based line where the row begins
   * @param member the member's id, trimmed
   * @param product the product's id, trimmed
   * @param criterion the criterion's key ({@code A1a}), trimmed
   * @param option the option's number ({@code 3}) or key ({@code A1a/3}), or empty
   */
  public record Row(Path file, int line, String member, String product, String criterion, String option) {
    /**
     * The choice as a scorecard names it.
     *
     * @return {@code A1a/3}, or empty when the row leaves the criterion out
     */
    public Optional<String> choice() {
      if (option.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(option.contains("/") ? option : criterion + "/" + option);
    }
  }

  private static final List<String> HEADER = List.of("member", "product", "criterion", "option");

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Json.MAX_STRING_CHARS)
          .maxDocumentLength(Json.MAX_FILE_BYTES)
          .build())
      .enable(CsvParser.Feature.ALLOW_COMMENTS)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
      .build();

  /**
   * Reads a scores file.
   *
   * @param file the CSV file; not null
   * @return its rows, in file order
   * @throws InputException naming the file and line (and column, where one cell is at fault) of the
   *     first problem, or the file if it is missing or unreadable
   * @throws IllegalArgumentException naming {@code file} if it is null
   */
  public static List<Row> read(Path file) {
    Args.notNull(file, "file");
    String text = Json.readText(file);
    refuseControlCharacters(file, text);
    char separator = separator(text);
    List<Row> rows = new ArrayList<>();
    boolean header = false;
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"').withoutEscapeChar();
    try (CsvParser p = FACTORY.createParser(text)) {
      p.setSchema(schema);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        int line = 0; // the row's line is its first cell's: the array's own location is the previous row's end
        List<String> cells = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          if (cells.isEmpty()) {
            line = p.currentTokenLocation().getLineNr();
          }
          cells.add(p.getText());
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue; // a line of spaces, or of empty quoted cells
        }
        if (!header) {
          List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
          if (!names.equals(HEADER)) {
            throw new InputException(file, line, 1, null, Message.of("csv.header", String.join(",", HEADER),
                String.join(",", cells)), null);
          }
          header = true;
          continue;
        }
        rows.add(row(file, line, cells));
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String m = String.valueOf(e.getOriginalMessage());
      Message problem = m.contains("Missing closing quote") || m.contains("end-of-input")
          ? Message.of("csv.unclosed-quote") : Message.of("csv.syntax", Json.plain(m.lines().findFirst().orElse(m)));
      throw new InputException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), null, problem, e);
    } catch (IOException e) {
      throw new InputException(file, 0, 0, null, Message.of("file.unreadable", Json.plain(String.valueOf(e.getMessage()))), e);
    }
    if (!header) {
      throw new InputException(file, 1, 1, null, Message.of("csv.empty", String.join(",", HEADER)), null);
    }
    return rows;
  }

  private static Row row(Path file, int line, List<String> cells) {
    if (cells.size() != HEADER.size()) {
      throw new InputException(file, line, 0, null, Message.of("csv.cells", cells.size()), null);
    }
    String member = cells.get(0).trim();
    String product = cells.get(1).trim();
    String criterion = cells.get(2).trim();
    String option = cells.get(3).trim();
    for (int c = 0; c < 3; c++) {
      if (cells.get(c).isBlank()) {
        throw new InputException(file, line, 0, null, Message.of("csv.cell-empty", HEADER.get(c), c + 1), null);
      }
    }
    if (!option.isEmpty() && !option.matches("\\d+") && !option.equals(criterion + "/" + option.substring(option.indexOf('/') + 1))) {
      throw new InputException(file, line, 0, null, Message.of("csv.option", option, criterion), null);
    }
    return new Row(file, line, member, product, criterion, option);
  }

  /** {@code ;} when the first row that is not a comment has semicolons and no comma, else {@code ,}. */
  private static char separator(String text) {
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (!line.isBlank() && !line.startsWith("#")) {
        return line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
      }
    }
    return ',';
  }

  /** A control character (other than tab and line breaks) anywhere is refused at its line and column. */
  private static void refuseControlCharacters(Path file, String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
        lineStart = i + 1;
      } else if (ch < 0x20 && ch != '\t' && ch != '\r' || ch == 0x7F) {
        throw new InputException(file, line, i - lineStart + 1, null,
            Message.of("csv.control-char", String.format("%04X", (int) ch)), null);
      }
    }
  }
}
