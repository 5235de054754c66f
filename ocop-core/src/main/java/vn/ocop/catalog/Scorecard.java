package vn.ocop.catalog;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import vn.ocop.NullArgumentException;
import vn.ocop.OcopStyle;

/**
 * The blank scorecard (phiếu đánh giá) of one product set: parts → groups → criteria → options, as
 * in Decision 148/QĐ-TTg, Appendix III, and Decision 26/2026/QĐ-TTg, Phụ lục II (which adds the grounds on
 * which a dossier is rejected, {@link #disqualifications()}). Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class Scorecard {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Scorecard() {}


  /** {@return the product set the scorecard is for} */
  public abstract ProductSet productSet();

  /** {@return parts A, B and C in that order} */
  public abstract List<ScorecardPart> parts();

  /**
   * The grounds on which a dossier of this product set is rejected outright, in the order the sheet
   * writes them (Decision 26/2026/QĐ-TTg, Phụ lục II: "Hồ sơ bị loại khi: …", "Bị loại nếu …"); empty
   * for catalogues that keep such lines as notes (Decision 148/QĐ-TTg).
   *
   * @return the grounds for disqualification; empty when the sheet lists none
   * @since 0.1
   */
  public abstract List<Disqualification> disqualifications();

  /**
   * The disqualification with the given key or full code ({@code X1} or {@code 26-2026/01/X1}), if any.
   *
   * @param keyOrCode the key or code; not null
   * @return the disqualification, if any
   * @since 0.1
   */
  public Optional<Disqualification> findDisqualification(String keyOrCode) {
    NullArgumentException.check(keyOrCode, "keyOrCode");
    return disqualifications().stream()
        .filter(d -> d.code().equals(keyOrCode) || d.key().equals(keyOrCode)).findFirst();
  }

  /** {@return where the scorecard was read from (file or resource name), for messages; empty when built in code} */
  public abstract Optional<String> source();

  /**
   * {@return the part with the given letter}
   *
   * @param part the part
   */
  public ScorecardPart part(Part part) {
    return parts().get(part.ordinal());
  }

  /** {@return every group in table order} */
  public Stream<CriterionGroup> groups() {
    return parts().stream().flatMap(p -> p.groups().stream());
  }

  /** {@return every criterion in table order} */
  @Value.Lazy
  public List<Criterion> criteria() {
    return groups().flatMap(g -> g.criteria().stream()).collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  @Value.Lazy
  Map<String, Criterion> criteriaByKey() {
    ImmutableMap.Builder<String, Criterion> b = ImmutableMap.builder();
    criteria().forEach(c -> b.put(c.key(), c));
    return b.buildOrThrow();
  }

  @Value.Lazy
  Map<String, CriterionGroup> groupOfCriterion() {
    ImmutableMap.Builder<String, CriterionGroup> b = ImmutableMap.builder();
    groups().forEach(g -> g.criteria().forEach(c -> b.put(c.key(), g)));
    return b.buildOrThrow();
  }

  /**
   * {@return the criterion with the given key or full code ({@code A1a} or {@code 148/01/A1a})}
   *
   * @param codeOrKey the criterion's key or full code
   */
  public Optional<Criterion> findCriterion(String codeOrKey) {
    String key = codeOrKey.startsWith(productSet().code() + "/") ? Codes.key(codeOrKey) : codeOrKey;
    return Optional.ofNullable(criteriaByKey().get(key));
  }

  /**
   * The group a criterion of this scorecard belongs to.
   *
   * @param criterion a criterion of this scorecard
   * @return its group
   * @throws IllegalArgumentException if the criterion is not on this scorecard
   */
  public CriterionGroup groupOf(Criterion criterion) {
    CriterionGroup g = groupOfCriterion().get(criterion.key());
    if (g == null) {
      throw new IllegalArgumentException("Criterion " + criterion.code() + " is not on scorecard " + productSet().code());
    }
    return g;
  }

  /** {@return the sum of the part maxima (100 for every instrument so far)} */
  public int maxPoints() {
    return parts().stream().mapToInt(ScorecardPart::maxPoints).sum();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scorecard}. */
  public static final class Builder extends ImmutableScorecard.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the scorecard: parts A, B and C in order, group and criterion codes of its product set and
   * unique, disqualifications of its product set.
   *
   * @throws CatalogueException naming the entry at fault
   */
  @Value.Check
  protected void check() {
    if (parts().size() != Part.values().length) {
      throw CatalogueException.inEntry(productSet().code(), "a scorecard has parts A, B and C, found " + parts().size());
    }
    for (int i = 0; i < parts().size(); i++) {
      if (parts().get(i).part() != Part.values()[i]) {
        throw CatalogueException.inEntry(productSet().code(), "parts must be A, B, C in that order");
      }
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    groups().forEach(g -> {
      if (!Codes.setCode(g.code()).equals(productSet().code())) {
        throw CatalogueException.inEntry(g.code(), "group code does not belong to product set " + productSet().code());
      }
      if (!seen.add(g.code())) {
        throw CatalogueException.inEntry(g.code(), "duplicate code");
      }
      g.criteria().forEach(c -> {
        if (!seen.add(c.code())) {
          throw CatalogueException.inEntry(c.code(), "duplicate code");
        }
      });
    });
    for (Disqualification d : disqualifications()) {
      if (!Codes.setCode(d.code()).equals(productSet().code())) {
        throw CatalogueException.inEntry(d.code(), "disqualification code does not belong to product set " + productSet().code());
      }
      if (!seen.add(d.code())) {
        throw CatalogueException.inEntry(d.code(), "duplicate code");
      }
      if (d.criterion().isPresent() && findCriterion(d.criterion().get()).isEmpty()) {
        throw CatalogueException.inEntry(d.code(), "disqualification names criterion " + d.criterion().get()
            + ", which is not on scorecard " + productSet().code());
      }
    }
  }

  @Override
  public String toString() {
    return "Scorecard " + productSet();
  }
}
