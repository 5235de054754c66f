package vn.ocop.catalog.importer;

import java.util.Optional;
import vn.ocop.catalog.CatalogueException;

/**
 * A row of a Decision 148 CSV, or a line of the corrections file, that the importer cannot
 * reconcile. The message names the file and the CSV row (the header is row 1, as a spreadsheet
 * numbers them) and, where there is one, the code of the entry at fault; when several rows of a
 * file are at fault the message lists them all and the fields name the first.
 *
 * @since 0.1
 */
public class CsvImportException extends CatalogueException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int row;

  /**
   * @param file the CSV or corrections file name; not null
   * @param row the CSV row (header = row 1) or corrections-file line, or 0 when unknown
   * @param entry the code of the entry at fault, or null
   * @param problem what is wrong
   */
  public CsvImportException(String file, int row, String entry, String problem) {
    super(row > 0 ? file + ", row " + row : file, 0, entry, problem);
    this.file = file;
    this.row = row;
  }

  /** The file at fault. */
  public String file() {
    return file;
  }

  /** The CSV row at fault (the header is row 1), or 0 when unknown. */
  public int row() {
    return row;
  }

  /** The file and row, e.g. {@code set-07-….csv, row 116}. */
  public Optional<String> where() {
    return source();
  }
}
