package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A value type's checks run in its builder, so a user's subclass could skip them ({@code new
 * Outcome(){…}} once built a "CERTIFY at 1★" outcome). Every public abstract value type (one with an
 * Immutables implementation, {@code ImmutableX}) therefore has no public or protected constructor.
 */
class ValueTypesCannotBeSubclassedTest {

  private static List<Class<?>> valueTypes() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("Immutable[A-Z][A-Za-z]*\\.class")).toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> value = Class.forName(name.replaceAll("\\.Immutable([A-Z]\\w*)$", ".$1"));
        if (Modifier.isPublic(value.getModifiers()) && Modifier.isAbstract(value.getModifiers())) {
          found.add(value);
        }
      }
    }
    return found;
  }

  @Test
  void noPublicAbstractValueTypeHasAConstructorOutsideItsPackage() throws Exception {
    List<Class<?>> types = valueTypes();
    assertThat(types).as("value types found").hasSizeGreaterThan(20).contains(vn.ocop.evaluation.Outcome.class,
        vn.ocop.round.Round.class, vn.ocop.catalog.Catalogue.class);
    List<String> open = new ArrayList<>();
    for (Class<?> t : types) {
      for (Constructor<?> c : t.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          open.add(c.toString());
        }
      }
    }
    assertThat(open).as("constructors a subclass outside the package could call").isEmpty();
  }
}
