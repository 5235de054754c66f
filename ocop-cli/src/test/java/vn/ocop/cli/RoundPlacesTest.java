package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.io.RoundFiles;
import vn.ocop.place.Places;
import vn.ocop.round.Round;

/**
 * The places of a round file are the place registry's on the council date: declared places are
 * checked, registry places need no declaration, and a wrong place is an error at its file, line and
 * JSON path naming the nearest match.
 */
class RoundPlacesTest {
  @TempDir
  Path dir;

  private String good() {
    return TestRounds.json(TestRounds.small());
  }

  private static String onlyLine(Cli.Run run) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    return run.err().strip();
  }

  private static final String DECLARED = "\"places\" : [ {\n    \"id\" : \"kien-giang\",\n    \"name\" : \"Kiên Giang\",\n"
      + "    \"level\" : \"PROVINCE\"\n  }, {\n    \"id\" : \"hon-dat\",\n    \"name\" : \"Hòn Đất\",\n"
      + "    \"level\" : \"DISTRICT\",\n    \"parent\" : \"kien-giang\"\n  }, {\n    \"id\" : \"chau-thanh\",\n"
      + "    \"name\" : \"Châu Thành\",\n    \"level\" : \"DISTRICT\",\n    \"parent\" : \"kien-giang\"\n  } ],\n  ";

  @Test
  void declaredPlacesAreTheRegistrysUnitsOfTheCouncilDate() {
    assertThat(good()).contains(DECLARED);
    Round r = RoundFiles.read(Cli.write(dir, "r.json", good())).round();
    assertThat(Places.isRegistered(r.province())).isTrue();
    assertThat(r.province().officialCode()).contains("91");
    assertThat(r.province().existsUntil()).contains(Places.REORGANISATION_2025.minusDays(1));
    assertThat(r.submissions().get(1).product().place().officialCode()).contains("905");
  }

  @Test
  void aFileMayNameRegistryPlacesBySlugPathOrCodeWithoutDeclaringThem() {
    String text = good().replace(DECLARED, "").replace("\"place\" : \"hon-dat\"", "\"place\" : \"hon-dat/soc-son\"")
        .replace("\"place\" : \"chau-thanh\"", "\"place\" : \"905\"");
    Round r = RoundFiles.read(Cli.write(dir, "r.json", text)).round();
    assertThat(r.province().fullName()).isEqualTo("Tỉnh Kiên Giang");
    assertThat(r.submissions().get(0).product().place().fullName()).isEqualTo("Thị trấn Sóc Sơn");
    assertThat(r.submissions().get(0).product().place().district().orElseThrow().id()).isEqualTo("hon-dat");
    assertThat(r.submissions().get(1).product().place().fullName()).isEqualTo("Huyện Châu Thành");
  }

  @Test
  void aProvinceThatDidNotExistOnTheCouncilDateNamesItsSuccessor() {
    String text = good().replace(DECLARED, "").replace("\"councilDate\" : \"2024-06-25\"", "\"councilDate\" : \"2026-11-05\"")
        .replace("\"year\" : 2024", "\"year\" : 2026");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", text).toString())))
        .contains("$.round.province").contains("kien-giang did not exist on 2026-11-05: merged into an-giang on 2025-07-01");
  }

  @Test
  void aMistypedDeclaredPlaceIsNamedWithTheNearest() {
    String text = good().replace("\"id\" : \"hon-dat\"", "\"id\" : \"hon-dta\"").replace("\"place\" : \"hon-dat\"",
        "\"place\" : \"hon-dta\"").replace("\"name\" : \"Hòn Đất\"", "\"name\" : \"Hòn Đta\"");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", text).toString())))
        .matches("ocop: .*r\\.json:\\d+:\\d+: \\$\\.places\\[1]\\.id: .*").contains("place 'hon-dta'")
        .contains("nearest: hon-dat (Huyện Hòn Đất, code 903");
  }

  @Test
  void aDeclaredNameThatIsNotTheRegistrysIsAnError() {
    String text = good().replace("\"name\" : \"Châu Thành\"", "\"name\" : \"Châu Phú\"");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", text).toString())))
        .contains("$.places[2].name").contains("named 'Châu Phú'").contains("kien-giang/chau-thanh (code 905)")
        .contains("Huyện Châu Thành");
  }

  @Test
  void aDeclaredCodeOfAnotherParentIsAnError() {
    String text = good().replace("\"name\" : \"Châu Thành\",\n    \"level\" : \"DISTRICT\",\n    \"parent\" : \"kien-giang\"",
        "\"name\" : \"Châu Thành\",\n    \"level\" : \"DISTRICT\",\n    \"parent\" : \"kien-giang\",\n    \"officialCode\" : \"892\"");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", text).toString())))
        .contains("$.places[2].parent").contains("is in an-giang, not in kien-giang");
  }

  @Test
  void aProvinceKeepsTheRegistrysIdSoThatItsRulePackIsFound() {
    String text = good().replace("\"id\" : \"kien-giang\",\n    \"name\" : \"Kiên Giang\",\n    \"level\" : \"PROVINCE\"",
        "\"id\" : \"kg\",\n    \"name\" : \"Kiên Giang\",\n    \"level\" : \"PROVINCE\",\n    \"officialCode\" : \"91\"");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", text).toString())))
        .contains("$.places[0].id").contains("province 'kg' is Tỉnh Kiên Giang, whose id is 'kien-giang'");
  }

  @Test
  void aDistrictLabelledByTheFileKeepsItsLabelAndItsRegistryCode() {
    String text = good().replace("\"id\" : \"chau-thanh\",\n    \"name\" : \"Châu Thành\"",
        "\"id\" : \"huyen-chau-thanh\",\n    \"name\" : \"Huyện Châu Thành\"").replace("\"place\" : \"chau-thanh\"",
        "\"place\" : \"huyen-chau-thanh\"");
    Round r = RoundFiles.read(Cli.write(dir, "r.json", text)).round();
    assertThat(r.submissions().get(1).product().place().id()).isEqualTo("huyen-chau-thanh");
    assertThat(r.submissions().get(1).product().place().name()).isEqualTo("Huyện Châu Thành");
    assertThat(r.submissions().get(1).product().place().officialCode()).contains("905");
  }

  @Test
  void outsideRegistryIsOnlyForUnitsTheRegistryCannotKnow() {
    String known = good().replace("\"parent\" : \"kien-giang\"\n  }, {\n    \"id\" : \"chau-thanh\"",
        "\"parent\" : \"kien-giang\",\n    \"outsideRegistry\" : true\n  }, {\n    \"id\" : \"chau-thanh\"");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", known).toString())))
        .contains("$.places[1].outsideRegistry").contains("the registry has it: Huyện Hòn Đất");
    String gone = good().replace("\"id\" : \"hon-dat\",\n    \"name\" : \"Hòn Đất\",\n    \"level\" : \"DISTRICT\",\n"
        + "    \"parent\" : \"kien-giang\"", "\"id\" : \"hon-dat\",\n    \"name\" : \"Hòn Đất\",\n    \"level\" : \"DISTRICT\",\n"
        + "    \"parent\" : \"kien-giang\",\n    \"outsideRegistry\" : true").replace("\"id\" : \"hon-dat\"", "\"id\" : \"hon-dat-cu\"")
        .replace("\"name\" : \"Hòn Đất\"", "\"name\" : \"Hòn Đất cũ\"").replace("\"place\" : \"hon-dat\"", "\"place\" : \"hon-dat-cu\"");
    Round r = RoundFiles.read(Cli.write(dir, "r.json", gone)).round();
    assertThat(r.submissions().get(0).product().place().name()).isEqualTo("Hòn Đất cũ");
    String late = gone.replace("\"councilDate\" : \"2024-06-25\"", "\"councilDate\" : \"2025-05-25\"")
        .replace("\"year\" : 2024", "\"year\" : 2025");
    assertThat(onlyLine(Cli.run("evaluate", Cli.write(dir, "r.json", late).toString())))
        .contains("$.places[1].outsideRegistry").contains("lists every unit from 2025-03-01");
  }

  @Test
  void aDistrictRoundUnderAFileLabelFindsItsCommunesBySlug() {
    String text = good().replace(DECLARED, "\"places\" : [ {\n    \"id\" : \"hd\",\n    \"name\" : \"Huyện Hòn Đất\",\n"
        + "    \"level\" : \"DISTRICT\",\n    \"parent\" : \"kien-giang\"\n  } ],\n  ")
        .replace("\"level\" : \"PROVINCE\",\n    \"councilDate\"", "\"level\" : \"DISTRICT\",\n    \"councilDate\"")
        .replace("\"province\" : \"kien-giang\",", "\"province\" : \"kien-giang\",\n    \"district\" : \"hd\",")
        .replace("\"place\" : \"hon-dat\"", "\"place\" : \"soc-son\"").replace("\"place\" : \"chau-thanh\"", "\"place\" : \"30844\"");
    Round r = RoundFiles.read(Cli.write(dir, "r.json", text)).round();
    assertThat(r.district().orElseThrow().id()).isEqualTo("hd");
    assertThat(r.submissions().get(0).product().place().fullName()).isEqualTo("Thị trấn Sóc Sơn");
    assertThat(r.submissions().get(0).product().place().district().orElseThrow().id()).isEqualTo("hd");
    assertThat(r.submissions().get(1).product().place().fullName()).isEqualTo("Xã Mỹ Lâm");
    assertThat(r.submissions().get(1).product().place().path()).isEqualTo("kien-giang/hd/my-lam");
  }
}
