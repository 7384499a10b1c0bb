package io.llmbench.mock;

import java.util.List;

/**
 * The text the mock generates: common English words, each with a leading space, cycled in a fixed order. Each word
 * is exactly one token for GPT-2 and Qwen3 (byte-level BPE), and a leading space starts a new pre-token, so a client
 * that retokenizes the output counts exactly the tokens the mock sent. Words are plain ASCII letters, so they need
 * no JSON escaping.
 */
public final class MockTokens {
  /** The cycle, in order. */
  public static final List<String> WORDS =
      List.of(
          " the", " of", " and", " to", " in", " is", " it", " that", " for", " was", " on", " with", " as", " he",
          " be", " at", " by", " this", " have", " from", " or", " are", " not", " but", " had", " his", " they",
          " you", " which", " one", " all", " were", " her", " we", " there", " can", " an", " been", " has",
          " more", " their", " will", " would", " if", " so", " no", " what", " up", " out", " about", " who",
          " time", " said", " when", " she", " them", " some", " could", " these", " two", " may", " then", " do",
          " first", " any", " my", " now", " like", " other", " only", " over", " new", " just", " also", " into",
          " very", " after", " most", " made");

  private MockTokens() {}

  /** The token at position {@code index} (0-based) of every response. */
  public static String word(int index) {
    return WORDS.get(index % WORDS.size());
  }

  /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public static String text(int from, int to) {
    StringBuilder sb = new StringBuilder((to - from) * 6);
    for (int i = from; i < to; i++) sb.append(word(i));
    return sb.toString();
  }
}
