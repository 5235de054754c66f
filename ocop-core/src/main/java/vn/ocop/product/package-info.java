/** OCOP products. Depends on {@code vn.ocop.place} and {@code vn.ocop.producer}. */
package vn.ocop.product;
