package vn.ocop.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.ocop.cli.report.Lang;

/**
 * The help texts of the {@code ocop} command in Vietnamese and English: the resource bundle
 * {@code vn/ocop/cli/Help.properties} (English) and {@code Help_vi.properties}, keyed as picocli looks
 * them up ({@code ocop.evaluate.usage.description}, {@code ocop.evaluate.html}, …). The annotations'
 * English descriptions stay as the fallback for a key a bundle lacks.
 */
final class Help {
  private Help() {}

  static final String BASE = "vn.ocop.cli.Help";

  /** The help bundle of {@code lang}, never falling back to the system locale's bundle. */
  static ResourceBundle bundle(Lang lang) {
    Locale locale = lang == Lang.VI ? lang.locale() : Locale.ROOT;
    return ResourceBundle.getBundle(BASE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
