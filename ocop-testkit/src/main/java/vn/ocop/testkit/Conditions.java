package vn.ocop.testkit;

/**
 * How a sheet generator treats the conditions written into a scorecard (a criterion that "only
 * applies when the product has a story", {@link vn.ocop.catalog.Condition}): the council judges each
 * condition once per product; when it is not met, every criterion carrying it is left unanswered and
 * scores 0.
 *
 * @since 0.2
 */
public enum Conditions {
  /** Every condition met: every criterion is answered (except the unchosen cases of one-case groups). */
  MET,
  /** Every condition not met: the criteria carrying one are left unanswered. */
  NOT_MET,
  /** Each condition drawn for each product, met three times in four; shrinks towards met. */
  EITHER
}
