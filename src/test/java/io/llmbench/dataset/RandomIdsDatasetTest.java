package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomIdsDatasetTest {
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options() {
    return DatasetOptions.defaults("random-ids").withNumPrompts(300).withRandomLengths(2000, 32, 0.5);
  }

  @Test
  void consecutiveIdsModuloTheVocabulary() {
    List<DatasetRow> rows = Datasets.generate(options().withTokenizePrompt(true), gpt2);
    assertEquals(300, rows.size());
    int vocab = gpt2.vocabSize();
    boolean wrapped = false;
    for (DatasetRow row : rows) {
      int[] ids = Fixtures.ints(row.ids());
      assertEquals(row.promptLen(), ids.length);
      assertTrue(ids.length >= 1000 && ids.length <= 2000);
      assertTrue(row.outputLen() >= 16 && row.outputLen() <= 32);
      for (int j = 1; j < ids.length; j++) {
        assertTrue(ids[j] >= 0 && ids[j] < vocab);
        assertEquals((ids[j - 1] + 1) % vocab, ids[j]);
        wrapped |= ids[j] == 0;
      }
    }
    // 300 runs of 1,000+ ids over 50,257 wrap at the vocabulary's end (P(none) < 1e-2).
    assertTrue(wrapped, "no run crossed the end of the vocabulary");
  }

  @Test
  void textIsTheDecodedRun() {
    List<DatasetRow> ids = Datasets.generate(options().withTokenizePrompt(true), gpt2);
    List<DatasetRow> text = Datasets.generate(options(), gpt2);
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(gpt2.decode(Fixtures.ints(ids.get(i).ids())), text.get(i).text());
    }
  }

  @Test
  void deterministicPerSeed() {
    assertEquals(Datasets.generate(options(), gpt2), Datasets.generate(options(), gpt2));
    assertNotEquals(Datasets.generate(options(), gpt2),
        Datasets.generate(options().withSeed(7), gpt2));
  }
}
