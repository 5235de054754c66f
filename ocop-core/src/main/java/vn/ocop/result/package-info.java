/**
 * What an evaluated round gives: product results, rankings (round-wide, by district, by product
 * group) and statistics. Ranking never recomputes a score. Depends on {@code scoring} and
 * {@code evaluation}.
 */
package vn.ocop.result;
