package vn.ocop.rules.facts;

import java.util.Locale;

/** Display names of dossier items for rule messages, e.g. {@code Dossier.nameVi("BUSINESS_PLAN")}. */
public final class Dossier {
  private Dossier() {}

  /**
   * The Vietnamese name of a dossier item, or the name itself if it is not a known item.
   *
   * @param item a {@code DossierItem} name, e.g. {@code BUSINESS_PLAN} (case and blanks ignored)
   * @return the item's Vietnamese name, or {@code item} unchanged
   */
  public static String nameVi(String item) {
    return find(item) == null ? item : find(item).nameVi();
  }

  /**
   * The English name of a dossier item, or the name itself if it is not a known item.
   *
   * @param item a {@code DossierItem} name, e.g. {@code BUSINESS_PLAN} (case and blanks ignored)
   * @return the item's English name, or {@code item} unchanged
   */
  public static String nameEn(String item) {
    return find(item) == null ? item : find(item).nameEn();
  }

  private static vn.ocop.round.DossierItem find(String item) {
    try {
      return vn.ocop.round.DossierItem.valueOf(item.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
