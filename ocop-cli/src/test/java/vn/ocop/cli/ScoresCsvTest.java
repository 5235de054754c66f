package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.io.RoundDocument;

/** Member scores typed into a spreadsheet: one row per member, product and criterion. */
class ScoresCsvTest {
  @TempDir
  Path dir;

  /** The small round with product rice-1's sheets taken out, to come from CSV instead. */
  private Path roundWithoutSheets() {
    RoundDocument d = TestRounds.small();
    List<RoundDocument.ProductEntry> products = new ArrayList<>(d.products());
    RoundDocument.ProductEntry p = products.get(0);
    products.set(0, new RoundDocument.ProductEntry(p.id(), p.name(), p.productSet(), p.producer(), p.place(), null,
        null, null, p.dossier(), List.of(), List.of(), List.of()));
    return Cli.write(dir, "round.json", TestRounds.json(new RoundDocument(d.format(), d.description(), d.sources(),
        d.illustrative(), d.round(), d.places(), d.council(), d.producers(), products)));
  }

  private static String csv(String product) {
    StringBuilder sb = new StringBuilder("member,product,criterion,option\n");
    for (String m : List.of("m1", "m2")) {
      for (String choice : TestRounds.RICE) {
        String[] kv = choice.split("/");
        sb.append(m).append(',').append(product).append(',').append(kv[0]).append(',').append(kv[1]).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void scoresFromCsvGiveTheSameResultAsSheetsInTheRoundFile() {
    Path json = Cli.write(dir, "full.json", TestRounds.json(TestRounds.small()));
    Cli.Run fromJson = Cli.run("evaluate", json.toString(), "--format", "json");
    Cli.Run fromCsv = Cli.run("evaluate", roundWithoutSheets().toString(), "--scores",
        Cli.write(dir, "scores.csv", csv("rice-1")).toString(), "--format", "json");
    assertThat(fromCsv.status()).as(fromCsv.err()).isZero();
    assertThat(fromCsv.out()).isEqualTo(fromJson.out()).contains("\"score\" : 78.00");
  }

  @Test
  void aBadOptionInTheCsvNamesTheCsvFileAndLine() {
    String text = csv("rice-1").replace("m2,rice-1,A2a,4\n", "m2,rice-1,A2a,9\n");
    Path scores = Cli.write(dir, "scores.csv", text);
    Cli.Run run = Cli.run("evaluate", roundWithoutSheets().toString(), "--scores", scores.toString());
    int line = text.lines().toList().indexOf("m2,rice-1,A2a,9") + 1;
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("ocop: " + scores + ":" + line + ": ").contains("A2a/9");
  }

  @Test
  void aProductTheRoundDoesNotHaveIsNamedWithItsLine() {
    Path scores = Cli.write(dir, "scores.csv", "member,product,criterion,option\n# typed on 5/6\nm1,rice-9,A1a,3\n");
    Cli.Run run = Cli.run("evaluate", roundWithoutSheets().toString(), "--scores", scores.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("ocop: " + scores + ":3: product 'rice-9' is not in round file round.json");
  }

  @Test
  void aWrongHeaderIsNamed() {
    Path scores = Cli.write(dir, "scores.csv", "thanh_vien,san_pham,chi_tieu,lua_chon\n");
    Cli.Run run = Cli.run("evaluate", roundWithoutSheets().toString(), "--scores", scores.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(scores + ":1:1: the first line must be the header member,product,criterion,option");
  }
}
