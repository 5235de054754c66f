/**
 * The six-step OCOP cycle (chu trình OCOP) and a product's {@link vn.ocop.cycle.Journey} through
 * it: each transition dated and with the acting body, guarded by a {@link
 * vn.ocop.cycle.JourneyPolicy} (SPI; {@link vn.ocop.cycle.StandardJourneyPolicy} encodes the legal
 * conditions, {@code ocop-rules} may supply another), and the yearly {@link
 * vn.ocop.cycle.CyclePicture} of how many products stand at each step per place.
 *
 * <p>Depends on {@code place}, {@code producer}, {@code product} and {@code certificate} (trade
 * promotion needs a certificate in force). Must not depend on {@code funding} or {@code target},
 * and never on Drools.
 */
package vn.ocop.cycle;
