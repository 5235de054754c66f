package vn.ocop.catalog.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the Decision 148 CSVs: quoted fields may hold commas, quotes and line breaks. */
final class Csv {
  static final List<String> HEADER = List.of("title", "description", "level", "stars", "score");

  private Csv() {}

  /**
   * Parses the text of a CSV file.
   *
   * @throws CsvImportException naming file and row for a malformed record
   */
  static List<CsvRow> parse(String text, String file) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = Normalizer.normalize(t.replace("\r\n", "\n"), Normalizer.Form.NFC);
    List<CsvRow> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int row = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new CsvImportException(file, row, null, "a quote inside an unquoted field (line " + line + ")");
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        add(rows, fields, file, row, recordLine);
        fields = new ArrayList<>();
        line++;
        row++;
        recordLine = line;
      } else {
        if (wasQuoted) {
          throw new CsvImportException(file, row, null, "text after a closing quote (line " + line + ")");
        }
        field.append(c);
      }
    }
    if (quoted) {
      throw new CsvImportException(file, row, null, "a quoted field is not closed before the end of the file");
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      add(rows, fields, file, row, recordLine);
    }
    return rows;
  }

  private static void add(List<CsvRow> rows, List<String> fields, String file, int row, int line) {
    if (row == 1) {
      if (!fields.equals(HEADER)) {
        throw new CsvImportException(file, 1, null, "the header must be " + String.join(",", HEADER) + ", not " + String.join(",", fields));
      }
      return;
    }
    if (fields.size() != HEADER.size()) {
      throw new CsvImportException(file, row, null, "a row has 5 fields (" + String.join(",", HEADER) + "), this one has " + fields.size());
    }
    rows.add(new CsvRow(row, line, fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4)));
  }
}
