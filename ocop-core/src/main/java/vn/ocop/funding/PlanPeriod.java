package vn.ocop.funding;

/**
 * A year or a range of years that a plan line covers, both ends inclusive: {@code 2020}, or
 * {@code 2021–2025} when a plan gives one figure for a whole stage (giai đoạn). Immutable.
 *
 * @param fromYear the first year
 * @param toYear the last year, not before {@code fromYear}
 */
public record PlanPeriod(int fromYear, int toYear) implements Comparable<PlanPeriod> {

  /**
   * Creates the record, checking its components.
   *
   * @param fromYear the first year
   * @param toYear the last year, not before {@code fromYear}
   * @throws IllegalArgumentException if {@code toYear} is before {@code fromYear}
   */
  public PlanPeriod {
    if (toYear < fromYear) {
      throw new IllegalArgumentException("Period " + fromYear + "–" + toYear + " ends before it begins");
    }
  }

  /**
   * {@return a single year}
   *
   * @param year the year
   */
  public static PlanPeriod year(int year) {
    return new PlanPeriod(year, year);
  }

  /**
   * {@return the years {@code from} to {@code to}, inclusive}
   *
   * @param from the first year
   * @param to the last year, not before {@code from}
   */
  public static PlanPeriod years(int from, int to) {
    return new PlanPeriod(from, to);
  }

  /**
   * Reads {@code 2020} or {@code 2021-2025} (hyphen or en dash).
   *
   * @param text the text
   * @return the period
   * @throws IllegalArgumentException if the text is neither
   */
  public static PlanPeriod parse(String text) {
    String t = text.trim();
    if (t.matches("\\d{4}")) {
      return year(Integer.parseInt(t));
    }
    if (t.matches("\\d{4}\\s*[-–]\\s*\\d{4}")) {
      String[] p = t.split("\\s*[-–]\\s*");
      return years(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
    throw new IllegalArgumentException("'" + text + "' is not a year (2020) nor a range of years (2021-2025)");
  }

  /**
   * Whether the period covers a year.
   *
   * @param year the year
   * @return whether {@code year} is one of the period's years
   */
  public boolean contains(int year) {
    return year >= fromYear && year <= toYear;
  }

  /**
   * {@return whether this period lies within {@code other}}
   *
   * @param other the other period
   */
  public boolean isWithin(PlanPeriod other) {
    return fromYear >= other.fromYear && toYear <= other.toYear;
  }

  /**
   * Whether two periods share a year.
   *
   * @param other the other period
   * @return whether this period and {@code other} have a year in common
   */
  public boolean overlaps(PlanPeriod other) {
    return fromYear <= other.toYear && other.fromYear <= toYear;
  }

  @Override
  public int compareTo(PlanPeriod o) {
    return fromYear != o.fromYear ? Integer.compare(fromYear, o.fromYear) : Integer.compare(toYear, o.toYear);
  }

  @Override
  public String toString() {
    return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "–" + toYear;
  }
}
