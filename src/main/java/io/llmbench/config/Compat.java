package io.llmbench.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whose definitions a run follows: SGLang's {@code bench_serving} (the default) or vLLM's {@code vllm bench serve}.
 * The two differ by definition, not by accident (range ratio, what {@code random} means, Poisson gaps, connections,
 * where TTFT and E2E stop, warm-ups, percentiles, output files), so a run picks one set as a whole.
 */
public enum Compat {
  SGLANG,
  VLLM;

  // the names through key(): "sglang" and "vllm" are backend names too, which only io.llmbench.backend writes
  public static final OptionSpec<Compat> OPTION = OptionSpec.oneOf("compat", SGLANG.key(),
          Arrays.stream(values()).map(Compat::key).toList(),
          "whose definitions and output files the run follows: sglang (bench_serving) or vllm (vllm bench serve)")
      .map(SGLANG, Compat::of);
  public static final OptionGroup OPTIONS = new OptionGroup("compatibility", List.of(OPTION));

  private static Compat of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The value as written in the options, {@code sglang} or {@code vllm}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
