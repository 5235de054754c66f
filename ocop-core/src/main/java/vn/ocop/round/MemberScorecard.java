package vn.ocop.round;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.internal.ChoiceSymbols;
import vn.ocop.internal.SheetAccess;

/**
 * One council member's filled-in score sheet for one product (phiếu chấm điểm): one option per
 * criterion, named by option key ({@code A1a/3}) or full code ({@code 148/01/A1a/3}). A criterion
 * whose {@link vn.ocop.catalog.Condition condition} the member judges not met is left out and scores
 * 0. Choices are checked against the catalogue when the round is scored, never silently dropped.
 * Immutable and thread-safe.
 *
 * <p>Building a sheet also numbers its choices, once, for scoring: each distinct choice text gets a
 * number for the life of the process, so that scoring looks the sheet's choices up in an array instead
 * of hashing their text, and a round kept and evaluated again (as a portal does on every edit) pays for
 * the lookup once. The numbering is bounded, since sheets come from outside: at most 65,535 distinct
 * texts of up to 48 characters; a choice beyond that is scored by its text, with the same result. It
 * is not part of the value: equality, hash code and text are those of the member, product set and
 * choices.
 *
 * <pre>{@code
 * MemberScorecard sheet = MemberScorecard.builder()
 *     .member("m1")
 *     .choose("A1a/3", "A1b/2", "A1c/2")
 *     .build();
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class MemberScorecard {
  static {
    SheetAccess.install(MethodHandles.lookup(), sheet -> sheet.numbers);
  }

  /**
   * The choices as {@link ChoiceSymbols} numbers, in the same order, made once as the sheet is built
   * ({@link #number}) so that scoring looks each choice up in an array rather than hashing its text;
   * not part of the value (equality, hash code and text ignore it). Set before the sheet leaves its
   * builder; a reader that still finds it {@code null} scores by the text.
   */
  private char[] numbers;

  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  MemberScorecard() {}

  /** Numbers the choices ({@link #numbers}); run by the generated builder on every instance it makes. */
  @Value.Check
  void number() {
    numbers = ChoiceSymbols.global().numbers(choices());
  }

  /** {@return the id of the council member who filled in the sheet} */
  public abstract String member();

  /**
   * The product set the sheet was printed for, if the sheet says; a sheet for another set than the
   * product's is an error.
   *
   * @return the product set's code, if the sheet names one
   */
  public abstract Optional<String> productSet();

  /** {@return the chosen options, in the order given} */
  public abstract List<String> choices();

  /**
   * A sheet by {@code member} with the given choices.
   *
   * @param member the id of the council member who filled it in
   * @param choices the chosen options, by key ({@code A1a/3}) or code ({@code 148/01/A1a/3})
   * @return the sheet
   */
  public static MemberScorecard of(String member, String... choices) {
    return builder().member(member).choose(choices).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MemberScorecard}. */
  public static final class Builder extends ImmutableMemberScorecard.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}

    /**
     * Adds chosen options.
     *
     * @param options the options, by key ({@code A1a/3}) or code ({@code 148/01/A1a/3})
     * @return this builder
     */
    public Builder choose(String... options) {
      addChoices(options);
      return this;
    }
  }

  @Override
  public String toString() {
    return "MemberScorecard[" + member() + ", " + choices().size() + " choices]";
  }
}
