package vn.ocop.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.impl.KnowledgePackageImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled packs' rule books, compiled when the library is built and read back at run time, so
 * that a fresh JVM has its first book without parsing DRL or compiling Java (issue 10, "cold rule
 * book ready in under 1 s").
 *
 * <p>The build ({@code ocop-rules/pom.xml}, phase {@code process-classes}) runs {@link #main} on
 * its own compiled classes: every combination of bundled packs that {@link RuleBooks#validate()}
 * compiles is written as the Drools packages the compiler produced (Drools' own externalized form)
 * to {@code vn/ocop/rules/precompiled/<digest>.kpkg} inside the jar. Nothing generated is checked in:
 * the files follow whatever DRL is bundled when the jar is built.
 *
 * <p>At run time only sources that are all bundled in the jar (trusted, DESIGN.md decision 5) are
 * looked up, by the SHA-256 of their file names and texts; a file is used only if its header names
 * the same format, the same Drools version and the same digest. Otherwise — a stale or missing
 * file, a different Drools, anything that fails to read — the sources are compiled as before. A
 * province's packs from a directory and custom DRL are always compiled, never read from a file.
 */
final class PrecompiledBooks {
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledBooks.class);

  /** The folder of the files, on the class path and under the build's output directory. */
  static final String FOLDER = "vn/ocop/rules/precompiled/";

  /** The first line's format tag; bump it when the file layout changes. */
  static final String FORMAT = "ocop-precompiled/1";

  /**
   * The Java language level of the code Drools compiles for the files: the library's baseline, so
   * that files built on a newer JDK load on JDK 17.
   */
  static final String JAVA_LEVEL = "17";

  private PrecompiledBooks() {}

  /**
   * Writes the precompiled books of every combination of bundled packs; the build runs this.
   *
   * @param args one argument, the output directory of the classes ({@code target/classes})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompiledBooks OUTPUT_DIRECTORY");
    }
    // the Java code of the consequences at the baseline level, whatever JDK runs the build
    System.setProperty("drools.dialect.java.compiler.lnglevel", JAVA_LEVEL);
    Path dir = Path.of(args[0]).resolve(FOLDER);
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        Files.delete(p);
      }
    }
    Set<String> written = new LinkedHashSet<>();
    RuleBookCompiler.precompileSink = (sources, packages) -> {
      String digest = digest(sources);
      if (written.add(digest)) {
        try {
          write(dir.resolve(digest + ".kpkg"), digest, packages);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    try {
      RuleBooks.bundled().validate();
    } finally {
      RuleBookCompiler.precompileSink = null;
    }
    // what the sandbox finds in each bundled DRL file (all of them are parsed when the packs load)
    int checked = 0;
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
        Files.newOutputStream(dir.resolve(SANDBOX_FILE))))) {
      out.writeUTF(sandboxHeader());
      for (RulePack pack : RuleBooks.bundled().packs()) {
        for (RulePack.Source s : pack.sources()) {
          DrlSandbox.Result r = DrlSandbox.check(s.file(), s.text(), false);
          if (!r.problems().isEmpty()) {
            continue;
          }
          out.writeBoolean(true);
          out.writeUTF(digest(List.of(s)));
          out.writeUTF(r.packageName());
          out.writeInt(r.rules().size());
          for (DrlSandbox.RuleInfo rule : r.rules()) {
            out.writeUTF(rule.id());
            out.writeUTF(rule.name());
            writeLong(out, rule.legal());
            out.writeInt(rule.line());
          }
          checked++;
        }
      }
      out.writeBoolean(false);
    }
    LOG.info("{} precompiled rule books and the sandbox's findings in {} rule files written to {}", written.size(),
        checked, dir);
  }

  /** The file of the sandbox's findings in the bundled DRL files, beside the books. */
  static final String SANDBOX_FILE = "sandbox.bin";

  private static void writeLong(java.io.DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLong(java.io.DataInputStream in) throws IOException {
    return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
  }

  /** The sandbox file's header: its format, the Drools parser and the sandbox's own code. */
  private static String sandboxHeader() throws IOException {
    return FORMAT + " sandbox drools=" + DROOLS + " check=" + classDigest(DrlSandbox.class);
  }

  private static String classDigest(Class<?> c) throws IOException {
    try (InputStream in = c.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
      byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sandbox's findings in bundled files, by {@link #digest} of the one source; read once. */
  private static final class Sandbox {
    static final java.util.Map<String, DrlSandbox.Result> FOUND = read();

    private static java.util.Map<String, DrlSandbox.Result> read() {
      java.util.Map<String, DrlSandbox.Result> found = new java.util.HashMap<>();
      InputStream raw = PrecompiledBooks.class.getClassLoader().getResourceAsStream(FOLDER + SANDBOX_FILE);
      if (raw == null) {
        return found;
      }
      try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(raw))) {
        if (!in.readUTF().equals(sandboxHeader())) {
          LOG.debug("The precompiled sandbox findings are stale; parsing");
          return found;
        }
        while (in.readBoolean()) {
          String digest = in.readUTF();
          String packageName = in.readUTF();
          int n = in.readInt();
          List<DrlSandbox.RuleInfo> rules = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            rules.add(new DrlSandbox.RuleInfo(in.readUTF(), in.readUTF(), readLong(in), in.readInt()));
          }
          found.put(digest, new DrlSandbox.Result(List.of(), List.copyOf(rules), packageName));
        }
        return found;
      } catch (IOException | RuntimeException e) {
        LOG.debug("The precompiled sandbox findings cannot be read; parsing", e);
        return new java.util.HashMap<>();
      }
    }
  }

  /**
   * What {@link DrlSandbox#check(String, String, boolean)} finds in a bundled file (not custom), as
   * the build found it, or empty when the build did not see this text (the caller then parses).
   */
  static Optional<DrlSandbox.Result> sandbox(RulePack.Source source) {
    if (!source.file().startsWith("classpath:")) {
      return Optional.empty();
    }
    return Optional.ofNullable(Sandbox.FOUND.get(digest(List.of(source))));
  }

  /** The SHA-256 of the sources' files, names and texts, in order: what a precompiled file is looked up by. */
  static String digest(List<RulePack.Source> sources) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (RulePack.Source s : sources) {
        for (String part : new String[] {s.file(), s.name(), s.text()}) {
          md.update(part.getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The header line of a file for {@code digest}: format, Drools version, Java level, digest. */
  static String header(String digest) {
    return FORMAT + " drools=" + DROOLS + " java=" + JAVA_LEVEL + " sha256=" + digest + "\n";
  }

  /**
   * The Drools that reads and writes the files: its Maven version and a digest of the class whose
   * externalized form the files hold. ({@code Drools.getFullVersion()} reads the jar's manifest,
   * which in a shaded jar such as the command's is the application's.)
   */
  static final String DROOLS = droolsVersion();

  private static String droolsVersion() {
    ClassLoader loader = KnowledgePackageImpl.class.getClassLoader();
    String version = "unknown";
    try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.drools/drools-base/pom.properties")) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
      try (InputStream c = loader.getResourceAsStream(KnowledgePackageImpl.class.getName().replace('.', '/') + ".class")) {
        byte[] bytes = c == null ? new byte[0] : c.readAllBytes();
        version += "+" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
      }
    } catch (IOException | NoSuchAlgorithmException e) {
      version += "+unreadable";
    }
    return version;
  }

  static void write(Path file, String digest, Collection<KiePackage> packages) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(header(digest).getBytes(StandardCharsets.UTF_8));
    try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(packages));
    }
    Files.write(file, bytes.toByteArray());
  }

  /** Whether every source is bundled in the jar: only those may be read precompiled. */
  static boolean allBundled(List<RulePack.Source> sources) {
    return !sources.isEmpty() && sources.stream().allMatch(s -> s.file().startsWith("classpath:"));
  }

  /**
   * The knowledge base of {@code sources} read from its precompiled file, or empty when there is
   * none, it is stale or it cannot be read (the caller then compiles).
   */
  static Optional<KieBase> read(List<RulePack.Source> sources) {
    if (!allBundled(sources)) {
      return Optional.empty();
    }
    String digest = digest(sources);
    try (InputStream in = PrecompiledBooks.class.getClassLoader().getResourceAsStream(FOLDER + digest + ".kpkg")) {
      if (in == null) {
        LOG.debug("No precompiled rule book {}; compiling", digest);
        return Optional.empty();
      }
      return read(in, digest);
    } catch (IOException e) {
      LOG.debug("Precompiled rule book {} cannot be read; compiling", digest, e);
      return Optional.empty();
    }
  }

  /**
   * The knowledge base in {@code in}, a file {@link #write} wrote for {@code digest}, or empty when its
   * header is not this library's, this Drools's and this digest's, or it cannot be read.
   */
  @SuppressWarnings("deprecation") // newKieBaseConfiguration(props, classLoader), as RuleBookCompiler
  static Optional<KieBase> read(InputStream in, String digest) {
    try {
      String expected = header(digest);
      byte[] head = in.readNBytes(expected.getBytes(StandardCharsets.UTF_8).length);
      if (!new String(head, StandardCharsets.UTF_8).equals(expected)) {
        LOG.debug("Precompiled rule book {} is stale ({}); compiling", digest, new String(head, StandardCharsets.UTF_8).strip());
        return Optional.empty();
      }
      ClassLoader loader = PrecompiledBooks.class.getClassLoader();
      ProjectClassLoader classLoader = ProjectClassLoader.createProjectClassLoader(loader);
      Collection<KiePackage> packages;
      try (ObjectInputStream objects = new DroolsObjectInputStream(in, classLoader)) {
        @SuppressWarnings("unchecked")
        Collection<KiePackage> read = (Collection<KiePackage>) objects.readObject();
        packages = read;
      }
      InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
          KieServices.get().newKieBaseConfiguration(null, classLoader));
      kieBase.addPackages(packages);
      return Optional.of(kieBase);
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      LOG.debug("Precompiled rule book {} cannot be read; compiling", digest, e);
      return Optional.empty();
    }
  }
}
