package vn.ocop.place;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;

/**
 * A province, district or commune as it stood during a range of dates. Records keep the unit they
 * were made under: a product of Kiên Giang recorded in 2024 keeps Kiên Giang even though the
 * province merged into An Giang on 1 July 2025 (Resolution 202/2025/QH15). A unit is identified by
 * its official code <em>and</em> the dates it existed, never by its code alone: code {@code 91} was
 * Kiên Giang until 30 June 2025 and is An Giang from 1 July 2025. The registry of every unit with its
 * official code (Decision 19/2025/QĐ-TTg) is {@link Places}. Immutable and thread-safe.
 *
 * <pre>{@code
 * AdministrativeUnit kienGiang = AdministrativeUnit.province("kien-giang", "Kiên Giang");
 * AdministrativeUnit chauThanh = AdministrativeUnit.district(kienGiang, "chau-thanh", "Châu Thành");
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class AdministrativeUnit {
  /** What {@link #id()} must look like, compiled once (the registry builds about 14,000 units). */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  AdministrativeUnit() {}


  /**
   * A lowercase ASCII slug, unique among the units under the same parent (e.g. {@code kien-giang});
   * province slugs select the province's rule pack.
   *
   * @return the unit's id
   */
  public abstract String id();

  /** {@return the name in Vietnamese with diacritics, normalised to NFC} */
  public abstract String name();

  /** {@return the unit's level: province, district or commune} */
  public abstract AdministrativeLevel level();

  /**
   * The kind word of the unit's official name ("Tỉnh", "Thành phố", "Huyện", "Thị xã", "Quận",
   * "Xã", "Phường", "Thị trấn", "Đặc khu"), where known; {@link #name()} is without it.
   *
   * @return the kind word, where known
   * @since 0.1
   */
  public abstract Optional<String> kind();

  /**
   * The official name with its kind word ("Huyện Hòn Đất"), or {@link #name()} when the kind is not
   * known.
   *
   * @return the official name
   * @since 0.1
   */
  public String fullName() {
    return kind().map(k -> k + " " + name()).orElse(name());
  }

  /** {@return the official code (mã đơn vị hành chính), where known} */
  public abstract Optional<String> officialCode();

  /** {@return the unit this one belongs to: the province of a district, the district (or province) of a commune} */
  public abstract Optional<AdministrativeUnit> parent();

  /** {@return the first day the unit existed, where it matters} */
  public abstract Optional<LocalDate> existsFrom();

  /** {@return the last day the unit existed (e.g. 30/06/2025 for districts and merged provinces)} */
  public abstract Optional<LocalDate> existsUntil();

  /**
   * {@return whether the unit existed on {@code date}}
   *
   * @param date the date
   */
  public boolean existsOn(LocalDate date) {
    return existsFrom().map(f -> !date.isBefore(f)).orElse(true)
        && existsUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** {@return the province this unit is in (itself for a province)} */
  public AdministrativeUnit province() {
    AdministrativeUnit u = this;
    while (u.level() != AdministrativeLevel.PROVINCE) {
      u = u.parent().orElseThrow();
    }
    return u;
  }

  /** {@return the district this unit is in, if it is a district or a commune under one} */
  public Optional<AdministrativeUnit> district() {
    AdministrativeUnit u = this;
    while (u != null) {
      if (u.level() == AdministrativeLevel.DISTRICT) {
        return Optional.of(u);
      }
      u = u.parent().orElse(null);
    }
    return Optional.empty();
  }

  /** {@return this unit if it is a commune} */
  public Optional<AdministrativeUnit> commune() {
    return level() == AdministrativeLevel.COMMUNE ? Optional.of(this) : Optional.empty();
  }

  /** {@return the path of slugs from the province down, e.g. {@code kien-giang/chau-thanh}; a stable key} */
  public String path() {
    return parent().map(p -> p.path() + "/" + id()).orElse(id());
  }

  /**
   * This unit under another id and name, with the same level, kind, code, parent and dates: how a
   * file may label a registry unit ("Thị xã Kỳ Anh", {@code thi-xa-ky-anh}) while the code and dates
   * still identify it.
   *
   * @param id a lowercase ASCII slug; not null
   * @param name the name, with diacritics; not null
   * @return the relabelled unit
   * @throws IllegalArgumentException if the id is not a slug or the name is blank
   * @since 0.1
   */
  public AdministrativeUnit relabelled(String id, String name) {
    return ((ImmutableAdministrativeUnit) this).withId(id).withName(name);
  }

  /**
   * {@return a province that exists on every date}
   *
   * @param id a lowercase ASCII slug
   * @param name the name, with diacritics
   */
  public static AdministrativeUnit province(String id, String name) {
    return builder().id(id).name(name).level(AdministrativeLevel.PROVINCE).build();
  }

  /**
   * {@return a district of {@code province}}
   *
   * @param province the province the district is in
   * @param id a lowercase ASCII slug
   * @param name the name, with diacritics
   */
  public static AdministrativeUnit district(AdministrativeUnit province, String id, String name) {
    return builder().id(id).name(name).level(AdministrativeLevel.DISTRICT).parent(province).build();
  }

  /**
   * {@return a commune of {@code parent} (a district before 1 July 2025, a province after)}
   *
   * @param parent the district, or the province from 1 July 2025
   * @param id a lowercase ASCII slug
   * @param name the name, with diacritics
   */
  public static AdministrativeUnit commune(AdministrativeUnit parent, String id, String name) {
    return builder().id(id).name(name).level(AdministrativeLevel.COMMUNE).parent(parent).build();
  }

  /** {@return a builder of an {@link AdministrativeUnit}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdministrativeUnit}; {@code id}, {@code name} and {@code level} are required. */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the unit (id a slug, a known kind word, a name, a parent that fits the level, dates in order) and puts its name in NFC.
   *
   * @return this unit, or a copy with its name in NFC
   * @throws IllegalArgumentException if the unit is inconsistent
   */
  @Value.Check
  protected AdministrativeUnit normalize() {
    if (!SLUG.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "Administrative unit id '" + id() + "' must be a lowercase ASCII slug such as kien-giang");
    }
    if (kind().isPresent() && !PlaceNames.KINDS.contains(kind().get())) {
      throw new IllegalArgumentException("Administrative unit '" + id() + "' has kind '" + kind().get()
          + "'; the kinds are " + String.join(", ", PlaceNames.KINDS));
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("Administrative unit '" + id() + "' has no name");
    }
    switch (level()) {
      case PROVINCE -> {
        if (parent().isPresent()) {
          throw new IllegalArgumentException("Province '" + id() + "' cannot have a parent unit");
        }
      }
      case DISTRICT -> {
        if (parent().map(p -> p.level() != AdministrativeLevel.PROVINCE).orElse(true)) {
          throw new IllegalArgumentException("District '" + id() + "' must belong to a province");
        }
      }
      case COMMUNE -> {
        if (parent().map(p -> p.level() == AdministrativeLevel.COMMUNE).orElse(true)) {
          throw new IllegalArgumentException("Commune '" + id() + "' must belong to a district or a province");
        }
      }
    }
    if (existsFrom().isPresent() && existsUntil().isPresent() && existsUntil().get().isBefore(existsFrom().get())) {
      throw new IllegalArgumentException("Administrative unit '" + id() + "' ends before it begins");
    }
    String nfc = Normalizer.normalize(name(), Normalizer.Form.NFC);
    return nfc.equals(name()) ? this : ((ImmutableAdministrativeUnit) this).withName(nfc);
  }

  @Override
  public String toString() {
    return name();
  }
}
