package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts from the cut equal whole encodes, whatever follows the prefix. */
class PrefixCountsTest {

  /** Random prefixes of 300 tokens (about 1,200 characters) and "\n\n", followed by awkward and random texts. */
  private static void countsAsWholeEncodes(Tokenizer tokenizer, boolean cuts) {
    VocabText vocab = VocabText.all(tokenizer);
    SplittableRandom rng = new SplittableRandom(3);
    for (int p = 0; p < 4; p++) {
      String prefix = vocab.fitted(300, rng).text() + "\n\n";
      PrefixCounts counts = PrefixCounts.of(prefix, tokenizer);
      assertEquals(cuts, counts.cuts());
      List<String> rests = new ArrayList<>(List.of("", "\n", " ", "  x", "word", "'s", "123", "été", "\r\n!"));
      for (int i = 0; i < 20; i++) {
        rests.add(vocab.decoded(1 + i, rng));
      }
      for (String rest : rests) {
        assertEquals(tokenizer.encode(prefix + rest, true).length, counts.count(prefix + rest), rest);
      }
    }
  }

  @Test
  void gpt2() {
    countsAsWholeEncodes(TestTokenizers.gpt2(), true);
  }

  @Test
  void gpt2WithABos(@TempDir Path dir) {
    countsAsWholeEncodes(Fixtures.gpt2WithBos(dir), true);
  }

  @Test
  void qwen3() {
    countsAsWholeEncodes(Fixtures.qwen3(), true);
  }

  @Test
  void aNormalizerThatChangesEveryTextsStartMakesNoCutCheckOut(@TempDir Path dir) {
    countsAsWholeEncodes(Fixtures.gpt2With("normalizer", """
        {"type": "Prepend", "prepend": "▁"}""", dir), false);
  }

  @Test
  void shortPrefixesAreEncodedWhole() {
    Tokenizer gpt2 = TestTokenizers.gpt2();
    PrefixCounts counts = PrefixCounts.of("A short system prompt.\n\n", gpt2);
    assertFalse(counts.cuts());
    assertEquals(gpt2.encode("A short system prompt.\n\nAnd a question?", true).length,
        counts.count("A short system prompt.\n\nAnd a question?"));
    assertThrows(IllegalArgumentException.class, () -> counts.count("Another text"));
  }
}
