package vn.ocop.scoring;

import java.util.Optional;

/**
 * A scorecard that cannot be scored against the catalogue: an option that does not belong to its
 * criterion, two options or none for a criterion, a sheet for another product set, points above a
 * part's maximum. The message names the product, member, criterion and option concerned; so do the
 * fields.
 */
public class ScoringException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String product;
  private final String member;
  private final String criterion;
  private final String option;

  /**
   * A score sheet that cannot be scored.
   *
   * @param product the product's id; not null
   * @param member the member's id, or null
   * @param criterion the criterion's code, or null
   * @param option the option as given on the sheet, or null
   * @param message the whole message
   */
  public ScoringException(String product, String member, String criterion, String option, String message) {
    super(message);
    this.product = product;
    this.member = member;
    this.criterion = criterion;
    this.option = option;
  }

  /** {@return the id of the product at fault} */
  public String product() {
    return product;
  }

  /** {@return the id of the member at fault, if known} */
  public Optional<String> member() {
    return Optional.ofNullable(member);
  }

  /** {@return the code of the criterion at fault, if known} */
  public Optional<String> criterion() {
    return Optional.ofNullable(criterion);
  }

  /** {@return the option at fault, as given on the sheet, if known} */
  public Optional<String> option() {
    return Optional.ofNullable(option);
  }
}
