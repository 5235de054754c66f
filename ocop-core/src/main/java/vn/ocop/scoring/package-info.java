/**
 * Scoring arithmetic: members' choices to points per criterion, group and part, the product's score
 * as the mean of members' totals (scale 2, half up), and star gates judged from option choices.
 * Depends on {@code catalog} and {@code round}; never on rules or evaluation.
 */
package vn.ocop.scoring;
