package io.llmbench.mock;

import java.util.SplittableRandom;

/**
 * When each content chunk of one response is due and how many tokens it carries: the single schedule behind all
 * response formats. Chunk k is due at {@code ttft + k*gap + jitter_k} after the request was decoded, an
 * absolute target, so a late timer never delays the chunks after it.
 */
final class ChunkPlan {
  private final int outputTokens;
  private final int tokensPerChunk;
  private final long[] offsetNanos;

  private ChunkPlan(int outputTokens, int tokensPerChunk, long[] offsetNanos) {
    this.outputTokens = outputTokens;
    this.tokensPerChunk = tokensPerChunk;
    this.offsetNanos = offsetNanos;
  }

  /**
   * @param outputTokens 0 (embeddings) gives one chunk carrying no tokens: the answer still has a due time
   * @param jitterMs each offset moves by a uniform amount in [-jitterMs, +jitterMs], never below 0
   * @param seed seeds the jitter (the same seed gives the same plan)
   */
  static ChunkPlan of(int outputTokens, int tokensPerChunk, double ttftMs, double gapMs, double jitterMs, long seed) {
    int chunks = Math.max(1, (outputTokens + tokensPerChunk - 1) / tokensPerChunk);
    SplittableRandom random = new SplittableRandom(seed);
    long[] offsets = new long[chunks];
    for (int k = 0; k < chunks; k++) {
      double jitter = jitterMs > 0 ? random.nextDouble(-jitterMs, jitterMs) : 0;
      offsets[k] = Math.max(0, Math.round((ttftMs + k * gapMs + jitter) * 1e6));
    }
    return new ChunkPlan(outputTokens, tokensPerChunk, offsets);
  }

  int chunks() {
    return offsetNanos.length;
  }

  /** Nanoseconds after the request was decoded at which chunk {@code k} is due. */
  long offsetNanos(int k) {
    return offsetNanos[k];
  }

  /** Index of the first token chunk {@code k} carries. */
  int firstToken(int k) {
    return k * tokensPerChunk;
  }

  /** Tokens chunk {@code k} carries (the last chunk takes the remainder). */
  int tokens(int k) {
    return Math.min(tokensPerChunk, outputTokens - k * tokensPerChunk);
  }

  int outputTokens() {
    return outputTokens;
  }
}
