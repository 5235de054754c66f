/**
 * Administrative places (province, district, commune) with their official codes and the dates they
 * existed, so that records keep the unit they were made under across the reorganisation of 1 July
 * 2025 (Resolution 202/2025/QH15: 63 provinces became 34 and districts were abolished; codes of
 * Decision 19/2025/QĐ-TTg). {@link vn.ocop.place.Places} is the bundled registry (both lists, the
 * merger derived from the commune codes, lookups by id, code, name or path on a date, errors that
 * name the nearest place); {@link vn.ocop.place.AdministrativeUnit} is the value;
 * {@link vn.ocop.place.PlaceNames} compares and slugs names. The data is the open dataset
 * "vietnamese-provinces-database" (MIT licence, {@code LICENSE.txt} beside {@code units.txt});
 * see {@code docs/places.md}. Depends on nothing else in the library.
 */
package vn.ocop.place;
