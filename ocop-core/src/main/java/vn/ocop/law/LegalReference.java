package vn.ocop.law;

import vn.ocop.NullArgumentException;


/**
 * A pointer into the law: an instrument and the provision within it, e.g. Decision 148/QĐ-TTg,
 * "Phụ lục I, bộ 01". Immutable and thread-safe.
 *
 * @param instrument the instrument; not null
 * @param provision the article, clause or appendix, as the law writes it; not null, may be empty
 */
public record LegalReference(Instrument instrument, String provision) {

  /**
   * Checks the components.
   *
   * @param instrument the instrument; not null
   * @param provision the article, clause or appendix; not null, may be empty
   * @throws NullArgumentException if a component is null
   */
  public LegalReference {
    NullArgumentException.check(instrument, "instrument");
    NullArgumentException.check(provision, "provision");
  }

  /**
   * {@return a reference to a provision of an instrument}
   *
   * @param instrument the instrument
   * @param provision the article, clause or appendix; may be empty
   */
  public static LegalReference of(Instrument instrument, String provision) {
    return new LegalReference(instrument, provision);
  }

  @Override
  public String toString() {
    return provision.isEmpty() ? "Quyết định " + instrument.number() : "Quyết định " + instrument.number() + ", " + provision;
  }
}
