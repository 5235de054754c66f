package vn.ocop.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * No rule pack can decide a round on its date: no national pack covers the date, the date falls in
 * the gap of the two-tier reform, or a district round is dated after districts were abolished. The
 * message names the nearest packs and says why.
 *
 * @since 0.1.0
 */
public final class NoRulePackInForceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final String province;
  private final transient List<String> nearestPacks;

  NoRulePackInForceException(LocalDate date, String province, List<String> nearestPacks, String message) {
    super(message);
    this.date = date;
    this.province = province;
    this.nearestPacks = List.copyOf(nearestPacks);
  }

  /**
   * The date asked for.
   *
   * @return the council date (or dossier date) no pack covers
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The province asked for.
   *
   * @return the province's id, or {@code ""} when no province was involved
   */
  public String province() {
    return province;
  }

  /**
   * The packs nearest to the date, with their dates, e.g. {@code national/148 (2023-02-24…2025-06-30)}.
   *
   * @return the nearest packs before and after the date, unmodifiable; empty if none
   */
  public List<String> nearestPacks() {
    return nearestPacks;
  }
}
