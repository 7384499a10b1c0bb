package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;

/** The generated words are one GPT-2 token each, so retokenized counts equal the counts the mock reports. */
class MockTokensTest {

  @Test
  void wordsArePlainAsciiWithALeadingSpace() {
    for (String w : MockTokens.WORDS) {
      assertTrue(w.matches(" [a-z]+"), w);
    }
    assertEquals(" the of", MockTokens.text(0, 2));
    assertEquals(MockTokens.word(0), MockTokens.word(MockTokens.WORDS.size()));
  }

  @Test
  void gpt2CountsExactlyOneTokenPerWord() {
    try (Tokenizer gpt2 = Tokenizer.load("builtin:gpt2")) {
      for (String w : MockTokens.WORDS) {
        assertEquals(1, gpt2.encode(w, false).length, w);
      }
      int n = 3 * MockTokens.WORDS.size() + 5;
      assertEquals(n, gpt2.encode(MockTokens.text(0, n), false).length);
    }
  }
}
