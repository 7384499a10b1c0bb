package io.llmbench.backend;

import io.llmbench.backend.Protocol.Chunk;
import io.llmbench.backend.Protocol.TextMode;
import io.llmbench.metrics.CachedTokens;
import java.util.ArrayList;
import java.util.List;

/** TTFT, ITL, text and token counts gathered over one response's objects, the same way for every protocol. */
final class Accumulator {
  private final TextMode mode;
  private final TimingRules rules;
  private final int requestedOutputLen;
  private final StringBuilder text = new StringBuilder();
  private final List<Long> itl = new ArrayList<>();
  private final List<Long> chunkNanos = new ArrayList<>();
  /** The server's cumulative output count at each content chunk, -1 where the chunk had none. */
  private final List<Integer> chunkTokensSoFar = new ArrayList<>();
  private final List<Integer> chunkChars = new ArrayList<>();
  private int serverOutputLen = -1;
  private int serverPromptTokens = -1;
  private CachedTokens cachedTokens = CachedTokens.NONE;

  Accumulator(TextMode mode, TimingRules rules, int requestedOutputLen) {
    this.mode = mode;
    this.rules = rules;
    this.requestedOutputLen = requestedOutputLen;
  }

  void accept(long nanos, Chunk chunk) throws BadResponseException {
    if (chunk.promptTokens() > 0) { // the reference's truthiness test
      serverPromptTokens = chunk.promptTokens();
    }
    if (chunk.cachedTokens() != null) {
      cachedTokens = chunk.cachedTokens();
    }
    if (chunk.completionTokens() >= 0) {
      serverOutputLen = chunk.completionTokens();
    }
    boolean counts = mode == TextMode.EVERY_OBJECT || !chunk.content().isEmpty()
        || (rules.anyChoiceIsToken() && chunk.choice());
    if (!counts) {
      return;
    }
    if (mode == TextMode.CUMULATIVE) {
      text.setLength(0);
    }
    text.append(chunk.content());
    if (!chunkNanos.isEmpty()) {
      long gap = nanos - chunkNanos.get(chunkNanos.size() - 1);
      if (mode == TextMode.CUMULATIVE) {
        int newTokens = chunk.completionTokens() - chunkTokensSoFar.get(chunkTokensSoFar.size() - 1);
        if (newTokens == 0) {
          return; // as the reference: not a chunk, its time goes into the next gap
        }
        if (newTokens < 0) {
          throw new BadResponseException("meta_info.completion_tokens went down to " + chunk.completionTokens()
              + " (parallel sampling, n > 1, is not supported)");
        }
        // Whole nanoseconds: each entry loses under 1 ns against the reference's float division.
        int entries = rules.splitGaps() ? newTokens : 1;
        for (int i = 0; i < entries; i++) {
          itl.add(gap / entries);
        }
      } else {
        itl.add(gap);
      }
    }
    chunkNanos.add(nanos);
    chunkTokensSoFar.add(chunk.completionTokens());
    chunkChars.add(text.length());
  }

  /** When the last chunk that counted arrived, or {@code otherwise} when none did. */
  long lastChunkNanos(long otherwise) {
    return chunkNanos.isEmpty() ? otherwise : chunkNanos.get(chunkNanos.size() - 1);
  }

  ParsedResponse success(long lastLineNanos) {
    boolean fromServer = serverOutputLen >= 0;
    return new ParsedResponse(
        true,
        "",
        chunkNanos.isEmpty() ? 0 : chunkNanos.get(0),
        lastLineNanos,
        List.copyOf(itl),
        List.copyOf(chunkNanos),
        chunkTokens(),
        List.copyOf(chunkChars),
        fromServer ? serverOutputLen : requestedOutputLen,
        fromServer,
        serverPromptTokens,
        text.toString(),
        cachedTokens);
  }

  static ParsedResponse failure(String error, long lastLineNanos) {
    return new ParsedResponse(false, error, 0, lastLineNanos, List.of(), List.of(), List.of(), List.of(), 0, false, -1, "",
        CachedTokens.NONE);
  }

  /**
   * Tokens per content chunk: differences of the server's running count, known only when every content chunk
   * carried one (always on native, with {@code continuous_usage_stats} on OpenAI-style streams).
   */
  private List<Integer> chunkTokens() {
    List<Integer> tokens = new ArrayList<>(chunkTokensSoFar.size());
    boolean known = !chunkTokensSoFar.contains(-1);
    int previous = 0;
    for (int soFar : chunkTokensSoFar) {
      tokens.add(known ? soFar - previous : -1);
      previous = soFar;
    }
    return List.copyOf(tokens);
  }
}
