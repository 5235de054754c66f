package vn.ocop.rules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The round being decided, as rules see it. One per evaluation.
 *
 * @param roundId the round's id, e.g. {@code kien-giang/2024/1/province}
 * @param province the province slug, e.g. {@code kien-giang}
 * @param district the district slug of a district round, else {@code ""}
 * @param level the council level: {@code DISTRICT}, {@code PROVINCE} or {@code CENTRAL}
 * @param councilDate the day the council met
 * @param year the programme year
 * @param sequence the round's number in the year (1, 2)
 * @param procedure the short code of the procedure in force: {@code 1048}, {@code 148} or {@code 1489}
 * @param councilSize the number of members on the council
 * @param chairId the chair's member id
 * @param products the number of products submitted
 */
// Class-reactive: facts are never modified (the rule sandbox refuses modify and update), so the engine has
// no properties to watch; a condition on the round that also reads a finding's stars (the shared authority
// rules: RoundFact(level == "PROVINCE", $s == 4)) is then not reported as "not relevant to this pattern".
@org.kie.api.definition.type.ClassReactive
public record RoundFact(
    String roundId,
    String province,
    String district,
    String level,
    LocalDate councilDate,
    int year,
    int sequence,
    String procedure,
    int councilSize,
    String chairId,
    int products) {

  /**
   * Checks the components.
   *
   * @param roundId the round's id, e.g. {@code kien-giang/2024/1/province}
   * @param province the province slug, e.g. {@code kien-giang}
   * @param district the district slug of a district round, else {@code ""}
   * @param level the council level: {@code DISTRICT}, {@code PROVINCE} or {@code CENTRAL}
   * @param councilDate the day the council met
   * @param year the programme year
   * @param sequence the round's number in the year (1, 2)
   * @param procedure the short code of the procedure in force: {@code 1048}, {@code 148} or {@code 1489}
   * @param councilSize the number of members on the council
   * @param chairId the chair's member id
   * @param products the number of products submitted
   * @throws vn.ocop.NullArgumentException if a text component or {@code councilDate} is null
   */
  public RoundFact {
    vn.ocop.NullArgumentException.check(roundId, "roundId");
    vn.ocop.NullArgumentException.check(province, "province");
    vn.ocop.NullArgumentException.check(district, "district");
    vn.ocop.NullArgumentException.check(level, "level");
    vn.ocop.NullArgumentException.check(councilDate, "councilDate");
    vn.ocop.NullArgumentException.check(procedure, "procedure");
    vn.ocop.NullArgumentException.check(chairId, "chairId");
  }

  /**
   * The month (1–12) of the council date.
   *
   * @return the council date's month
   */
  public int councilMonth() {
    return councilDate.getMonthValue();
  }

  /**
   * Whether the council met after {@code day} of the month that {@code monthsBySequence} gives for
   * this round's sequence (round 1 → first month, round 2 → second). False when the list has no
   * month for the sequence.
   *
   * @param monthsBySequence the deadline month of each round, first round first
   * @param day the day of that month (a day past the month's end means its last day)
   * @return true if the council date is after that day of the council's year
   */
  public boolean meetsAfterDayOfMonthFor(List<Integer> monthsBySequence, int day) {
    if (sequence < 1 || sequence > monthsBySequence.size()) {
      return false;
    }
    int month = monthsBySequence.get(sequence - 1);
    LocalDate limit = LocalDate.of(councilDate.getYear(), month, Math.min(day, 28));
    limit = limit.withDayOfMonth(Math.min(day, limit.lengthOfMonth()));
    return councilDate.isAfter(limit);
  }

  /**
   * Whether the council met after {@code month}/{@code day} of its own year.
   *
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return true if the council date is after that date
   * @throws java.time.DateTimeException if {@code month}/{@code day} is not a date of the council's year
   */
  public boolean meetsAfter(int month, int day) {
    return councilDate.isAfter(LocalDate.of(councilDate.getYear(), month, day));
  }
}
