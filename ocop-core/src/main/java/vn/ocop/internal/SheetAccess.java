package vn.ocop.internal;

import java.lang.invoke.MethodHandles;
import java.util.function.Function;
import vn.ocop.round.MemberScorecard;

/**
 * Internal to ocop, not API: may change or go in any release. Lets scoring read what a {@link
 * MemberScorecard} keeps for it and does not publish: its choices as {@link ChoiceSymbols} numbers.
 * Only {@code MemberScorecard} itself can install the reader, once, as its class is initialised.
 */
public final class SheetAccess {
  /**
   * Set once, inside {@code MemberScorecard}'s static initialiser: a thread holding a sheet has seen
   * that class initialised, which makes the write visible to it without {@code volatile}.
   */
  private static Function<MemberScorecard, char[]> numbers;

  private SheetAccess() {}

  /**
   * Installs the reader; called by {@code MemberScorecard}'s static initialiser.
   *
   * @param lookup the caller's full-privilege lookup, which must be {@code MemberScorecard}'s
   * @param reader the reader of a sheet's choice numbers
   * @throws IllegalStateException if the lookup is not {@code MemberScorecard}'s, or a reader is installed
   */
  public static synchronized void install(MethodHandles.Lookup lookup, Function<MemberScorecard, char[]> reader) {
    if (lookup.lookupClass() != MemberScorecard.class || (lookup.lookupModes() & MethodHandles.Lookup.PRIVATE) == 0) {
      throw new IllegalStateException("only MemberScorecard installs its reader");
    }
    if (numbers != null) {
      throw new IllegalStateException("the reader of MemberScorecard is installed already");
    }
    numbers = reader;
  }

  /**
   * A sheet's choices as numbers ({@link ChoiceSymbols#global()}), one per choice in the sheet's order,
   * {@code 0} for a choice without a number; or {@code null} if the sheet has none (then every choice
   * is scored by its text).
   *
   * @param sheet a sheet (its class is initialised, so the reader is installed)
   * @return the numbers, not to be modified, or {@code null}
   */
  public static char[] numbers(MemberScorecard sheet) {
    return numbers.apply(sheet);
  }
}
