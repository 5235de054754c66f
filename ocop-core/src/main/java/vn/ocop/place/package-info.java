/**
 * Administrative places (province, district, commune) with the dates they existed, so that records
 * keep the unit they were made under across the 2025 reorganisation. Depends on nothing else in the
 * library.
 */
package vn.ocop.place;
