package vn.ocop.scoring;

import java.util.List;
import java.util.Optional;
import vn.ocop.NullArgumentException;
import vn.ocop.catalog.Catalogue;
import vn.ocop.round.Round;

/**
 * A round with every submission scored: what an {@link vn.ocop.evaluation.EvaluationPolicy} decides
 * on. Immutable and thread-safe.
 *
 * @param round the round
 * @param catalogue the catalogue the round was scored with
 * @param sheets one sheet per submission, in submission order
 */
public record ScoredRound(Round round, Catalogue catalogue, List<ScoreSheet> sheets) {
  /**
   * Checks the components and copies {@code sheets}.
   *
   * @param round the round
   * @param catalogue the catalogue the round was scored with
   * @param sheets one sheet per submission, in submission order
   * @throws NullArgumentException if {@code round} or {@code catalogue} is null
   */
  public ScoredRound {
    NullArgumentException.check(round, "round");
    NullArgumentException.check(catalogue, "catalogue");
    sheets = List.copyOf(sheets);
  }

  /**
   * The catalogue that scored a sheet: the round's, or — during the transition of Decision
   * 26/2026/QĐ-TTg, when a dossier filed before 22/05/2026 is scored with 148's catalogue in a round of
   * 26/2026 — the bundled catalogue of the sheet's product set.
   *
   * @param sheet a sheet of this round
   * @return the catalogue that scored it
   * @since 0.2
   */
  public Catalogue catalogueOf(ScoreSheet sheet) {
    boolean ours = catalogue.findProductSet(sheet.productSet().code()).map(sheet.productSet()::equals).orElse(false);
    return ours ? catalogue : vn.ocop.catalog.Catalogues.forInstrument(sheet.productSet().instrument());
  }

  /**
   * {@return the sheet of the product with the given id, if it was submitted}
   *
   * @param productId the product's id
   */
  public Optional<ScoreSheet> sheet(String productId) {
    return sheets.stream().filter(s -> s.product().id().equals(productId)).findFirst();
  }
}
