package io.llmbench.config;

import com.typesafe.config.ConfigFactory;
import io.llmbench.report.Console;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code -Dllmbench.help=true}: every option with its type, default, allowed values and meaning, from the declarations. */
public final class Help {
  static final OptionSpec<Boolean> HELP = OptionSpec.bool("help", false,
      "print this list of options and exit without sending anything");
  static final OptionGroup OPTIONS = new OptionGroup("help", List.of(HELP));

  private Help() {}

  /**
   * Prints the options when {@code llmbench.help} is set (system properties over {@code -Dconfig.file}); the caller
   * then exits 0 without starting a run.
   *
   * @return whether the help was printed
   */
  public static boolean printIfAsked() {
    ConfigFactory.invalidateCaches();
    boolean asked = HELP.read(ConfigFactory.load().getConfig(ConfigLoader.ROOT));
    if (asked) {
      Console.print(text(OptionRegistry.all()));
    }
    return asked;
  }

  /** The help text of these parts' options, grouped by part. */
  public static String text(List<OptionGroup> groups) {
    StringBuilder out = new StringBuilder("Options of gatling-llm-bench, each -Dllmbench.<key>=<value> or in a"
        + " -Dconfig.file (HOCON, under llmbench); defaults from resources/reference.conf.\n");
    for (OptionGroup group : groups) {
      out.append('\n').append(group.name()).append(":\n");
      for (OptionSpec<?> o : group.options()) {
        out.append("  ").append(o.key()).append(" = ").append(show(o.defaultValue()))
            .append("  (").append(o.type()).append("; ").append(o.allowed()).append(")\n")
            .append("      ").append(o.doc()).append('\n');
        if (o.modes().only() != null) {
          out.append("      only in ").append(o.modes().only().key()).append(" mode; the other has ")
              .append(o.modes().instead()).append('\n');
        }
        if (o.modes().vllmDefault() != null) {
          out.append("      default in vllm mode: ").append(show(o.modes().vllmDefault())).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** A default as one would write it in HOCON. */
  static String show(Object value) {
    if (value instanceof String s) {
      return s.isEmpty() ? "\"\"" : s;
    }
    if (value instanceof Compat mode) {
      return mode.key();
    }
    if (value instanceof Double d && d.isInfinite()) {
      return "inf";
    }
    if (value instanceof Duration d) {
      return d.toSeconds() % 3600 == 0 && !d.isZero() ? d.toHours() + "h" : d.toSeconds() + "s";
    }
    if (value instanceof Thresholds t && t.isEmpty()) {
      return "{}";
    }
    if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
