package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round file that cannot be read exits 2 with one line naming the file, the place in it and the problem. */
class BadRoundFileTest {
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

  @Test
  void malformedJsonNamesLineAndColumn() {
    Path f = Cli.write(dir, "r.json", "{\n  \"format\": \"ocop-round/1\",\n  \"round\": {\n    \"year\" 2024\n  }\n}\n");
    String line = onlyLine(Cli.run("evaluate", f.toString()));
    assertThat(line).startsWith("ocop: " + f + ":4:12: ").contains("malformed JSON");
    assertThat(line).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingItsPathAndTheAllowedKeys() {
    String text = good().replace("\"councilDate\"", "\"councilDay\" : \"2024-06-25\", \"councilDate\"");
    Path f = Cli.write(dir, "r.json", text);
    String line = onlyLine(Cli.run("evaluate", f.toString()));
    assertThat(line).contains(f + ":").contains("$.round.councilDay").contains("unknown key 'councilDay'")
        .contains("councilDate");
  }

  @Test
  void anUnknownOptionCodeNamesTheChoiceItsLineAndTheCriterionsOptions() {
    String text = good().replaceFirst("\"A2a/4\"", "\"A2a/9\"");
    Path f = Cli.write(dir, "r.json", text);
    String line = onlyLine(Cli.run("evaluate", f.toString()));
    assertThat(line).matches("ocop: .*r\\.json:\\d+:\\d+: \\$\\.products\\[0]\\.sheets\\[0]\\.choices\\[6]: .*")
        .contains("A2a/9").contains("A2a/1 to A2a/");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() {
    Path f = Cli.write(dir, "r.json", good().replace("\"COOPERATIVE\"", "\"CLUB\""));
    assertThat(onlyLine(Cli.run("evaluate", f.toString()))).contains("$.producers[0].kind")
        .contains("'CLUB' is not one of ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP, HOUSEHOLD");
  }

  @Test
  void aMissingRequiredKeyIsNamed() {
    Path f = Cli.write(dir, "r.json", good().replace("\"year\" : 2024,", ""));
    assertThat(onlyLine(Cli.run("evaluate", f.toString()))).contains("$.round").contains("'year' is missing");
  }

  @Test
  void aMemberNotOnTheCouncilIsNamedWithThePathOfTheSheet() {
    Path f = Cli.write(dir, "r.json", good().replaceFirst("\"member\" : \"m2\"", "\"member\" : \"m9\""));
    assertThat(onlyLine(Cli.run("evaluate", f.toString()))).contains("$.products[0].sheets[1].member")
        .contains("member 'm9'").contains("not on the council");
  }

  @Test
  void aReferenceToAnUnlistedPlaceIsNamed() {
    Path f = Cli.write(dir, "r.json", good().replaceFirst("\"place\" : \"chau-thanh\"", "\"place\" : \"rach-gai\""));
    assertThat(onlyLine(Cli.run("evaluate", f.toString()))).contains("$.products[1].place").contains("'rach-gai'")
        .contains("nearest: rach-gia");
  }

  @Test
  void aMissingFileIsAOneLineError() {
    Path f = dir.resolve("nowhere.json");
    assertThat(onlyLine(Cli.run("evaluate", f.toString()))).isEqualTo("ocop: " + f + ": no such file");
  }

  @Test
  void debugAddsTheStackTrace() {
    Path f = dir.resolve("nowhere.json");
    Cli.Run run = Cli.run("evaluate", f.toString(), "--debug");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("InputException").contains("\tat ");
  }

  @Test
  void anUnknownCommandLineOptionIsAUsageError() {
    Cli.Run run = Cli.run("evaluate", "x.json", "--colour");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'");
  }
}
