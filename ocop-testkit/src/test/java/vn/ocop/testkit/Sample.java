package vn.ocop.testkit;

import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicReference;
import org.quicktheories.core.Gen;

/**
 * Draws one value from a generator with a fixed seed, outside a property: the fifth example, since
 * QuickTheories tries the simplest values first.
 */
final class Sample {
  private Sample() {}

  static <T> T of(Gen<T> gen, long seed) {
    AtomicReference<T> value = new AtomicReference<>();
    qt().withFixedSeed(seed).withExamples(5).forAll(gen).checkAssert(value::set);
    return value.get();
  }
}
