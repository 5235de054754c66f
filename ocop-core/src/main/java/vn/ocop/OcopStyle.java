package vn.ocop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: implementations are package-private and never seen by
 * users, builders are strict (an attribute set twice is an error), a null given to a builder throws a
 * {@link NullArgumentException} naming the attribute, and {@code build()} returns the
 * abstract type. A value type declares {@code public static final class Builder extends
 * ImmutableX.Builder {}} and a {@code builder()} factory, so users write {@code X.builder()}.
 *
 * <p>This annotation is part of the library's build, not of its API: source retention, so that
 * applications compiling against ocop need no Immutables classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    defaults = @Value.Immutable(copy = true),
    // a null given to a builder names the attribute, never a bare NullPointerException (issue 14)
    throwForNullPointer = NullArgumentException.class,
    // no @org.immutables.value.Generated on generated classes: it would make javac warn in every
    // application that compiles against ocop without Immutables on its class path (the list may
    // not be empty, since empty means "allow all")
    allowedClasspathAnnotations = {Override.class})
public @interface OcopStyle {}
