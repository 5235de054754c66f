/**
 * The policy SPI: {@link vn.ocop.evaluation.EvaluationPolicy} decides each product's
 * {@link vn.ocop.evaluation.Outcome} (stars, decision, reasons) from a scored round. Depends on
 * {@code scoring}, {@code round} and {@code law}; has no Drools types — {@code ocop-rules} supplies
 * the Drools implementation.
 */
package vn.ocop.evaluation;
