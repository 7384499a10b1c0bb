package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigLoader;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code random} in vLLM mode: vLLM's RandomDataset, token ids in a run decoded to text, symmetric lengths. */
class VllmRandomDatasetTest {
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options(String mode, Map<String, Object> more) {
    Map<String, Object> all = new java.util.HashMap<>(Map.of("compat", mode, "dataset-name", "random"));
    all.putAll(more);
    return Datasets.options(ConfigLoader.of(all).options(), false);
  }

  private static List<DatasetRow> rows(DatasetOptions o) {
    Datasets.validate(o);
    return Datasets.generate(o, gpt2);
  }

  @Test
  void rangeRatioZeroGivesFixedLengthsAndVllmsOutputDefault() {
    List<DatasetRow> rows = rows(options("vllm", Map.of("num-prompts", 50, "random-input-len", 64)));
    assertEquals(50, rows.size());
    // gpt2 adds no special tokens: every prompt is the 64 tokens asked for, and output 128 is vLLM's default
    rows.forEach(r -> assertEquals(64, r.promptLen()));
    rows.forEach(r -> assertEquals(128, r.outputLen()));
    rows.forEach(r -> assertEquals(64, gpt2.encode(r.text(), false).length, r.text()));
  }

  @Test
  void lengthsStayWithinTheSymmetricRangeAndReachItsEnds() {
    List<DatasetRow> rows = rows(options("vllm", Map.of("num-prompts", 400, "random-input-len", 40,
        "random-output-len", 20, "random-range-ratio", 0.5)));
    int[] in = rows.stream().mapToInt(DatasetRow::promptLen).toArray();
    int[] out = rows.stream().mapToInt(DatasetRow::outputLen).toArray();
    // [floor(40 * 0.5), ceil(40 * 1.5)] and [floor(20 * 0.5), ceil(20 * 1.5)]
    assertEquals(20, java.util.Arrays.stream(in).min().getAsInt());
    assertEquals(60, java.util.Arrays.stream(in).max().getAsInt());
    assertEquals(10, java.util.Arrays.stream(out).min().getAsInt());
    assertEquals(30, java.util.Arrays.stream(out).max().getAsInt());
  }

  @Test
  void promptsAreRunsOfConsecutiveTokenIdsNotCorpusText() {
    List<DatasetRow> vllm = rows(options("vllm", Map.of("num-prompts", 20, "random-input-len", 64)));
    // decoding and re-encoding merges a few neighbours; most pairs stay consecutive ids
    assertTrue(consecutiveShare(vllm) > 0.5, "vllm: " + consecutiveShare(vllm));
    List<DatasetRow> sglang = rows(options("sglang", Map.of("num-prompts", 20, "random-input-len", 64)));
    assertTrue(consecutiveShare(sglang) < 0.1, "sglang's text: " + consecutiveShare(sglang));
    assertEquals(vllm, rows(options("vllm", Map.of("num-prompts", 20, "random-input-len", 64))), "seeded");
  }

  /** The share of neighbouring prompt tokens whose ids follow each other. */
  private static double consecutiveShare(List<DatasetRow> rows) {
    int consecutive = 0;
    int pairs = 0;
    for (DatasetRow r : rows) {
      int[] ids = gpt2.encode(r.text(), false);
      for (int k = 1; k < ids.length; k++) {
        consecutive += ids[k] == ids[k - 1] + 1 ? 1 : 0;
        pairs++;
      }
    }
    return consecutive / (double) pairs;
  }

  @Test
  void thePrefixIsSharedByEveryPrompt() {
    List<DatasetRow> rows = rows(options("vllm", Map.of("num-prompts", 10, "random-input-len", 30,
        "random-prefix-len", 16)));
    rows.forEach(r -> assertEquals(46, r.promptLen()));
    String head = rows.get(0).text().substring(0, 20);
    rows.forEach(r -> assertTrue(r.text().startsWith(head), r.text()));
  }

  @Test
  void aRangeRatioOfOneIsRefusedOnlyInVllmMode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options("vllm", Map.of("random-range-ratio", 1.0))));
    assertTrue(e.getMessage().startsWith("random-range-ratio must be in [0, 1) with dataset-name random in vllm's"),
        e.getMessage());
    Datasets.validate(options("sglang", Map.of("random-range-ratio", 1.0)));
  }
}
