package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.ocop.cli.report.Lang;

/** Help in Vietnamese and English, chosen by --lang: every command and option described in both bundles. */
class HelpTest {

  @Test
  void helpFollowsLang() {
    Cli.Run vi = Cli.run("--lang", "vi", "evaluate", "--help");
    assertThat(vi.out()).contains("Cách dùng:").contains("Đánh giá một đợt").contains("Ghi thêm báo cáo HTML vào FILE")
        .contains("Tùy chọn:").doesNotContain("Also write the HTML report");
    Cli.Run en = Cli.run("--lang", "en", "evaluate", "--help");
    assertThat(en.out()).contains("Usage:").contains("Also write the HTML report to FILE").doesNotContain("Cách dùng");
    assertThat(Cli.run("catalog", "--help", "--lang", "vi").out()).contains("--interactive").contains("chấm trên máy");
    assertThat(Cli.run("--lang", "vi", "--help").out()).contains("Lệnh:").contains("Đánh giá, phân hạng sản phẩm OCOP");
  }

  @Test
  void everyCommandAndOptionHasAVietnameseAndAnEnglishText() {
    for (Lang lang : Lang.values()) {
      ResourceBundle bundle = Help.bundle(lang);
      CommandLine cl = OcopCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
          new java.io.PrintWriter(java.io.Writer.nullWriter()));
      List<String> missing = new ArrayList<>();
      check(cl.getCommandSpec(), bundle, missing);
      assertThat(missing).as("keys missing from the %s help bundle", lang).isEmpty();
    }
  }

  private static void check(CommandSpec spec, ResourceBundle bundle, List<String> missing) {
    String prefix = spec.qualifiedName(".");
    if (!has(bundle, prefix + ".usage.description")) {
      missing.add(prefix + ".usage.description");
    }
    for (ArgSpec arg : spec.args()) {
      String key = arg.descriptionKey();
      if (key == null || key.isEmpty()) {
        key = arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : arg.paramLabel();
      }
      if (arg instanceof OptionSpec o && o.usageHelp()) {
        key = "mixinStandardHelpOptions.help";
      } else if (arg instanceof OptionSpec o && o.versionHelp()) {
        key = "mixinStandardHelpOptions.version";
      }
      if (!has(bundle, prefix + "." + key) && !has(bundle, key)) {
        missing.add(prefix + "." + key);
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      if (!sub.getCommandSpec().equals(spec)) {
        check(sub.getCommandSpec(), bundle, missing);
      }
    }
  }

  private static boolean has(ResourceBundle bundle, String key) {
    return bundle.containsKey(key) && !bundle.getString(key).isBlank();
  }
}
