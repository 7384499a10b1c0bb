package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference's default {@code tokenizer.encode(text)} (special tokens included), each distinct
 * text encoded once: source texts repeat (corpus wrap-around, duplicated ShareGPT turns). Not
 * thread-safe; one per generation.
 */
final class EncodeCache {
  private final Tokenizer tokenizer;
  private final Map<String, int[]> ids = new HashMap<>();

  EncodeCache(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The cached array: callers must not modify it. */
  int[] encode(String text) {
    return ids.computeIfAbsent(text, t -> tokenizer.encode(t, true));
  }
}
