package vn.ocop.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.Instrument;
import vn.ocop.law.LegalReference;

/**
 * The criteria catalogue of one instrument: its part maxima, product groups, product sets and —
 * where the instrument's tables are held at option level — each set's {@link Scorecard}. Decisions
 * 148/QĐ-TTg and 26/2026/QĐ-TTg are held at option level (26 scorecards each); Decision 1048/QĐ-TTg at
 * part level only (no scorecards: rounds under it are scored per part). Immutable and thread-safe.
 *
 * <p>Obtain the bundled catalogues from {@link Catalogues}.
 */
@OcopStyle
@Value.Immutable
public abstract class Catalogue {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Catalogue() {}


  /** {@return the instrument the catalogue belongs to} */
  public abstract Instrument instrument();

  /** {@return where the scorecard tables stand in the law, e.g. "Phụ lục I"} */
  public abstract LegalReference source();

  /** {@return the maximum points of each part under this instrument} */
  public abstract Map<Part, Integer> partMaxima();

  /** {@return the product groups, in the instrument's order} */
  public abstract List<ProductGroup> productGroups();

  /** {@return the product sets, in the instrument's order} */
  public abstract List<ProductSet> productSets();

  /** {@return the option-level scorecards by product-set code; empty for a part-level catalogue} */
  public abstract Map<String, Scorecard> scorecards();

  /**
   * {@return the maximum of a part under this instrument}
   *
   * @param part the part
   */
  public int partMaximum(Part part) {
    return partMaxima().get(part);
  }

  /** {@return whether this catalogue holds option-level scorecards (true for 148, false for 1048)} */
  public boolean isOptionLevel() {
    return !scorecards().isEmpty();
  }

  /**
   * {@return the product set with the given code ({@code 148/01}) or number ({@code 1}, {@code 01}), if any}
   *
   * @param codeOrNumber the set's code or number
   */
  public Optional<ProductSet> findProductSet(String codeOrNumber) {
    String code = codeOrNumber.contains("/") ? codeOrNumber : instrument().shortCode() + "/" + pad(codeOrNumber);
    return productSets().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * The product set with the given code or number.
   *
   * @param codeOrNumber the set's code or number
   * @return the product set
   * @throws IllegalArgumentException naming the known codes if there is none
   */
  public ProductSet productSet(String codeOrNumber) {
    return findProductSet(codeOrNumber).orElseThrow(() -> new IllegalArgumentException(
        "No product set '" + codeOrNumber + "' in the catalogue of " + instrument() + "; known: "
            + productSets().stream().map(ProductSet::code).collect(Collectors.joining(", "))));
  }

  /**
   * {@return the scorecard of a product set, if this catalogue is option-level}
   *
   * @param set the product set
   */
  public Optional<Scorecard> scorecard(ProductSet set) {
    return Optional.ofNullable(scorecards().get(set.code()));
  }

  /**
   * The group a product set belongs to.
   *
   * @param set the product set
   * @return its product group
   * @throws CatalogueException if the catalogue has no group of that code
   */
  public ProductGroup groupOf(ProductSet set) {
    return productGroups().stream().filter(g -> g.code().equals(set.groupCode())).findFirst()
        .orElseThrow(() -> CatalogueException.inEntry(set.code(), "unknown product group " + set.groupCode()));
  }

  private static String pad(String number) {
    String n = number.trim();
    return n.length() == 1 ? "0" + n : n;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalogue}. */
  public static final class Builder extends ImmutableCatalogue.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the catalogue: a maximum for every part, summing to 100; product sets of its instrument, each in a known group;
   * scorecards matching its product sets and part maxima.
   *
   * @throws CatalogueException naming the entry at fault
   */
  @Value.Check
  protected void check() {
    for (Part p : Part.values()) {
      if (!partMaxima().containsKey(p)) {
        throw CatalogueException.inEntry(instrument().shortCode(), "no maximum for part " + p);
      }
    }
    int total = partMaxima().values().stream().mapToInt(Integer::intValue).sum();
    if (total != 100) {
      throw CatalogueException.inEntry(instrument().shortCode(), "part maxima sum to " + total + ", not 100");
    }
    for (ProductSet s : productSets()) {
      if (s.instrument() != instrument()) {
        throw CatalogueException.inEntry(s.code(), "product set belongs to " + s.instrument() + ", not " + instrument());
      }
      groupOf(s);
    }
    for (Map.Entry<String, Scorecard> e : scorecards().entrySet()) {
      Scorecard card = e.getValue();
      String where = card.source().map(src -> src + ": ").orElse("");
      if (!card.productSet().code().equals(e.getKey()) || !productSets().contains(card.productSet())) {
        throw CatalogueException.inEntry(e.getKey(), where + "scorecard does not match a product set of the catalogue");
      }
      for (ScorecardPart part : card.parts()) {
        if (part.maxPoints() != partMaximum(part.part())) {
          throw new CatalogueException(card.source().orElse(null), 0, e.getKey(),
              "part " + part.part() + " has maximum " + part.maxPoints() + " but " + instrument() + " sets " + partMaximum(part.part()));
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Catalogue of " + instrument() + " (" + productSets().size() + " product sets, "
        + (isOptionLevel() ? "option level" : "part level") + ")";
  }
}
