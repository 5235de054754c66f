package vn.ocop.result;

/**
 * A product's place in a {@link Ranking}.
 *
 * @param rank the 1-based rank; products tied on stars, score and part C share a rank, and the next
 *     rank skips (1, 2, 2, 4)
 * @param tied whether another product shares this rank
 * @param result the product's result
 */
public record RankedProduct(int rank, boolean tied, ProductResult result) {}
