package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShareGptDatasetTest {
  private static Tokenizer gpt2;
  private static final Path EDGE = Fixtures.resource("sharegpt-edge.json");

  @BeforeAll
  static void load() {
    gpt2 = Tokenizer.load("builtin:gpt2");
  }

  @AfterAll
  static void close() {
    gpt2.close();
  }

  private static DatasetOptions options(Path file) {
    return DatasetOptions.defaults("sharegpt").withDatasetPath(file);
  }

  @Test
  void lengthsAreTokenCountsOfPromptAndCompletion() {
    List<ShareGptFile.Pair> pairs = ShareGptFile.load(Fixtures.fastChat());
    List<DatasetRow> rows = Datasets.generate(options(Fixtures.fastChat()).withNumPrompts(100), gpt2);
    assertEquals(100, rows.size());
    for (DatasetRow row : rows) {
      assertEquals(gpt2.encode(row.text(), true).length, row.promptLen());
      // FastChat repeats first turns with different answers: one of them gives the length.
      assertTrue(pairs.stream().anyMatch(p -> p.prompt().equals(row.text())
          && gpt2.encode(p.completion(), true).length == row.outputLen()));
    }
  }

  @Test
  void dropsSingleTurnsAndTooShortPairs() {
    // Kept: the `conversation` key, the "Assistant:" prompt and the long pair. Dropped: one turn,
    // a one-token prompt ("Hi"), a one-token completion ("Yes").
    List<DatasetRow> rows = Datasets.generate(options(EDGE), gpt2);
    assertEquals(Set.of("Name three primary colors.", "Human: Write a haiku about rain.\nAssistant:"),
        rows.stream().map(DatasetRow::text).filter(t -> !t.startsWith("Explain"))
            .collect(Collectors.toSet()));
    assertEquals(3, rows.size());
  }

  @Test
  void fixedOutputLengthKeepsShortCompletions() {
    List<DatasetRow> rows =
        Datasets.generate(options(EDGE).withSharegptLengths(50, null), gpt2);
    assertEquals(4, rows.size());
    assertTrue(rows.stream().allMatch(row -> row.outputLen() == 50));
  }

  @Test
  void contextLengthDropsLongPairs() {
    List<DatasetRow> all = Datasets.generate(options(EDGE), gpt2);
    int longest = all.stream().mapToInt(r -> r.promptLen() + r.outputLen()).max().orElseThrow();
    List<DatasetRow> rows =
        Datasets.generate(options(EDGE).withSharegptLengths(null, longest - 1), gpt2);
    assertEquals(2, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.promptLen() + r.outputLen() <= longest - 1));
  }

  @Test
  void promptSuffixGoesBeforeTheTrailingAssistantTag() {
    assertEquals("Q\n", ShareGptDataset.withSuffix("Q\n", ""));
    assertEquals("Q Be brief.\nAssistant:",
        ShareGptDataset.withSuffix("Q", " Be brief.\n"));
    assertEquals("Human: Q\n Be brief.\nAssistant:",
        ShareGptDataset.withSuffix("Human: Q\nAssistant:", " Be brief.\n"));
    List<DatasetRow> rows = Datasets.generate(options(EDGE).withPromptSuffix(" Be brief.\n"), gpt2);
    assertTrue(rows.stream().allMatch(r -> r.text().endsWith(" Be brief.\nAssistant:")));
    assertTrue(rows.stream().allMatch(r -> r.promptLen() == gpt2.encode(r.text(), true).length));
  }

  @Test
  void stopsAtNumPromptsAndIsDeterministic() {
    DatasetOptions ten = options(Fixtures.fastChat()).withNumPrompts(10);
    assertEquals(10, Datasets.generate(ten, gpt2).size());
    assertEquals(Datasets.generate(ten, gpt2), Datasets.generate(ten, gpt2));
    assertNotEquals(Datasets.generate(ten, gpt2), Datasets.generate(ten.withSeed(1), gpt2));
  }

  @Test
  void optionErrorsComeBeforeAnyLoad() {
    assertMessage(options(EDGE).withSharegptLengths(3, null), "sharegpt-output-len", "3");
    assertMessage(options(EDGE).withTokenizePrompt(true), "tokenize-prompt");
    assertMessage(DatasetOptions.defaults("sharegpt"), "dataset-path");
  }

  private static void assertMessage(DatasetOptions options, String... parts) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Datasets.validate(options));
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), e.getMessage());
    }
  }
}
