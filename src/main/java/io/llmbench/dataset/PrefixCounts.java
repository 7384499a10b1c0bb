package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Arrays;

/**
 * {@code len(tokenizer.encode(text))} (special tokens included) of texts that all start with one long prefix, without
 * encoding the whole prefix again for each text.
 *
 * <p>The prefix is cut once, near its end, where a pre-token starts (a space between two non-spaces, at least
 * {@value #TAIL_CHARS} characters before the end), and the cut is checked: the prefix encoded whole must give
 * exactly the ids of its two parts encoded apart. A text's count is then the head's count plus that of the rest of
 * the text. The tokenizers' pre-tokenizers split left to right with at most a character of lookahead and the model
 * never merges across their splits, so what follows the prefix cannot move a split that far back. Where no cut
 * checks out (a short prefix, a normalizer that changes the start of every text such as Llama 2's prepended
 * {@code ▁}), each text is encoded whole.
 *
 * @param tokenizer the tokenizer that counts
 * @param prefix what every counted text starts with
 * @param cut where the prefix is cut, or -1 to encode texts whole
 * @param headTokens tokens of the prefix before the cut, special tokens included
 */
record PrefixCounts(Tokenizer tokenizer, String prefix, int cut, int headTokens) {
  /** How far before the prefix's end the cut must be, so that the text after the prefix cannot reach it. */
  static final int TAIL_CHARS = 256;
  /** Cuts tried, from the end backwards, before giving up. */
  private static final int TRIES = 4;

  static PrefixCounts of(String prefix, Tokenizer tokenizer) {
    int[] whole = null;
    int tries = 0;
    for (int c = prefix.length() - TAIL_CHARS; c > 0 && tries < TRIES; c--) {
      if (prefix.charAt(c) != ' ' || Character.isWhitespace(prefix.charAt(c - 1))
          || Character.isWhitespace(prefix.charAt(c + 1))) {
        continue;
      }
      tries++;
      whole = whole != null ? whole : tokenizer.encode(prefix, false);
      int[] head = tokenizer.encode(prefix.substring(0, c), false);
      int[] tail = tokenizer.encode(prefix.substring(c), false);
      if (Arrays.equals(whole, TokenRows.concat(head, tail))) {
        return new PrefixCounts(tokenizer, prefix, c, head.length + tokenizer.numSpecialTokensToAdd());
      }
    }
    return new PrefixCounts(tokenizer, prefix, -1, 0);
  }

  /** Whether texts are counted from the cut (else encoded whole). */
  boolean cuts() {
    return cut >= 0;
  }

  /** The count of {@code text}, which must start with the prefix. */
  int count(String text) {
    if (!text.startsWith(prefix)) {
      throw new IllegalArgumentException("the text does not start with the prefix");
    }
    return cut < 0 ? tokenizer.encode(text, true).length
        : headTokens + tokenizer.encode(text.substring(cut), false).length;
  }
}
