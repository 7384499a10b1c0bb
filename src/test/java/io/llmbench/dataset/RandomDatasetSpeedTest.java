package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.SharedData;
import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 1,000 random prompts of 1,024 tokens take seconds, not minutes (the encode cache). */
class RandomDatasetSpeedTest {
  private static final DatasetOptions THOUSAND =
      DatasetOptions.defaults("random").withRandomLengths(1024, 128, 1.0);

  @Test
  void builtinGpt2() {
    try (Tokenizer gpt2 = Tokenizer.load("builtin:gpt2")) {
      generateTimed(gpt2);
    }
  }

  @Test
  void qwen3() {
    try (Tokenizer qwen3 = SharedData.qwen3()) {
      generateTimed(qwen3);
    }
  }

  private static void generateTimed(Tokenizer tokenizer) {
    long start = System.nanoTime();
    List<DatasetRow> rows = Datasets.generate(THOUSAND, tokenizer);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("random, 1000 prompts x 1024 tokens, %s: %d ms%n", tokenizer.name(), millis);
    assertEquals(1000, rows.size());
    assertEquals(1024L * 1000, DatasetStats.of(rows).inputTokens());
    assertTrue(millis < 60_000, millis + " ms");
  }
}
