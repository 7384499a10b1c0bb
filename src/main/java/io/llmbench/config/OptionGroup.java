package io.llmbench.config;

import java.util.List;
import java.util.function.Consumer;

/**
 * The options one part of the suite declares (a dataset, the arrival profiles, the report...), and the checks that
 * span several of them, run when the options are read.
 *
 * @param name the part, as {@code llmbench.help} titles it
 * @param check throws a {@link ConfigError} for a combination the part refuses; reads through {@link Options#get}
 */
public record OptionGroup(String name, List<OptionSpec<?>> options, Consumer<Options> check) {
  public OptionGroup {
    options = List.copyOf(options);
  }

  public OptionGroup(String name, List<OptionSpec<?>> options) {
    this(name, options, values -> { });
  }
}
