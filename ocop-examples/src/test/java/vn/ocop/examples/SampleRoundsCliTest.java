package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.examples.CliRun.ocop;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsDocument.ProductResultDoc;
import vn.ocop.io.ResultsJson;

/** The sample rounds, end to end through the {@code ocop} command: exit status, table, results JSON, report. */
class SampleRoundsCliTest {
  private static final Path ROUNDS = Path.of("src/main/resources/vn/ocop/examples/rounds");

  @TempDir
  Path dir;

  private ResultsDocument results(String sample) {
    Path json = dir.resolve(sample + ".results.json");
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve(sample).toString(), "--format", "json", "--out", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    return ResultsJson.read(json);
  }

  private static ProductResultDoc product(ResultsDocument doc, String id) {
    return doc.products().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static long count(ResultsDocument doc, int stars, String decision) {
    return doc.products().stream().filter(p -> p.stars() != null && p.stars() == stars && p.decision().equals(decision)).count();
  }

  @Test
  void anGiangRound1Of2020CertifiesTwoProductsAtFourStarsAndFourAtThree() {
    ResultsDocument doc = results("sample-1-an-giang-2020-round-1.json");
    assertThat(count(doc, 4, "CERTIFY")).isEqualTo(2);
    assertThat(count(doc, 3, "CERTIFY")).isEqualTo(4);
    assertThat(doc.products().stream().filter(p -> p.decision().equals("CERTIFY")).map(ProductResultDoc::name))
        .containsExactly("Tranh lá thốt nốt", "Đường thốt nốt sệt Palmania", "Trà xạ đen", "Gạo thơm Ngọc Nhân",
            "Khô cá tra phồng", "Lạp xưởng bò");
    assertThat(product(doc, "ag-2020-01").district().name()).isEqualTo("Thoại Sơn");
    assertThat(doc.products().stream().filter(p -> p.decision().equals("NOT_ACHIEVED"))).hasSize(3)
        .allSatisfy(p -> assertThat(p.stars()).isLessThan(3));
    assertThat(doc.policy().packs()).extracting(ResultsDocument.PackInfo::id).containsExactly("national/1048");
  }

  @Test
  void haTinhRound2Of2019FirstPassReproducesThePublishedAggregates() {
    ResultsDocument doc = results("sample-2-ha-tinh-2019-round-2-pass-1.json");
    assertThat(doc.products()).hasSize(76);
    assertThat(doc.products().stream().filter(p -> p.score().compareTo(new java.math.BigDecimal("50")) >= 0)).hasSize(63);
    assertThat(doc.products().stream().filter(p -> p.score().compareTo(new java.math.BigDecimal("50")) >= 0
        && p.score().compareTo(new java.math.BigDecimal("70")) < 0)).hasSize(61);
    assertThat(doc.products().stream().filter(p -> p.stars() != null && p.stars() == 4))
        .hasSize(2).allSatisfy(p -> assertThat(p.score()).isEqualByComparingTo("71"));
    assertThat(doc.statistics().perStars()).containsEntry("3", 61).containsEntry("4", 2);
  }

  @Test
  void haTinhAwardsAddUpToOneThousandNineHundredThirtyMillionInVietnameseFormat() {
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve("sample-2-ha-tinh-2019-round-2-pass-1.json").toString(), "--lang", "vi");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Tiền thưởng theo chính sách của tỉnh: 1.930 triệu đồng")
        .contains("71,00");
  }

  @Test
  void kienGiangDistrictRoundCertifiesThreeStarsStopsOneAtAGateAndForwardsOne() {
    ResultsDocument doc = results("sample-3-kien-giang-2024-hon-dat-district.json");
    assertThat(doc.round().members()).isEqualTo(7);
    assertThat(doc.products().stream().map(ProductResultDoc::productSet).distinct()).hasSizeGreaterThanOrEqualTo(5);
    ProductResultDoc gated = product(doc, "kg-hd-01");
    assertThat(gated.score()).isGreaterThanOrEqualTo(new java.math.BigDecimal("70"));
    assertThat(gated.stars()).isEqualTo(3);
    assertThat(gated.decision()).isEqualTo("CERTIFY");
    assertThat(gated.reasons()).anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("148.gate.cap"));
    ProductResultDoc forwarded = product(doc, "kg-hd-02");
    assertThat(forwarded.decision()).isEqualTo("FORWARD");
    assertThat(forwarded.forwardTo()).isEqualTo("PROVINCE");
    assertThat(product(doc, "kg-hd-06").decision()).isEqualTo("NOT_ACHIEVED");
  }

  @Test
  void mergedAnGiangAfterDecision1489CertifiesThreeStarsAndForwardsTheNinetyPointProduct() {
    ResultsDocument doc = results("sample-4-an-giang-2025-after-1489.json");
    assertThat(doc.policy().packs()).extracting(ResultsDocument.PackInfo::id).contains("national/1489");
    assertThat(count(doc, 3, "CERTIFY")).isGreaterThanOrEqualTo(1);
    ProductResultDoc top = doc.products().get(0);
    assertThat(top.score()).isGreaterThanOrEqualTo(new java.math.BigDecimal("90"));
    assertThat(top.decision()).isEqualTo("FORWARD");
    assertThat(top.forwardTo()).isEqualTo("CENTRAL");
    assertThat(doc.products()).allSatisfy(p -> assertThat(p.district()).isNull());
  }

  private static String lastRule(ProductResultDoc p) {
    return p.reasons().get(p.reasons().size() - 1).ruleId();
  }

  @Test
  void anGiangNovember2026IsJudgedByDecision26of2026AndSaysSo() {
    ResultsDocument doc = results("sample-5-an-giang-2026-round-2-decision-26.json");
    assertThat(doc.catalogue().instrument()).isEqualTo("26/2026/QĐ-TTg");
    assertThat(doc.policy().packs()).extracting(ResultsDocument.PackInfo::id).containsExactly("national/26-2026");
    assertThat(doc.products().stream().map(ProductResultDoc::productSet).distinct()).hasSizeGreaterThanOrEqualTo(6)
        .allSatisfy(set -> assertThat(set).startsWith("26-2026/"));
    assertThat(doc.products()).allSatisfy(p -> {
      assertThat(lastRule(p)).isEqualTo("law.applied");
      assertThat(p.reasons().get(p.reasons().size() - 1).legalReference()).contains("26/2026/QĐ-TTg");
    });
    ProductResultDoc top = product(doc, "ag26-01");       // 94 points, every gate met
    assertThat(top.decision()).isEqualTo("FORWARD");
    assertThat(top.forwardTo()).isEqualTo("CENTRAL");
    assertThat(top.stars()).isEqualTo(5);
    ProductResultDoc onPoints = product(doc, "ag26-02");  // 91 points, a 5★ gate missed: still proposed (Art. 7.3.e)
    assertThat(onPoints.score()).isEqualByComparingTo("91.00");
    assertThat(onPoints.decision()).isEqualTo("FORWARD");
    assertThat(onPoints.stars()).isEqualTo(4);
    assertThat(onPoints.reasons()).anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("26-2026.gate.cap"));
    ProductResultDoc capped = product(doc, "ag26-05");    // 4★ band, a 4★ gate missed
    assertThat(capped.score()).isGreaterThanOrEqualTo(new java.math.BigDecimal("70"));
    assertThat(capped.stars()).isEqualTo(3);
    assertThat(capped.decision()).isEqualTo("CERTIFY");
    ProductResultDoc disqualified = product(doc, "ag26-06");
    assertThat(disqualified.decision()).isEqualTo("INELIGIBLE");
    assertThat(disqualified.reasons()).anySatisfy(r -> assertThat(r.messageVi()).contains("Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu"));
    ProductResultDoc farm = product(doc, "ag26-04");      // a farm, newly admitted by Art. 2.3
    assertThat(farm.producer().kind()).isEqualTo("FARM");
    assertThat(farm.decision()).isEqualTo("CERTIFY");
    assertThat(product(doc, "ag26-08").producer().kind()).isEqualTo("ASSOCIATION");
    assertThat(product(doc, "ag26-08").decision()).isEqualTo("CERTIFY");
  }

  @Test
  void theTransitionRoundOfJune2026JudgesEachDossierByItsFilingDate() {
    ResultsDocument doc = results("sample-6-an-giang-2026-transition.json");
    assertThat(doc.policy().packs()).extracting(ResultsDocument.PackInfo::id)
        .containsExactly("national/148", "national/1489", "national/26-2026");
    ProductResultDoc old = product(doc, "ag-2026t-03");
    assertThat(old.productSet()).startsWith("148/");
    assertThat(old.reasons()).anySatisfy(r -> assertThat(r.ruleId()).startsWith("1489.authority"));
    assertThat(old.reasons().get(old.reasons().size() - 1).legalReference()).contains("Điều 12 khoản 2 điểm a");
    ProductResultDoc reEvaluation = product(doc, "ag-2026t-05");
    assertThat(reEvaluation.reasons().get(reEvaluation.reasons().size() - 1).legalReference()).contains("Điều 12 khoản 2 điểm b");
    ProductResultDoc filedAfter = product(doc, "ag-2026t-06");
    assertThat(filedAfter.productSet()).isEqualTo("26-2026/04");
    assertThat(filedAfter.decision()).isEqualTo("CERTIFY");
    assertThat(filedAfter.reasons()).anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("26-2026.authority.province.certify"));
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve("sample-6-an-giang-2026-transition.json").toString(), "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("148/QĐ-TTg + 26/2026/QĐ-TTg (by the dossier's filing date");
  }

  @Test
  void theTablePrintsOneRowPerProductInRankOrder() {
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve("sample-3-kien-giang-2024-hon-dat-district.json").toString(), "--lang", "en");
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> rows = lines.stream().filter(l -> l.matches("\\s+\\d+=?\\s{2}.*")).toList();
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).contains("Khô cá sặc Mỹ Lâm").contains("79.14").contains("4★").contains("Forward → province");
    assertThat(rows.get(1)).contains("Gạo thơm Sóc Sơn").contains("3★");
    // at 100 columns the main reason is on the indented lines under its row, in words
    String underRice = lines.get(lines.indexOf(rows.get(1)) + 1);
    assertThat(underRice).startsWith("      Ranked 3★").contains("4★ minimum").doesNotContain("@");
  }

  @Test
  void theReportShowsTheNumbersNamesAndReasonsOfTheRound() throws Exception {
    Path html = dir.resolve("report.html");
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve("sample-3-kien-giang-2024-hon-dat-district.json").toString(),
        "--html", html.toString(), "--lang", "vi");
    assertThat(run.status()).isZero();
    Document d = Jsoup.parse(html.toFile(), "UTF-8");

    assertThat(d.select("#ranking tbody tr")).hasSize(6);
    Element first = d.selectFirst("#ranking tbody tr");
    assertThat(first.attr("data-product-id")).isEqualTo("kg-hd-02");
    assertThat(first.selectFirst("td.score b").text()).isEqualTo("79,14");
    assertThat(first.selectFirst("td.score .parts").text()).isEqualTo("32,57 · 19,43 · 27,14");
    assertThat(d.select("#star-chart g.bar[data-stars=3]").attr("data-count")).isEqualTo("4");
    assertThat(d.select("#star-chart g.bar[data-stars=4]").attr("data-count")).isEqualTo("1");
    assertThat(d.select("#district-chart g.district").attr("data-place")).isEqualTo("hon-dat");
    assertThat(d.select("#district-chart g.district").attr("data-products")).isEqualTo("6");
    Element gated = d.getElementById("p-kg-hd-01");
    assertThat(gated.select("h3").text()).contains("Gạo thơm Sóc Sơn").contains("3★");
    assertThat(gated.select("ol.reasons li[data-rule=148.gate.cap]")).isNotEmpty();
    assertThat(gated.select("ol.reasons li .ref").text()).contains("Quyết định 148/QĐ-TTg, Phụ lục III");
    assertThat(d.select("#packs tr[data-pack]")).extracting(e -> e.attr("data-pack"))
        .containsExactly("national/148", "province/kien-giang");
    assertThat(d.select("#instruments tr[data-instrument]").eachAttr("data-instrument")).contains("148/QĐ-TTg");
    assertThat(d.select("style").html()).contains("@page").contains("size: A4").contains("@media print");
    assertThat(d.select("script, link[rel=stylesheet], img[src^=http]")).isEmpty();
  }

  @Test
  void explainGivesEveryReasonWithItsLegalReference() {
    CliRun.Run run = ocop("explain", ROUNDS.resolve("sample-4-an-giang-2025-after-1489.json").toString(), "ag-2025-01", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Nước mắm Phú Quốc").contains("5★, Forward to a higher level → central")
        .contains("148.authority.province.forward").contains("Quyết định 148/QĐ-TTg, Phụ lục II");
    // each member by name, with the id the sheets use
    assertThat(run.out()).containsPattern("\\d  Chủ tịch Hội đồng tỉnh \\(minh họa\\) \\[m1\\]\n")
        .contains("Thành viên 2 (minh họa) [m2]");
  }

  @Test
  void explainingAProductNotInTheRoundIsAUserError() {
    CliRun.Run run = ocop("explain", ROUNDS.resolve("sample-4-an-giang-2025-after-1489.json").toString(), "nope");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("product 'nope' is not in the round");
  }
}
