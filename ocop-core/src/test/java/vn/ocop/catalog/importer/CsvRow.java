package vn.ocop.catalog.importer;

/**
 * One record of a Decision 148 CSV ({@code title,description,level,stars,score}).
 *
 * @param row the record number, the header being row 1 (what a spreadsheet shows)
 * @param line the physical line the record starts on (records may span lines)
 */
record CsvRow(int row, int line, String title, String description, String level, String stars, String score) {

  CsvRow withScore(String newScore) {
    return new CsvRow(row, line, title, description, level, stars, newScore);
  }
}
