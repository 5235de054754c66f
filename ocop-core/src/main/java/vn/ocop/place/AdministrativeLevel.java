package vn.ocop.place;

/**
 * A level of Vietnamese local government. Districts (cấp huyện) were abolished on 1 July 2025,
 * when local government became two-tier (province and commune).
 */
public enum AdministrativeLevel {
  PROVINCE("tỉnh/thành phố", "province"),
  DISTRICT("huyện/quận/thị xã/thành phố thuộc tỉnh", "district"),
  COMMUNE("xã/phường/thị trấn", "commune");

  private final String nameVi;
  private final String nameEn;

  AdministrativeLevel(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }
}
