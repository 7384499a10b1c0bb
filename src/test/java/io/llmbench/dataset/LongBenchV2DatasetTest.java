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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongBenchV2DatasetTest {
  private static final Path FILE = Fixtures.resource("longbench-v2.jsonl");
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();
  private static final String LIGHTHOUSE = "The lighthouse on the cape was kept by Old Tomas for forty years.\n"
      + "Every night he climbed the stairs.\n\nQuestion: Who keeps the lighthouse?\nA. The miller\nB. Old Tomas\n"
      + "C. The harbour master\nD. Nobody\nAnswer:";

  private static DatasetOptions options(int prompts) {
    return DatasetOptions.defaults("longbench_v2").withDatasetPath(FILE).withNumPrompts(prompts);
  }

  @Test
  void promptIsContextQuestionChoicesAndAnswerCue() {
    List<DatasetRow> rows = Datasets.generate(options(10), gpt2);
    assertEquals(4, rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.text().equals(LIGHTHOUSE)),
        rows.stream().map(DatasetRow::text).toList().toString());
    for (DatasetRow row : rows) {
      assertEquals(gpt2.encode(row.text(), true).length, row.promptLen());
      assertEquals(10, row.outputLen());
      assertTrue(row.text().contains("\n\nQuestion: ") && row.text().endsWith("\nAnswer:"), row.text());
    }
  }

  @Test
  void shuffledBySeedAndCutAtNumPrompts() {
    List<String> a = texts(options(10));
    assertEquals(a, texts(options(10)));
    assertTrue(Set.of(1, 2, 3, 5, 6, 7, 8).stream().anyMatch(seed -> !texts(options(10).withSeed(seed)).equals(a)));
    assertEquals(a.subList(0, 2), texts(options(2)));
    assertEquals(List.of(), texts(options(0)));
  }

  private static List<String> texts(DatasetOptions o) {
    return Datasets.generate(o, gpt2).stream().map(DatasetRow::text).toList();
  }

  @Test
  void fixedOutputLengthAndContextLengthFilter() {
    List<DatasetRow> all = Datasets.generate(options(10).withSharegptLengths(3, null), gpt2);
    assertTrue(all.stream().allMatch(r -> r.outputLen() == 3));
    int longest = all.stream().mapToInt(DatasetRow::promptLen).max().orElseThrow();
    List<DatasetRow> kept = Datasets.generate(options(10).withSharegptLengths(3, longest + 2), gpt2);
    assertEquals(3, kept.size());
    assertTrue(kept.stream().allMatch(r -> r.promptLen() < longest));
    assertEquals(4, Datasets.generate(options(10).withSharegptLengths(3, longest + 3), gpt2).size());
  }

  @Test
  void errorsNameFileLineAndField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lb.jsonl");
    String message = Fixtures.failure("longbench_v2", file, Files.readString(FILE).lines().limit(1)
        .collect(Collectors.joining("\n", "", "\n")) + "{\"context\": \"c\", \"question\": \"q\"}\n");
    assertTrue(message.startsWith("dataset-path " + file + " at line 2: 'choice_A' is missing, not a string;"
        + " expected LongBench-v2 records in JSON Lines"), message);
    Path notJson = dir.resolve("bad.jsonl");
    message = Fixtures.failure("longbench_v2", notJson, "\n{\"context\": \n");
    assertTrue(message.startsWith("dataset-path " + notJson + " at line 2: not JSON"), message);
    Path parquet = Files.writeString(dir.resolve("train.parquet"), "PAR1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("longbench_v2").withDatasetPath(parquet)));
    assertTrue(e.getMessage().contains("Parquet is not supported") && e.getMessage().contains("to_json("),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("longbench_v2")));
    assertTrue(e.getMessage().startsWith("dataset-name longbench_v2 needs dataset-path"), e.getMessage());
  }
}
