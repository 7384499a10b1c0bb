package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Issue acceptance: {@code random} with a 1,024-token target gives prompts that re-encode to
 * exactly 1,024 tokens for at least 99% of prompts on the Qwen3 tokenizer.
 */
class RandomExactnessTest {
  private static final int PROMPTS = 250;
  private static final int TARGET = 1024;

  @Test
  void builtInCorpusOnQwen3() {
    assertExact(DatasetOptions.defaults("random"));
  }

  @Test
  void shareGptFirstTurnsOnQwen3() {
    assertExact(DatasetOptions.defaults("random").withDatasetPath(Fixtures.fastChat()));
  }

  private static void assertExact(DatasetOptions base) {
    Tokenizer qwen3 = Fixtures.qwen3();
    Workload workload = Datasets.build(
        base.withNumPrompts(PROMPTS).withRandomLengths(TARGET, 16, 1.0), qwen3);
    int exact = 0;
    for (DatasetRow row : workload.rows()) {
      assertEquals(TARGET, row.promptLen());
      exact += qwen3.encode(row.text(), true).length == TARGET ? 1 : 0;
    }
    assertEquals(exact, workload.stats().exactInputs());
    assertEquals(PROMPTS, workload.stats().checkedInputs());
    assertTrue(exact >= PROMPTS * 0.99, exact + "/" + PROMPTS + " prompts re-encode to " + TARGET);
  }
}
