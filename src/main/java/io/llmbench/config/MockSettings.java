package io.llmbench.config;

import java.util.List;

/** Timing of the embedded mock server (used when {@code base-url = mock}). */
public record MockSettings(double ttftMs, double itlMs, int tokensPerChunk, double jitterMs) {
  private static final OptionSpec<Double> TTFT_MS = OptionSpec.decimal("mock.ttft-ms", 50.0, 0.0, 600_000.0,
      "the mock's time to first token");
  private static final OptionSpec<Double> ITL_MS = OptionSpec.decimal("mock.itl-ms", 10.0, 0.0, 600_000.0,
      "the mock's gap between chunks");
  private static final OptionSpec<Integer> TOKENS_PER_CHUNK = OptionSpec.integer("mock.tokens-per-chunk", 1, 1,
      1_000_000, "tokens in each streamed chunk");
  private static final OptionSpec<Double> JITTER_MS = OptionSpec.decimal("mock.jitter-ms", 0.0, 0.0, 600_000.0,
      "random spread added to the mock's delays");
  static final OptionGroup OPTIONS = new OptionGroup("mock server", List.of(TTFT_MS, ITL_MS, TOKENS_PER_CHUNK,
      JITTER_MS));

  static MockSettings of(Options v) {
    return new MockSettings(v.get(TTFT_MS), v.get(ITL_MS), v.get(TOKENS_PER_CHUNK), v.get(JITTER_MS));
  }
}
