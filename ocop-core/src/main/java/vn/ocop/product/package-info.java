/**
 * OCOP products, and the product code {@code T-X-STT-year} of Decision 26/2026/QĐ-TTg's score
 * sheets ({@link vn.ocop.product.ProductCode}, checked against the place registry). Depends on
 * {@code vn.ocop.place} and {@code vn.ocop.producer}.
 */
package vn.ocop.product;
