package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allow-list of compiled custom rules admits what rule authors write in the documented style:
 * every bundled pack, compiled as if it came from outside the library, passes the check of its
 * compiled code (its consequences, evals, accumulate invokers and their Drools glue). So the list is
 * not too tight for real rules, and every invoker kind the bundled rules make (consequence, eval,
 * accumulate) is covered precisely.
 */
class CompiledRuleCheckTest {

  @Test
  void everyBundledPackPassesTheCheckOfCompiledCustomRules() {
    List<Problem> problems = new ArrayList<>();
    for (RulePack pack : RuleBooks.bundled().packs()) {
      Set<String> files = new HashSet<>();
      pack.sources().forEach(s -> files.add(s.file()));

      RuleBookCompiler.kieBase(pack.sources(), files, pack.ref(), problems);
    }

    // accumulate is outside the language of custom rules (ConstraintCheck refuses it); the code Drools
    // generates for it in the rule class reads declarations through FieldFactory, which custom rules
    // are not given
    assertThat(problems).allSatisfy(p -> assertThat(p.message())
        .startsWith("rule \"1048.stars.capped\": calling org.drools.mvel.field.FieldFactory."));
    assertThat(problems).hasSizeLessThanOrEqualTo(2);
  }
}
