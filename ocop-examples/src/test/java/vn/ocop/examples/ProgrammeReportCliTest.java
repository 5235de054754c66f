package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.examples.CliRun.ocop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ocop report quarterly|yearly} end to end on the bundled Kiên Giang programme file (plan 118,
 * the 2021 and 2021–2025 targets, five illustrative certificates) and on a Hà Tĩnh programme whose
 * round earns the province's awards.
 */
class ProgrammeReportCliTest {
  private static final Path KIEN_GIANG = Path.of("src/main/resources/vn/ocop/examples/programmes/kien-giang-2021-2025.json");
  private static final Path HA_TINH_ROUND =
      Path.of("src/main/resources/vn/ocop/examples/rounds/sample-2-ha-tinh-2019-round-2-pass-1.json").toAbsolutePath();

  @TempDir
  Path dir;

  @Test
  void theYearlyReportOf2021GivesProgressCertificatesAndMoneyInVietnameseNumbers() {
    CliRun.Run run = ocop("report", "yearly", "--programme", KIEN_GIANG.toString(), "--year", "2021", "--lang", "vi");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Báo cáo kết quả thực hiện Chương trình OCOP năm 2021 — Kiên Giang")
        .contains("Số sản phẩm được công nhận ≥3★, 2021: 5 / 30–50 (phấn đấu 70) — chưa đạt, còn thiếu 25")
        .contains("Số sản phẩm được công nhận ≥3★, 2021–2025: 5 / 120 — chưa đạt, còn thiếu 115")
        .contains("Thành phố Phú Quốc: 2")
        .contains("Còn hiệu lực ngày 31/12/2021: 5 (3★ 4 · 4★ 1)")
        .contains("Ngân sách nhà nước (không tách cấp): kế hoạch 118.955 triệu đồng · đã phân bổ 5.000 triệu đồng"
            + " · đã giải ngân 3.500 triệu đồng · còn lại 115.455 triệu đồng")
        .contains("Vốn đối ứng của tổ chức, cá nhân: kế hoạch 207.824 triệu đồng")
        .contains("Giải ngân trong kỳ: 7.000 triệu đồng");
  }

  @Test
  void anOutputThatIsARoundFileTheProgrammeListsIsRefusedAndTheRoundIsLeftAlone() throws IOException {
    Path round = Files.copy(HA_TINH_ROUND, dir.resolve("round.json"));
    byte[] before = Files.readAllBytes(round);
    CliRun.Run run = ocop("report", "yearly", "--programme", haTinhProgramme(round.toString()).toString(), "--year", "2019",
        "--lang", "en", "--html", round.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("ocop: ").contains("--html", round.toString(), "is an input file of this command")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(round)).isEqualTo(before);
  }

  @Test
  void theSecondQuarterCountsOnlyWhatHappenedByTheThirtiethOfJuneInEnglish() {
    CliRun.Run run = ocop("report", "quarterly", "--programme", KIEN_GIANG.toString(), "--year", "2021", "--quarter", "2",
        "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("OCOP programme report, Q2 2021 — Kiên Giang")
        .contains("Products certified ≥3★, 2021: 3 / 30–50 (stretch 70) — not met, missing 27")
        .contains("In force on 30 June 2021: 3 (3★ 2 · 4★ 1)")
        .contains("Disbursed in the period: 1,200 million VND");
  }

  @Test
  void theHtmlPageCarriesTheNumbersInReadableAttributesAndPrintsOnA4() throws IOException {
    Path html = dir.resolve("kg-2021.html");
    CliRun.Run run = ocop("report", "yearly", "--programme", KIEN_GIANG.toString(), "--year", "2021", "--lang", "vi",
        "--html", html.toString());
    assertThat(run.status()).as(run.err()).isZero();
    Document d = Jsoup.parse(html.toFile(), "UTF-8");

    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(d.selectFirst("#period").attr("data-from")).isEqualTo("2021-01-01");
    Element certified = d.selectFirst("#targets tr[data-target=kien-giang-2021-certified]");
    assertThat(certified.attr("data-achieved")).isEqualTo("5");
    assertThat(certified.attr("data-status")).isEqualTo("NOT_MET");
    assertThat(certified.select("td").get(2).text()).isEqualTo("30–50 (phấn đấu 70)");
    assertThat(certified.select("svg.meter rect.fill")).hasSize(1);
    assertThat(d.select("#targets tr[data-target]")).hasSize(4);
    assertThat(d.selectFirst("#stock-chart g.bar[data-key=3]").attr("data-count")).isEqualTo("4");
    assertThat(d.selectFirst("#stock-chart g.bar[data-key=4]").attr("data-count")).isEqualTo("1");
    assertThat(d.selectFirst("#flow tr[data-flow=NEW]").attr("data-count")).isEqualTo("5");
    Element state = d.selectFirst("#money-by-source tr[data-source=state-budget]");
    assertThat(state.attr("data-planned")).isEqualTo("118955000000");
    assertThat(state.attr("data-disbursed")).isEqualTo("3500000000");
    assertThat(state.select("td").get(1).text()).isEqualTo("118.955 triệu đồng");
    assertThat(d.selectFirst("#disbursed-in-period").attr("data-vnd")).isEqualTo("7000000000");
    assertThat(d.selectFirst("#card-in-force .v").text()).isEqualTo("5");
    assertThat(d.select("style").html()).contains("@page").contains("size: A4").contains("@media print");
    assertThat(d.select("script, link[rel=stylesheet], img[src^=http]")).isEmpty();
  }

  private Path haTinhProgramme(String... rounds) throws IOException {
    StringBuilder rs = new StringBuilder();
    for (String r : rounds) {
      rs.append(rs.length() == 0 ? "" : ", ").append('"').append(r.replace("\\", "\\\\")).append('"');
    }
    String json = """
        {
          "format": "ocop-programme/1",
          "province": "ha-tinh",
          "places": [ { "id": "ha-tinh", "name": "Hà Tĩnh", "level": "PROVINCE" } ],
          "rounds": [ %s ]
        }
        """.formatted(rs);
    Path f = dir.resolve("ha-tinh.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aHaTinhYearWithRoundTwoPaysOneThousandNineHundredThirtyMillionFromThePack() throws IOException {
    Path html = dir.resolve("ht.html");
    CliRun.Run run = ocop("report", "yearly", "--programme", haTinhProgramme(HA_TINH_ROUND.toString()).toString(), "--year", "2019",
        "--lang", "en", "--html", html.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Provincial awards: 1,930 million VND")
        .contains("(61 × 3★ = 1,830 million VND + 2 × 4★ = 100 million VND) — province/ha-tinh@2019.1");
    Document d = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(d.selectFirst("#awards-total").attr("data-vnd")).isEqualTo("1930000000");
    assertThat(d.select("#award-rounds tr[data-round]")).hasSize(1);
  }

  @Test
  void underOncePerLevelARoundThatCertifiesTheSameProductsAgainPaysNothing() throws IOException {
    Path packs = dir.resolve("packs/ha-tinh");
    Files.createDirectories(packs);
    Files.writeString(packs.resolve("pack.properties"), String.join("\n", "id=province/ha-tinh", "version=once",
        "name=Hà Tĩnh — thử nghiệm", "kind=province", "province=ha-tinh", "effective-from=2019-08-21",
        "effective-to=2020-12-31", "legal=Thử nghiệm", "param.award.3=30000000", "param.award.4=50000000",
        "param.award.mode=once-per-level") + "\n", StandardCharsets.UTF_8);
    Path programme = haTinhProgramme(HA_TINH_ROUND.toString(), HA_TINH_ROUND.toString());
    CliRun.Run once = ocop("report", "yearly", "--programme", programme.toString(), "--year", "2019", "--lang", "en",
        "--rules", dir.resolve("packs").toString());
    assertThat(once.status()).as(once.err()).isZero();
    assertThat(once.out()).contains("Provincial awards: 1,930 million VND");
    CliRun.Run every = ocop("report", "yearly", "--programme", programme.toString(), "--year", "2019", "--lang", "en");
    assertThat(every.out()).contains("Provincial awards: 3,860 million VND");
  }
}
