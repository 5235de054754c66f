/**
 * OCOP certificates (giấy chứng nhận sản phẩm OCOP): issued from a council's "certify" outcome,
 * valid 36 months, with the status on any date (valid, expiring in the notice window, expired,
 * revoked, superseded), and a {@link vn.ocop.certificate.CertificateRegistry} that answers the
 * province's questions: which expire soon, which products need re-evaluation, stock and flow by
 * star, product group and place — across the 2025 reorganisation (the merger as {@link
 * vn.ocop.place.Places} derives it).
 *
 * <p>Depends on {@code law}, {@code place}, {@code producer}, {@code product}, {@code round},
 * {@code evaluation}, {@code result} and {@code catalog} (product groups). Must not depend on
 * {@code cycle}, {@code funding} or {@code target}, and never on Drools.
 */
package vn.ocop.certificate;
