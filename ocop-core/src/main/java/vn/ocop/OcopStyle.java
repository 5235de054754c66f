package vn.ocop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: implementations are package-private and never seen by
 * users, builders are strict (an attribute set twice is an error) and {@code build()} returns the
 * abstract type. A value type declares {@code public static final class Builder extends
 * ImmutableX.Builder {}} and a {@code builder()} factory, so users write {@code X.builder()}.
 *
 * <p>This annotation is part of the library's build, not of its API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    defaults = @Value.Immutable(copy = true))
public @interface OcopStyle {}
