package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated words are one GPT-2 token each, so retokenized counts equal the counts the mock reports. */
class MockTokensTest {

  private static Path gpt2() {
    Path file = Path.of(System.getProperty("llmbench.shared-data", "../shared/data"), "tokenizers/gpt2/tokenizer.json");
    assumeTrue(Files.isRegularFile(file), "GPT-2 tokenizer.json not found at " + file);
    return file;
  }

  @Test
  void wordsArePlainAsciiWithALeadingSpace() {
    for (String w : MockTokens.WORDS) assertTrue(w.matches(" [a-z]+"), w);
    assertEquals(" the of", MockTokens.text(0, 2));
    assertEquals(MockTokens.word(0), MockTokens.word(MockTokens.WORDS.size()));
  }

  @Test
  void gpt2CountsExactlyOneTokenPerWord() throws Exception {
    // No BOS/EOS, no truncation: DJL otherwise cuts at 512 tokens.
    try (HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(gpt2(),
        Map.of("addSpecialTokens", "false", "truncation", "false"))) {
      for (String w : MockTokens.WORDS) assertEquals(1, tok.encode(w).getIds().length, w);
      int n = 3 * MockTokens.WORDS.size() + 5;
      assertEquals(n, tok.encode(MockTokens.text(0, n)).getIds().length);
    }
  }
}
