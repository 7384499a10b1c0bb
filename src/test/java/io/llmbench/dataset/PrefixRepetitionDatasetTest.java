package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On Qwen3, whose decode and re-encode of random ids drift most. */
class PrefixRepetitionDatasetTest {
  private static final int PREFIX = 96;
  private static final int SUFFIX = 40;

  private static DatasetOptions options() {
    return DatasetOptions.defaults("prefix-repetition").withNumPrompts(27)
        .with(PrefixRepetitionDataset.PREFIX_LEN, PREFIX)
        .with(PrefixRepetitionDataset.SUFFIX_LEN, SUFFIX).with(PrefixRepetitionDataset.NUM_PREFIXES, 4)
        .with(PrefixRepetitionDataset.OUTPUT_LEN, 33);
  }

  @Test
  void prefixesTimesPromptsPerPrefixOfFittedLengths() {
    Tokenizer qwen3 = Fixtures.qwen3();
    List<DatasetRow> rows = Datasets.generate(options().withTokenizePrompt(true), qwen3);
    // 27 prompts over 4 prefixes: 6 each, 24 rows.
    assertEquals(24, rows.size());
    Map<List<Integer>, Long> perPrefix = rows.stream()
        .collect(Collectors.groupingBy(row -> row.ids().subList(0, PREFIX), Collectors.counting()));
    assertEquals(List.of(6L, 6L, 6L, 6L), List.copyOf(perPrefix.values()));
    for (DatasetRow row : rows) {
      assertEquals(PREFIX + SUFFIX, row.promptLen());
      assertEquals(row.promptLen(), row.ids().size());
      assertEquals(33, row.outputLen());
      // Each part is text that re-encodes to its own length.
      int[] ids = Fixtures.ints(row.ids());
      assertEquals(PREFIX, qwen3.encode(qwen3.decode(sub(ids, 0, PREFIX)), false).length);
      assertEquals(SUFFIX, qwen3.encode(qwen3.decode(sub(ids, PREFIX, ids.length)), false).length);
    }
    // Shuffled: the first rows do not all share one prefix.
    assertTrue(rows.subList(0, 6).stream().map(row -> row.ids().subList(0, PREFIX)).distinct()
        .count() > 1);
  }

  @Test
  void textIsTheDecodedIdsAndDeterministicPerSeed() {
    Tokenizer qwen3 = Fixtures.qwen3();
    List<DatasetRow> ids = Datasets.generate(options().withTokenizePrompt(true), qwen3);
    List<DatasetRow> text = Datasets.generate(options(), qwen3);
    Function<DatasetRow, String> decoded = row -> qwen3.decode(Fixtures.ints(row.ids()));
    assertEquals(ids.stream().map(decoded).toList(),
        text.stream().map(DatasetRow::text).toList());
    assertEquals(text, Datasets.generate(options(), qwen3));
    assertNotEquals(text, Datasets.generate(options().withSeed(1), qwen3));
  }

  private static int[] sub(int[] ids, int from, int to) {
    return java.util.Arrays.copyOfRange(ids, from, to);
  }
}
