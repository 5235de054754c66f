package vn.ocop.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal to ocop, not API: may change or go in any release. Numbers the option keys and codes that
 * score sheets choose ({@code A1a/3}, {@code 148/01/A1a/3}), one number per distinct string for the
 * life of the process, so that a sheet can carry its choices as numbers as well as strings and
 * scoring can look them up in an array instead of hashing strings (docs/performance.md, "Choices as
 * numbers").
 *
 * <p>Bounded, because sheets come from outside: a string longer than {@link #MAX_LENGTH} is never
 * numbered, and once {@link #CAPACITY} strings are numbered no further one is. A string without a
 * number ({@code 0}) is scored by its text, exactly as a numbered one, only slower. So a process fed
 * many made-up choices keeps at most {@code CAPACITY × MAX_LENGTH} characters here and never scores
 * differently. Thread-safe; numbers never change once given.
 */
public final class ChoiceSymbols {
  /** The most strings numbered: numbers 1 to 65,535 fit a {@code char}. */
  public static final int CAPACITY = Character.MAX_VALUE;
  /** The longest string numbered; every option code of the bundled catalogues is under 20 characters. */
  public static final int MAX_LENGTH = 48;

  private static final ChoiceSymbols GLOBAL = new ChoiceSymbols(CAPACITY, MAX_LENGTH);

  private final int capacity;
  private final int maxLength;
  private final ConcurrentHashMap<String, Character> numbers = new ConcurrentHashMap<>();
  private int count;

  /** A table of its own (tests); the library uses {@link #global()}. */
  ChoiceSymbols(int capacity, int maxLength) {
    if (capacity < 0 || capacity > CAPACITY) {
      throw new IllegalArgumentException("capacity " + capacity + " is not within 0 to " + CAPACITY);
    }
    this.capacity = capacity;
    this.maxLength = maxLength;
  }

  /** {@return the process's table, which sheets and scorecard indexes share} */
  public static ChoiceSymbols global() {
    return GLOBAL;
  }

  /**
   * The number of a string, given now if it has none and there is room.
   *
   * @param choice an option key or code, as a sheet gives it
   * @return its number, 1 to {@link #CAPACITY}, or 0 if it has none (too long, or the table is full)
   */
  public int number(String choice) {
    Character known = numbers.get(choice);
    if (known != null) {
      return known;
    }
    if (choice.length() > maxLength) {
      return 0;
    }
    synchronized (this) {
      known = numbers.get(choice);
      if (known != null) {
        return known;
      }
      if (count >= capacity) {
        return 0;
      }
      char number = (char) ++count;
      numbers.put(choice, number);
      return number;
    }
  }

  /**
   * The numbers of a sheet's choices, in the sheet's order.
   *
   * @param choices the sheet's choices
   * @return one number per choice, {@code 0} for a choice without one
   */
  public char[] numbers(List<String> choices) {
    int n = choices.size();
    char[] out = new char[n];
    Object[] recent = this.recent.get();
    String[] strings = (String[]) recent[0];
    char[] numbers = (char[]) recent[1];
    int[] size = (int[]) recent[2];
    for (int i = 0; i < n; i++) {
      out[i] = recent(choices.get(i), strings, numbers, size);
    }
    return out;
  }

  /** log2 of the slots of {@link #recent}. */
  private static final int BITS = 13;

  /**
   * The string instances this thread numbered last ({@code String[]}, {@code char[]} of their numbers,
   * {@code int[1]} of their count), found by identity: the sheets of a round repeat the same few
   * thousand string instances (built in code from a catalogue's keys, or read by a reader that shares
   * its strings), so most choices are found here by {@code ==}, probing from a slot chosen by the
   * string's identity hash, without the shared map's nodes or a comparison of characters. When half
   * full it is emptied and fills again, so it keeps at most 4,096 strings (of at most {@link
   * #MAX_LENGTH} characters) alive per thread. Only a cache: every number it holds is the map's. Per
   * thread, so that it needs no lock (about 48 KB per thread that builds sheets); its value holds JDK
   * types only, so that a thread pool outliving an application (a redeployed web application) does not
   * keep this library's classes loaded.
   */
  private final ThreadLocal<Object[]> recent = ThreadLocal.withInitial(
      () -> new Object[] {new String[1 << BITS], new char[1 << BITS], new int[1]});

  private char recent(String choice, String[] strings, char[] numbers, int[] size) {
    int mask = strings.length - 1;
    int slot = (System.identityHashCode(choice) * 0x9E3779B9) >>> (Integer.SIZE - BITS);
    String found;
    while ((found = strings[slot]) != null) {
      if (found == choice) {
        return numbers[slot];
      }
      slot = (slot + 1) & mask;
    }
    char number = (char) number(choice);
    if (number != 0) {
      if (size[0] == strings.length / 2) {
        java.util.Arrays.fill(strings, null);
        size[0] = 0;
        slot = (System.identityHashCode(choice) * 0x9E3779B9) >>> (Integer.SIZE - BITS);
      }
      strings[slot] = choice;
      numbers[slot] = number;
      size[0]++;
    }
    return number;
  }

  /** {@return how many strings have a number} */
  public synchronized int size() {
    return count;
  }
}
