package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * The two pieces of Drools' internal API that {@link RuleBook} relies on for speed, pinned against the
 * Drools on the class path, so that an upgrade that changes them fails here by name instead of quietly
 * taking the slower fallback (or, worse, a wrong product in the guard's counts):
 * <ul>
 *   <li>{@code RuleBook.emptied}: a session of a {@code KieBase} is a {@link StatefulKnowledgeSessionImpl}
 *       whose {@code reset()} leaves no fact, match or node memory behind, so the next slice of a round
 *       fires as in a new session;
 *   <li>{@code RuleBook.productOf(Match)}: a match seen by an agenda filter is an {@link InternalMatch}
 *       whose tuple runs from the rule's last pattern to its first ({@link TupleImpl#getParent()}), the
 *       reverse of {@link Match#getObjects()}.
 * </ul>
 * If this test fails after a Drools upgrade, read those two methods (and docs/performance.md, "What is
 * left") before mending either side.
 */
class EngineInternalsTest {

  /** Two patterns and a {@code not}: a tuple of two facts, and node memories that must be emptied. */
  private static final String DRL = """
      package ocop.internals;
      global java.util.List fired;
      declare Item  key : String  end
      declare Tag   key : String  end
      declare Done  key : String  end
      rule "pair"
      when
        $i : Item($k : key)
        $t : Tag(key == $k)
        not Done(key == $k)
      then
        fired.add($k);
        insert(new Done($k));
      end
      """;

  private static final KieServices KS = KieServices.get();
  private static ReleaseId releaseId;
  private static KieBase kieBase;

  @BeforeAll
  static void compile() {
    releaseId = KS.newReleaseId("vn.ocop.rules.test", "internals-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = KS.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    kfs.write(KS.getResources().newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8), "UTF-8")
        .setSourcePath("src/main/resources/ocop/internals/internals.drl"));
    KieBuilder builder = KS.newKieBuilder(kfs).buildAll();
    assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
    kieBase = KS.newKieContainer(releaseId).getKieBase();
  }

  @AfterAll
  static void forget() {
    KS.getRepository().removeKieModule(releaseId);
  }

  @Test
  void aSessionIsTheClassWhoseResetRuleBookUsesAndResetLeavesNothingBehind() throws Exception {
    KieSession session = kieBase.newKieSession();
    try {
      assertThat(session)
          .as("RuleBook.emptied reuses a session through StatefulKnowledgeSessionImpl.reset(); with another class"
              + " every slice of a round makes a new session")
          .isInstanceOf(StatefulKnowledgeSessionImpl.class);
      List<String> first = fire(session, "a", "b");
      assertThat(first).containsExactlyInAnyOrder("a", "b");
      assertThat(session.getFactCount()).isEqualTo(6);

      ((StatefulKnowledgeSessionImpl) session).reset();
      assertThat(session.getFactCount()).isZero();
      assertThat(session.getObjects()).isEmpty();
      // the same keys again: had the not-node or the join kept its memory, "a" and "b" would not fire
      assertThat(fire(session, "a", "b", "c")).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(session.getFactCount()).isEqualTo(9);
    } finally {
      session.dispose();
    }
  }

  @Test
  void aMatchSeenByTheAgendaFilterCarriesItsTupleFromTheLastPatternToTheFirst() throws Exception {
    KieSession session = kieBase.newKieSession();
    List<List<Object>> fromTuples = new ArrayList<>();
    List<List<Object>> fromObjects = new ArrayList<>();
    try {
      session.setGlobal("fired", new ArrayList<String>());
      insert(session, "Item", "x");
      insert(session, "Tag", "x");
      session.fireAllRules(match -> {
        assertThat(match)
            .as("RuleBook.productOf reads a firing's product from InternalMatch.getTuple(); without it the guard"
                + " makes the list of the match's objects for every firing")
            .isInstanceOf(InternalMatch.class);
        TupleImpl tuple = ((InternalMatch) match).getTuple();
        assertThat(tuple).isNotNull();
        List<Object> walked = new ArrayList<>();
        for (TupleImpl t = tuple; t != null; t = t.getParent()) {
          InternalFactHandle h = t.getFactHandle();
          if (h != null && h.getObject() != null) {
            walked.add(h.getObject());
          }
        }
        Collections.reverse(walked);
        fromTuples.add(walked);
        fromObjects.add(new ArrayList<>(match.getObjects()));
        return true;
      });
    } finally {
      session.dispose();
    }
    assertThat(fromTuples).hasSize(1);
    assertThat(fromTuples.get(0)).hasSize(2);
    assertThat(fromTuples).isEqualTo(fromObjects);
    assertThat(fromTuples.get(0).get(0).getClass().getSimpleName()).isEqualTo("Item");
  }

  @SuppressWarnings("unchecked")
  private static List<String> fire(KieSession session, String... keys) throws Exception {
    List<String> fired = new ArrayList<>();
    session.setGlobal("fired", fired);
    for (String k : keys) {
      insert(session, "Item", k);
      insert(session, "Tag", k);
    }
    session.fireAllRules();
    return fired;
  }

  private static void insert(KieSession session, String type, String key) throws Exception {
    org.kie.api.definition.type.FactType t = kieBase.getFactType("ocop.internals", type);
    Object o = t.newInstance();
    t.set(o, "key", key);
    session.insert(o);
  }
}
