package vn.ocop.place.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer of the administrative-unit snapshots: reproducible output, every unit counted, faults named. */
class AdminUnitsImporterTest {

  @Test
  void reimportingTheSnapshotsReproducesTheBundledRegistryByteForByte() throws IOException {
    String generated = AdminUnitsImporter.generate(AdminUnitsImporter.SOURCES);
    byte[] bundled = Files.readAllBytes(AdminUnitsImporter.RESOURCE.resolve("units.txt"));
    assertThat(generated.getBytes(StandardCharsets.UTF_8)).isEqualTo(bundled);
  }

  @Test
  void theBundledRegistryIsAThirdOfTheSnapshotsAndCarriesTheirLicence() throws IOException {
    long json = Files.size(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.OLD_FILE))
        + Files.size(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.NEW_FILE));
    assertThat(Files.size(AdminUnitsImporter.RESOURCE.resolve("units.txt"))).isLessThan(json * 2 / 5);
    assertThat(Files.readString(AdminUnitsImporter.RESOURCE.resolve("LICENSE.txt")))
        .isEqualTo(Files.readString(AdminUnitsImporter.SOURCES.resolve("LICENSE")))
        .contains("MIT License").contains("Copyright (c) 2021 Thang Le Quoc");
  }

  @Test
  void everyUnitOfBothSnapshotsIsImported() {
    // the counts the dataset documents: 63 → 696 → 10,035 before, 34 → 3,321 after
    assertThat(AdminUnitsImporter.counts(AdminUnitsImporter.generate(AdminUnitsImporter.SOURCES)))
        .containsEntry("until 2", 63).containsEntry("until 3", 696).containsEntry("until 5", 10_035)
        .containsEntry("from 2", 34).containsEntry("from 5", 3_321).hasSize(5);
  }

  @Test
  void aUnitFiledUnderAnotherParentIsRejectedNamingFileAndCode(@TempDir Path dir) throws IOException {
    Files.copy(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.OLD_FILE), dir.resolve(AdminUnitsImporter.OLD_FILE));
    String current = Files.readString(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.NEW_FILE));
    Files.writeString(dir.resolve(AdminUnitsImporter.NEW_FILE),
        current.replace("\"Code\":\"00004\",\"FullName\":\"Phường Ba Đình\",\"ProvinceCode\":\"01\"",
            "\"Code\":\"00004\",\"FullName\":\"Phường Ba Đình\",\"ProvinceCode\":\"04\""));
    assertThatThrownBy(() -> AdminUnitsImporter.generate(dir))
        .isInstanceOfSatisfying(AdminUnitsImporter.ImportException.class, e -> {
          assertThat(e.file()).isEqualTo(AdminUnitsImporter.NEW_FILE);
          assertThat(e.code()).isEqualTo("00004");
        })
        .hasMessage("units-2026-04-30.json, unit 00004: ProvinceCode is '04' but the unit is listed under '01'");
  }

  @Test
  void aCorrectionWhoseFaultWasFixedUpstreamIsAnError(@TempDir Path dir) throws IOException {
    Files.copy(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.OLD_FILE), dir.resolve(AdminUnitsImporter.OLD_FILE));
    String current = Files.readString(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.NEW_FILE));
    assertThat(current).contains("\"xã Bắc Sơn\"");
    Files.writeString(dir.resolve(AdminUnitsImporter.NEW_FILE), current.replace("\"xã Bắc Sơn\"", "\"Xã Bắc Sơn\""));
    assertThatThrownBy(() -> AdminUnitsImporter.generate(dir))
        .isInstanceOf(AdminUnitsImporter.ImportException.class)
        .hasMessageContaining("unit 06325").hasMessageContaining("no longer applies");
  }

  @Test
  void aNameWithoutKindWordIsRejected(@TempDir Path dir) throws IOException {
    Files.copy(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.NEW_FILE), dir.resolve(AdminUnitsImporter.NEW_FILE));
    String old = Files.readString(AdminUnitsImporter.SOURCES.resolve(AdminUnitsImporter.OLD_FILE));
    Files.writeString(dir.resolve(AdminUnitsImporter.OLD_FILE), old.replace("\"Thị trấn Sóc Sơn\",\"DistrictCode\":\"903\"",
        "\"Sóc Sơn\",\"DistrictCode\":\"903\""));
    assertThatThrownBy(() -> AdminUnitsImporter.generate(dir))
        .hasMessage("units-2025-03-01.json, unit 30820: name 'Sóc Sơn' does not begin with a kind word (Tỉnh, Xã …)");
  }
}
