/**
 * Evaluation rounds: the council, the products submitted with their dossiers, and the members'
 * scorecards or historical part scores. Depends on {@code law}, {@code catalog}, {@code place},
 * {@code producer} and {@code product}; knows nothing of scoring or rules.
 */
package vn.ocop.round;
