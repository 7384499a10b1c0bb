package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeedBenchDatasetTest {
  private static final Path FILE = Fixtures.resource("speed-bench.jsonl");
  private static final Tokenizer GPT2 = TestTokenizers.gpt2();
  private static final List<String> FIRST_TURNS = List.of(
      "Count from one to twenty, one number per line.",
      "Repeat the word \"cache\" ten times.",
      "Summarise the plot of Hamlet in three sentences.",
      "Explain what a prefix cache is to a new engineer.",
      "Invent a name for a café, a colour and a bird — é, ü, 漢字.");

  private static DatasetOptions options(int prompts, String category) {
    return DatasetOptions.defaults("speed-bench").withDatasetPath(FILE).withNumPrompts(prompts)
        .with(SpeedBenchDataset.CATEGORY, category);
  }

  @Test
  void withoutATemplateTheFirstTurnsAsTheyAre() {
    List<DatasetRow> rows = Datasets.generate(options(5, null), GPT2);
    assertEquals(Set.copyOf(FIRST_TURNS), rows.stream().map(DatasetRow::text).collect(Collectors.toSet()));
    for (DatasetRow row : rows) {
      assertEquals(GPT2.encode(row.text(), true).length, row.promptLen());
      assertEquals(512, row.outputLen());
    }
    assertEquals(Set.of(FIRST_TURNS.get(2), FIRST_TURNS.get(3)),
        Datasets.generate(options(5, "mixed"), GPT2).stream().map(DatasetRow::text).collect(Collectors.toSet()));
  }

  @Test
  void fewerPromptsSampleMoreRepeat() {
    List<DatasetRow> three = Datasets.generate(options(3, null), GPT2);
    assertEquals(3, three.stream().map(DatasetRow::text).distinct().count(), "a sample without repetition");
    assertEquals(three, Datasets.generate(options(3, null), GPT2));
    List<DatasetRow> twelve = Datasets.generate(options(12, null), GPT2);
    Map<String, Long> counts = twelve.stream().collect(Collectors.groupingBy(DatasetRow::text, Collectors.counting()));
    // the five lines twice, then the first two once more
    assertEquals(Map.of(FIRST_TURNS.get(0), 3L, FIRST_TURNS.get(1), 3L, FIRST_TURNS.get(2), 2L,
        FIRST_TURNS.get(3), 2L, FIRST_TURNS.get(4), 2L), counts);
    assertTrue(!twelve.subList(0, 5).stream().map(DatasetRow::text).toList().equals(FIRST_TURNS), "shuffled");
  }

  @Test
  void withATemplateTheRenderedIdsDecoded() {
    Tokenizer qwen3 = Fixtures.qwen3();
    Map<String, DatasetRow> rows = Datasets.generate(options(5, null), qwen3).stream()
        .collect(Collectors.toMap(DatasetRow::text, Function.identity()));
    for (String turn : FIRST_TURNS) {
      int[] ids = qwen3.encode(qwen3.chatTemplate().orElseThrow().renderUser(turn), false);
      DatasetRow row = rows.get(qwen3.decode(ids));
      assertEquals(ids.length, row.promptLen(), turn);
      assertTrue(row.text().startsWith("<|im_start|>user\n" + turn), row.text());
    }
  }

  @Test
  void badLinesAndOptionsAreNamed(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("s.jsonl"), "{\"turns\": [\"ok\"]}\n{\"turns\": \"not a list\"}\n");
    var e = assertThrows(IllegalArgumentException.class, () -> Datasets.generate(options(5, null)
        .withDatasetPath(bad), GPT2));
    assertTrue(e.getMessage().startsWith("dataset-path " + bad + " at line 2: 'turns' is \"not a list\""),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options(5, "mixed").withDatasetPath(Files.writeString(dir.resolve("t.jsonl"),
            "{\"category\": \"low_entropy\", \"turns\": [\"x\"]}\n")), GPT2));
    assertTrue(e.getMessage().endsWith("has no prompt of category mixed"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("speed-bench")));
    assertTrue(e.getMessage().startsWith("dataset-name speed-bench needs dataset-path"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> options(1, "medium"));
    assertTrue(e.getMessage().contains("low_entropy, mixed, high_entropy"), e.getMessage());
  }
}
