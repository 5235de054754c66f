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

  private RuleBookCompiler() {}

  static String key(List<RulePack> chain) {
    return chain.stream().map(p -> p.ref() + "#" + p.contentHash()).collect(Collectors.joining("|"));
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
    params.put("band.rounding", "none");
    params.put("gate.judgement", GateJudgement.MEAN_OF_MEMBERS.name());
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
    KieBase kieBase = kieBase(chain, problems);
    PackLoader.throwIfAny(problems);
    String procedure = chain.stream().filter(p -> p.kind() == PackKind.NATIONAL).reduce((a, b) -> b)
        .flatMap(RulePack::instrument).orElse("");
    Map<String, String> sources = new LinkedHashMap<>();
    params.keySet().forEach(k -> sources.put(k, paramOwner.containsKey(k) ? paramOwner.get(k).ref() : "library default"));
    RuleBook book = new RuleBook(chain, kieBase, ruleOwner, removedBy, params, sources,
        GateJudgement.valueOf(params.get("gate.judgement")), procedure);
    book.warmUp();
    return book;
  }

  private static String refs(List<RulePack> chain) {
    return chain.stream().map(RulePack::ref).collect(Collectors.joining(" + "));
  }

  @SuppressWarnings("deprecation") // newKieBaseConfiguration(props, classLoader): the KieBase must load the classes the builder compiled
  private static KieBase kieBase(List<RulePack> chain, List<Problem> problems) {
    KieServices ks = KieServices.get();
    ReleaseId releaseId = ks.newReleaseId("vn.ocop.rules", "book-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    Map<String, String> pathToFile = new HashMap<>();
    int n = 0;
    for (RulePack pack : chain) {
      for (RulePack.Source s : pack.sources()) {
        // the folder follows the DRL package, as Drools advises; the number keeps equal names apart
        java.util.regex.Matcher m = PACKAGE.matcher(s.text());
        String folder = m.find() ? m.group(1).replace('.', '/') : "ocop";
        String path = folder + "/" + (n++) + "-" + s.name();
        pathToFile.put(path, s.file());
        // bytes and encoding given together: KieFileSystem.write(path, String) goes through the platform
        // charset, which garbles every Vietnamese message under LANG=C or on Windows (cp1252)
        kfs.write(ks.getResources().newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8), "UTF-8")
            .setSourcePath("src/main/resources/" + path));
      }
    }
    long start = System.nanoTime();
    try {
      KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      for (Message m : errors) {
        String file = pathToFile.getOrDefault(m.getPath(), m.getPath() == null ? refs(chain) : m.getPath());
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
      LOG.debug("Compiled {} in {} ms", refs(chain), (System.nanoTime() - start) / 1_000_000);
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
