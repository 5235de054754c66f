package vn.ocop.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.scoring.GateJudgement;

/**
 * Compiles a chain of packs (national base, national extension, province packs) into a {@link
 * RuleBook}. Builds are cached by the packs' refs and content hashes; each build uses a unique
 * ReleaseId that is removed from the JVM-wide KieRepository afterwards (Drools spike, FINDINGS §1).
 */
final class RuleBookCompiler {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBookCompiler.class);
  private static final int CACHE_SIZE = 64;

  /** Cache of compiled books by chain key; LRU, guarded by itself. */
  private static final Map<String, RuleBook> CACHE = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBook> eldest) {
          return size() > CACHE_SIZE;
        }
      });

  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  /**
   * Set only by the build's {@link PrecompiledBooks#main} while it runs: receives the compiled
   * packages of bundled sources, and turns off reading precompiled books.
   */
  static volatile java.util.function.BiConsumer<List<RulePack.Source>, java.util.Collection<org.kie.api.definition.KiePackage>>
      precompileSink;

  private RuleBookCompiler() {}

  static String key(List<RulePack> chain) {
    return chain.stream().map(p -> p.ref() + "#" + p.contentHash() + p.replaces().map(r -> "!" + r).orElse("")).collect(Collectors.joining("|"));
  }

  /** Compiles {@code chain} (lowest layer first), or returns the cached book for the same content. */
  static RuleBook compile(List<RulePack> chain) {
    String key = key(chain);
    RuleBook cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    synchronized (RuleBookCompiler.class) {
      cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
      RuleBook book = build(chain);
      CACHE.put(key, book);
      return book;
    }
  }

  private static RuleBook build(List<RulePack> chain) {
    List<Problem> problems = new ArrayList<>();
    // rule ids: unique across the chain; removes name rules of lower packs only
    Map<String, RulePack> ruleOwner = new LinkedHashMap<>();
    Map<String, RulePack> removedBy = new LinkedHashMap<>();
    for (RulePack pack : chain) {
      for (String removed : pack.removes()) {
        RulePack owner = ruleOwner.get(removed);
        if (owner == null) {
          problems.add(new Problem(pack.manifestFile(), pack.line("removes"), "pack " + pack.id() + " removes rule '"
              + removed + "', which no lower pack (" + chain.subList(0, chain.indexOf(pack)).stream()
              .map(RulePack::ref).collect(Collectors.joining(", ")) + ") defines"));
        } else {
          removedBy.put(removed, pack);
        }
      }
      for (String id : pack.ruleIds()) {
        RulePack other = ruleOwner.putIfAbsent(id, pack);
        if (other != null) {
          problems.add(new Problem(pack.manifestFile(), 0, "rule id '" + id + "' of pack " + pack.id()
              + " is already used by pack " + other.id() + "; rule ids are unique across packs"));
        }
      }
    }
    // parameters: a higher layer replaces a lower layer's value
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, RulePack> paramOwner = new HashMap<>();
    params.putAll(ParamSchema.defaults());
    for (RulePack pack : chain) {
      pack.params().forEach((k, v) -> {
        params.put(k, v);
        paramOwner.put(k, pack);
      });
    }
    RulePack top = chain.get(chain.size() - 1);
    BigDecimal previous = BigDecimal.ZERO;
    for (int n = 2; n <= 5; n++) {
      String k = "band." + n;
      if (!params.containsKey(k)) {
        problems.add(new Problem(top.manifestFile(), 0, "no pack of " + refs(chain) + " sets parameter " + k));
        continue;
      }
      BigDecimal v = new BigDecimal(params.get(k));
      if (v.compareTo(previous) <= 0) {
        RulePack owner = paramOwner.get(k);
        problems.add(new Problem(owner.manifestFile(), owner.line("param." + k), "parameter " + k + "=" + v
            + " must be above the band below it (" + previous.toPlainString() + ")"));
      }
      previous = v;
    }
    if (!problems.isEmpty()) {
      PackLoader.throwIfAny(problems);
    }
    checkPackages(chain, problems);
    PackLoader.throwIfAny(problems);
    KieBase kieBase = kieBase(chain, problems);
    PackLoader.throwIfAny(problems);
    String procedure = chain.stream().filter(p -> p.kind() == PackKind.NATIONAL).reduce((a, b) -> b)
        .flatMap(RulePack::instrument).orElse("");
    Map<String, String> sources = new LinkedHashMap<>();
    params.keySet().forEach(k -> sources.put(k, paramOwner.containsKey(k) ? paramOwner.get(k).ref() : "library default"));
    RuleBook book = new RuleBook(chain, kieBase, ruleOwner, removedBy, params, sources,
        GateJudgement.valueOf(params.get("gate.judgement")), procedure);
    if (chain.stream().allMatch(RuleBookCompiler::trusted)) {
      // bundled packs only: nothing is checked on the probe (a failure would be ignored below), it only warms
      // the engine up for the first round, so it runs beside the caller instead of before the book is handed
      // out (the first book of a fresh JVM, docs/performance.md); a daemon thread, never waited for
      Thread warmUp = new Thread(book::warmUp, "ocop-rules-warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
      return book;
    }
    // the probe runs within the limits; a custom rule that fails on it is a problem of the pack
    book.warmUp().filter(e -> chain.stream().anyMatch(p -> !trusted(p))).ifPresent(e -> {
      Problem where = ruleOrigin(chain, e.rule());
      PackLoader.throwIfAny(List.of(new Problem(where.file(), where.line(), "rule " + e.rule()
          + " fails on a probe round of made-up facts: " + e.getMessage())));
    });
    return book;
  }

  /** Packs bundled with the library are trusted; packs read from a directory are not (DESIGN.md decision 5). */
  static boolean trusted(RulePack pack) {
    return pack.manifestFile().startsWith("classpath:");
  }

  /**
   * A custom pack's DRL package may not be one of another pack's: Drools merges the rules of one
   * package, and a province's rule would sit among national ones.
   */
  private static void checkPackages(List<RulePack> chain, List<Problem> problems) {
    Map<String, RulePack> owner = new HashMap<>();
    for (RulePack pack : chain) {
      for (RulePack.Source s : pack.sources()) {
        java.util.regex.Matcher m = PACKAGE.matcher(s.text());
        String name = m.find() ? m.group(1) : "";
        RulePack other = owner.putIfAbsent(name, pack);
        if (other != null && other != pack && (!trusted(pack) || !trusted(other))) {
          problems.add(new Problem(s.file(), 0, "package " + (name.isEmpty() ? "(none)" : name) + " is also the package of "
              + other.ref() + "; a pack from outside the library uses a package of its own"));
        }
      }
    }
  }

  /** The file and line of the rule with {@code @id} (or name) {@code id}, for messages. */
  static Problem ruleOrigin(List<RulePack> chain, String id) {
    for (RulePack pack : chain) {
      for (RulePack.Source s : pack.sources()) {
        int line = lineOfRule(s.text(), id);
        if (line > 0) {
          return new Problem(s.file(), line, id);
        }
      }
    }
    RulePack top = chain.get(chain.size() - 1);
    return new Problem(top.manifestFile(), 0, id);
  }

  /** The line of {@code rule "name"} or of {@code @id("name")} in DRL text, or 0. */
  static int lineOfRule(String text, String nameOrId) {
    String q = java.util.regex.Pattern.quote(nameOrId);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ \\t]*rule\\s+(\"" + q + "\"|'" + q + "')").matcher(text);
    int at = m.find() ? m.start() : -1;
    if (at < 0) {
      m = java.util.regex.Pattern.compile("@id\\(\\s*\"" + q + "\"\\s*\\)").matcher(text);
      at = m.find() ? m.start() : -1;
    }
    if (at < 0) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String refs(List<RulePack> chain) {
    return chain.stream().map(RulePack::ref).collect(Collectors.joining(" + "));
  }

  @SuppressWarnings("deprecation") // newKieBaseConfiguration(props, classLoader): the KieBase must load the classes the builder compiled
  private static KieBase kieBase(List<RulePack> chain, List<Problem> problems) {
    List<RulePack.Source> sources = new ArrayList<>();
    Set<String> untrusted = new java.util.HashSet<>();
    for (RulePack pack : chain) {
      sources.addAll(pack.sources());
      if (!trusted(pack)) {
        pack.sources().stream().filter(s -> !s.library()).forEach(s -> untrusted.add(s.file()));
      }
    }
    return kieBase(sources, untrusted, refs(chain), problems);
  }

  /**
   * Compiles the DRL files of a pack whose manifest is broken on their own, so that {@code rules
   * check} reports their problems too (issue 13): compile errors and the checks of compiled code.
   */
  static List<Problem> compileAlone(List<RulePack.Source> sources) {
    List<Problem> problems = new ArrayList<>();
    Set<String> files = new java.util.HashSet<>();
    sources.forEach(s -> files.add(s.file()));
    synchronized (RuleBookCompiler.class) {
      kieBase(sources, files, "the rule files", problems);
    }
    return problems;
  }

  static KieBase kieBase(List<RulePack.Source> sources, Set<String> untrustedFiles, String label,
      List<Problem> problems) {
    java.util.function.BiConsumer<List<RulePack.Source>, java.util.Collection<org.kie.api.definition.KiePackage>> sink =
        precompileSink;
    if (untrustedFiles.isEmpty() && sink == null) {
      // bundled packs only: the book the build compiled, if it is there and current (PrecompiledBooks)
      long start = System.nanoTime();
      java.util.Optional<KieBase> precompiled = PrecompiledBooks.read(sources);
      if (precompiled.isPresent()) {
        LOG.debug("Read {} precompiled in {} ms", label, (System.nanoTime() - start) / 1_000_000);
        return precompiled.get();
      }
    }
    KieServices ks = KieServices.get();
    ReleaseId releaseId = ks.newReleaseId("vn.ocop.rules", "book-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    Map<String, String> pathToFile = new HashMap<>();
    Map<String, RulePack.Source> untrusted = new HashMap<>();
    int n = 0;
    for (RulePack.Source s : sources) {
      // the folder follows the DRL package, as Drools advises; the number keeps equal names apart
      java.util.regex.Matcher m = PACKAGE.matcher(s.text());
      String folder = m.find() ? m.group(1).replace('.', '/') : "ocop";
      String path = folder + "/" + (n++) + "-" + s.name();
      pathToFile.put(path, s.file());
      if (untrustedFiles.contains(s.file())) {
        untrusted.put(s.file(), s);
      }
      // bytes and encoding given together: KieFileSystem.write(path, String) goes through the platform
      // charset, which garbles every Vietnamese message under LANG=C or on Windows (cp1252)
      kfs.write(ks.getResources().newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8), "UTF-8")
          .setSourcePath("src/main/resources/" + path));
    }
    long start = System.nanoTime();
    try {
      KieBuilder builder;
      try {
        builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
      } catch (StackOverflowError e) {
        // the sandbox's nesting check comes first; this is the last line of defence
        problems.add(new Problem(label, 0, "the rule files are nested too deeply to be compiled"));
        return null;
      }
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      for (Message m : errors) {
        String file = pathToFile.getOrDefault(m.getPath(), m.getPath() == null ? label : m.getPath());
        if (m.getLine() <= 0 && errors.size() > 1 && m.getText().contains("Parser returned a null Package")) {
          continue; // the follow-up of a syntax error reported on its own line
        }
        problems.add(new Problem(file, m.getLine(), m.getText().strip()));
      }
      if (!problems.isEmpty()) {
        return null;
      }
      // the packages the builder compiled, put into a KieBase directly: a KieContainer would log "Start/End
      // creation of KieBase" at INFO into the host's log on every compilation (issue 11)
      InternalKieModule module = (InternalKieModule) builder.getKieModule();
      String baseName = module.getKieModuleModel().getKieBaseModels().keySet().iterator().next();
      KnowledgeBuilderImpl compiled = (KnowledgeBuilderImpl) module.getKnowledgeBuilderForKieBase(baseName);
      InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
          ks.newKieBaseConfiguration(null, compiled.getRootClassLoader()));
      kieBase.addPackages(compiled.getKnowledgePackages());
      if (sink != null && untrustedFiles.isEmpty() && PrecompiledBooks.allBundled(sources)) {
        sink.accept(sources, compiled.getKnowledgePackages());
      }
      if (!untrusted.isEmpty()) {
        // the trust boundary, held on what the compiler produced (DESIGN.md decision 5)
        problems.addAll(CompiledRuleCheck.check(kieBase, rule -> {
          org.kie.api.io.Resource r = ((org.drools.base.definitions.rule.impl.RuleImpl) rule).getResource();
          String path = r == null || r.getSourcePath() == null ? "" : r.getSourcePath().replaceFirst("^src/main/resources/", "");
          RulePack.Source s = untrusted.get(pathToFile.getOrDefault(path, ""));
          return s == null ? null : new CompiledRuleCheck.Origin(s.file(), lineOfRule(s.text(), rule.getName()));
        }));
        if (!problems.isEmpty()) {
          return null;
        }
      }
      LOG.debug("Compiled {} in {} ms", label, (System.nanoTime() - start) / 1_000_000);
      return kieBase;
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  /** For tests: forget every compiled book. */
  static void clearCache() {
    CACHE.clear();
  }

  static int cacheSize() {
    return CACHE.size();
  }

}
