package vn.ocop.place;

/**
 * A level of Vietnamese local government. Districts (cấp huyện) were abolished on 1 July 2025,
 * when local government became two-tier (province and commune).
 */
public enum AdministrativeLevel {
  /** Province or centrally run city (tỉnh, thành phố trực thuộc trung ương); official codes of 2 digits. */
  PROVINCE("tỉnh/thành phố", "province"),
  /** District-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh) until 30 June 2025; codes of 3 digits. */
  DISTRICT("huyện/quận/thị xã/thành phố thuộc tỉnh", "district"),
  /** Commune-level unit (xã, phường, thị trấn; đặc khu from 1 July 2025); codes of 5 digits. */
  COMMUNE("xã/phường/thị trấn", "commune");

  private final String nameVi;
  private final String nameEn;

  AdministrativeLevel(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the level's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the level's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
