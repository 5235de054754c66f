/**
 * The programme's money: funding sources (Decision 919/QĐ-TTg), budget plans by year and source
 * that must reconcile with the totals their document declares, allocations and disbursements
 * against a plan, and province award schedules applied to round results.
 *
 * <p>Money is exact: {@link vn.ocop.funding.Vnd} holds whole đồng in a {@code long}; plans are
 * usually written in millions ({@code triệu đồng}) and converted exactly. No {@code double}.
 *
 * <p>Depends on {@code law}, {@code place}, {@code product}, {@code round}, {@code evaluation} and
 * {@code result}. Must not depend on {@code cycle}, {@code certificate} or {@code target}, and never
 * on Drools.
 */
package vn.ocop.funding;
