package vn.ocop.io;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.certificate.Certificate;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.certificate.IssueBasis;
import vn.ocop.funding.Allocation;
import vn.ocop.funding.BudgetPlan;
import vn.ocop.funding.BudgetPlanFile;
import vn.ocop.funding.FundingLedger;
import vn.ocop.funding.FundingSource;
import vn.ocop.funding.Vnd;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.product.Product;
import vn.ocop.round.CouncilLevel;
import vn.ocop.target.Target;
import vn.ocop.target.Targets;

/**
 * Reads a programme file ({@link ProgrammeDocument}) into the core's values: places, targets, a
 * certificate registry, a budget plan with its ledger, and the round files to evaluate. Every
 * problem is an {@link InputException} naming the file, line, column and JSON path.
 */
public final class ProgrammeFiles {
  private ProgrammeFiles() {}

  /**
   * A programme file read and checked.
   *
   * @param file the file
   * @param document the file as written
   * @param province the province the file is kept by
   * @param places every place of the file, by id
   * @param targets the targets
   * @param registry the certificates
   * @param ledger the budget plan with allocations and disbursements, if the file has a plan
   * @param rounds the round files, resolved against the programme file's directory
   */
  public record LoadedProgramme(Path file, ProgrammeDocument document, AdministrativeUnit province,
      Map<String, AdministrativeUnit> places, List<Target> targets, CertificateRegistry registry,
      Optional<FundingLedger> ledger, List<Path> rounds) {

    /**
     * Every file this programme file made the reader read or lists for reading: itself, its budget
     * plan file (if it names one rather than a bundled plan) and its round files. A command that
     * writes files checks its outputs against these, so that no output overwrites one of them.
     *
     * @return the files, the programme file first
     */
    public List<Path> inputFiles() {
      List<Path> all = new java.util.ArrayList<>();
      all.add(file);
      if (document.budget() != null && document.budget().file() != null) {
        all.add(file.toAbsolutePath().getParent().resolve(document.budget().file()).normalize());
      }
      all.addAll(rounds);
      return List.copyOf(all);
    }

    /**
     * The districts of a province listed in the file, for per-district targets.
     *
     * @param provinceId the province's id
     * @return its districts, in file order
     */
    public List<AdministrativeUnit> districtsOf(String provinceId) {
      return places.values().stream().filter(u -> u.level() == AdministrativeLevel.DISTRICT)
          .filter(u -> u.province().id().equals(provinceId)).toList();
    }
  }

  /**
   * Reads a programme file, and the budget and round files it names.
   *
   * @param file the programme file ({@code ocop-programme/1}); not null
   * @return the programme, its registry, targets and ledger
   * @throws InputException naming the line, column and JSON path of the first problem, or the file if
   *     it is missing or unreadable
   * @throws IllegalArgumentException naming {@code file} if it is null
   */
  public static LoadedProgramme read(Path file) {
    Args.notNull(file, "file");
    String text = Json.readText(file);
    ProgrammeDocument doc = Json.parse(file, text, ProgrammeDocument.class);
    return new Reader(file, text, doc).read();
  }

  private static final class Reader {
    private final Path file;
    private final String text;
    private final ProgrammeDocument doc;
    private Map<String, AdministrativeUnit> places;

    Reader(Path file, String text, ProgrammeDocument doc) {
      this.file = file;
      this.text = text;
      this.doc = doc;
    }

    private InputException at(JsonPath path, String problem) {
      return Json.at(file, text, path, problem);
    }

    private InputException at(JsonPath path, Message problem) {
      return Json.at(file, text, path, problem);
    }

    LoadedProgramme read() {
      JsonPath root = JsonPath.root();
      if (!ProgrammeDocument.FORMAT.equals(doc.format())) {
        throw at(root.key("format"), Message.of("format.unknown", doc.format(), ProgrammeDocument.FORMAT));
      }
      places = RoundFiles.places(doc.places(), root.key("places"), this::at);
      AdministrativeUnit province = place(root.key("province"), doc.province());
      if (province.level() != AdministrativeLevel.PROVINCE) {
        throw at(root.key("province"), Message.of("programme.not-province", doc.province(), RoundFiles.kind(province.level())));
      }
      List<Target> targets = targets(root.key("targets"));
      CertificateRegistry registry = certificates(root.key("certificates"));
      Optional<FundingLedger> ledger = ledger(root);
      List<Path> rounds = new ArrayList<>();
      Path base = file.toAbsolutePath().getParent();
      for (int i = 0; i < doc.rounds().size(); i++) {
        Path r = base.resolve(doc.rounds().get(i)).normalize();
        if (!Files.isRegularFile(r)) {
          throw at(root.key("rounds").index(i), Message.of("programme.round-missing", r));
        }
        rounds.add(r);
      }
      return new LoadedProgramme(file, doc, province, places, targets, registry, ledger, rounds);
    }

    private AdministrativeUnit place(JsonPath path, String id) {
      AdministrativeUnit u = places.get(id);
      if (u == null) {
        throw at(path, Message.of("programme.place-unknown", id, String.join(", ", places.keySet())));
      }
      return u;
    }

    private List<Target> targets(JsonPath path) {
      List<Target> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < doc.targets().size(); i++) {
        ProgrammeDocument.TargetEntry t = doc.targets().get(i);
        JsonPath tp = path.index(i);
        Target target;
        if (t.seed() != null) {
          if (t.id() != null || t.kind() != null || t.fromYear() != null || t.toYear() != null || t.minimum() != null
              || t.upper() != null || t.stretch() != null || t.minimumStars() != null || t.source() != null) {
            throw at(tp, Message.of("programme.target-seed-and-written"));
          }
          target = Targets.seeds().stream().filter(s -> s.id().equals(t.seed())).findFirst()
              .orElseThrow(() -> at(tp.key("seed"), Message.of("programme.no-seed", t.seed(),
                  Targets.seeds().stream().map(Target::id).collect(Collectors.joining(", ")))));
        } else {
          List<String> missing = new ArrayList<>();
          if (t.id() == null) {
            missing.add("id");
          }
          if (t.kind() == null) {
            missing.add("kind");
          }
          if (t.fromYear() == null) {
            missing.add("fromYear");
          }
          if (t.toYear() == null) {
            missing.add("toYear");
          }
          if (t.minimum() == null) {
            missing.add("minimum");
          }
          if (t.source() == null) {
            missing.add("source");
          }
          if (!missing.isEmpty()) {
            throw at(tp, Message.of("programme.target-needs", String.join(", ", missing)));
          }
          try {
            Target.Builder b = Target.builder().id(t.id()).provinceId(doc.province()).kind(t.kind())
                .fromYear(t.fromYear()).toYear(t.toYear()).minimum(t.minimum()).source(t.source());
            if (t.minimumStars() != null) {
              b.minimumStars(stars(tp.key("minimumStars"), t.minimumStars()));
            }
            if (t.upper() != null) {
              b.upper(t.upper());
            }
            if (t.stretch() != null) {
              b.stretch(t.stretch());
            }
            target = b.build();
          } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InputException ie) {
              throw ie;
            }
            throw at(tp, e.getMessage());
          }
        }
        if (!ids.add(target.id())) {
          throw at(tp, Message.of("programme.target-twice", target.id()));
        }
        out.add(target);
      }
      return out;
    }

    private StarRating stars(JsonPath path, int stars) {
      if (stars < 1 || stars > 5) {
        throw at(path, Message.of("programme.stars", stars));
      }
      return StarRating.of(stars);
    }

    private CertificateRegistry certificates(JsonPath path) {
      CertificateRegistry registry = CertificateRegistry.empty();
      List<ProgrammeDocument.CertificateEntry> list = new ArrayList<>(doc.certificates());
      // issue in decision order so that a re-evaluation finds the certificate it replaces
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> list.get(a).decisionDate().compareTo(list.get(b).decisionDate()));
      for (int i : order) {
        ProgrammeDocument.CertificateEntry c = list.get(i);
        JsonPath cp = path.index(i);
        AdministrativeUnit place = place(cp.key("place"), c.place());
        StarRating stars = stars(cp.key("stars"), c.stars());
        try {
          Producer producer = Producer.builder().id(c.product() + "/producer").name(c.producer()).kind(c.producerKind())
              .place(place).build();
          Product product = Product.builder().id(c.product()).name(c.productName()).productSet(c.productSet())
              .producer(producer).place(place).build();
          Certificate.Builder b = Certificate.builder().number(c.number()).product(product).stars(stars)
              .issuingLevel(c.level()).issuingBody(c.issuedBy()).decisionDate(c.decisionDate());
          if (c.level() != CouncilLevel.CENTRAL) {
            b.issuingPlace(c.issuedUnder() != null ? place(cp.key("issuedUnder"), c.issuedUnder())
                : c.level() == CouncilLevel.DISTRICT ? place.district().orElse(place.province()) : place.province());
          }
          if (c.decisionNumber() != null) {
            b.decisionNumber(c.decisionNumber());
          }
          if (c.basis() != null && c.basis() != IssueBasis.NEW) {
            b.basis(c.basis());
          }
          if (c.replaces() != null) {
            b.replaces(c.replaces());
          }
          registry = registry.issue(b.build());
        } catch (InputException e) {
          throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw at(cp, e.getMessage());
        }
      }
      return registry;
    }

    private Optional<FundingLedger> ledger(JsonPath root) {
      ProgrammeDocument.BudgetRef ref = doc.budget();
      if (ref == null) {
        if (!doc.allocations().isEmpty() || !doc.disbursements().isEmpty()) {
          throw at(root.key(doc.allocations().isEmpty() ? "disbursements" : "allocations"),
              Message.of("programme.needs-budget"));
        }
        return Optional.empty();
      }
      JsonPath bp = root.key("budget");
      if ((ref.file() == null) == (ref.bundled() == null)) {
        throw at(bp, Message.of("programme.budget-either", BudgetPlanFile.KIEN_GIANG_PLAN_118 + ", "
            + BudgetPlanFile.QUANG_NAM_2018_2020));
      }
      BudgetPlan plan;
      if (ref.file() != null) {
        Path f = file.toAbsolutePath().getParent().resolve(ref.file()).normalize();
        if (!Files.isRegularFile(f)) {
          throw at(bp.key("file"), Message.of(Files.exists(f) ? "programme.budget-not-regular" : "programme.budget-missing", f));
        }
        try {
          plan = BudgetPlanFile.read(f.getFileName().toString(), new java.io.StringReader(Json.readText(f)));
        } catch (vn.ocop.funding.BudgetFileException e) {
          throw new InputException(f, e.line(), 0, null,
              CoreMessages.of(e.getMessage().substring(e.getMessage().indexOf(": ") + 2)), e);
        }
      } else {
        String name = ref.bundled().endsWith(".budget") ? ref.bundled() : ref.bundled() + ".budget";
        try {
          plan = BudgetPlanFile.bundled(name);
        } catch (IllegalArgumentException e) {
          throw at(bp.key("bundled"), Message.of("programme.no-bundled", ref.bundled(),
              BudgetPlanFile.KIEN_GIANG_PLAN_118 + ", " + BudgetPlanFile.QUANG_NAM_2018_2020));
        }
      }
      FundingLedger ledger = FundingLedger.of(plan);
      for (int i = 0; i < doc.allocations().size(); i++) {
        JsonPath mp = root.key("allocations").index(i);
        Allocation a = money(mp, doc.allocations().get(i));
        try {
          ledger = ledger.allocate(a);
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw at(mp, e.getMessage());
        }
      }
      for (int i = 0; i < doc.disbursements().size(); i++) {
        JsonPath mp = root.key("disbursements").index(i);
        Allocation d = money(mp, doc.disbursements().get(i));
        try {
          ledger = ledger.disburse(d);
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw at(mp, e.getMessage());
        }
      }
      return Optional.of(ledger);
    }

    private Allocation money(JsonPath mp, ProgrammeDocument.Money m) {
      FundingSource source = FundingSource.fromSlug(m.source()).orElseThrow(() -> at(mp.key("source"),
          Message.of("programme.source", m.source(), Arrays.stream(FundingSource.values()).map(FundingSource::slug)
              .collect(Collectors.joining(", ")))));
      BigDecimal mil = m.millionVnd();
      if (mil.signum() <= 0 || mil.stripTrailingZeros().scale() > 0 || mil.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / Vnd.MILLION)) > 0) {
        throw at(mp.key("millionVnd"), Message.of("programme.amount", mil.toPlainString()));
      }
      try {
        return new Allocation(m.date(), m.year() == null ? m.date().getYear() : m.year(), source,
            Vnd.ofMillions(mil.longValueExact()), m.recipient());
      } catch (IllegalArgumentException e) {
        throw at(mp, e.getMessage());
      }
    }
  }
}
