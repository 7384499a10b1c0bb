package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertEquals("Q\n", ShareGptRows.withSuffix("Q\n", ""));
    assertEquals("Q Be brief.\nAssistant:",
        ShareGptRows.withSuffix("Q", " Be brief.\n"));
    assertEquals("Human: Q\n Be brief.\nAssistant:",
        ShareGptRows.withSuffix("Human: Q\nAssistant:", " Be brief.\n"));
    List<DatasetRow> rows = Datasets.generate(options(EDGE).withPromptSuffix(" Be brief.\n"), gpt2);
    assertTrue(rows.stream().allMatch(r -> r.text().endsWith(" Be brief.\nAssistant:")));
    assertTrue(rows.stream().allMatch(r -> r.promptLen() == gpt2.encode(r.text(), true).length));
  }

  @Test
  void chatTemplateWrapsTheSuffixedPromptAsOneUserTurn() {
    Tokenizer qwen3 = Fixtures.qwen3();
    DatasetOptions o = options(EDGE).withPromptSuffix(" Be brief.\n").withApplyChatTemplate(true);
    List<DatasetRow> rows = Datasets.generate(o, qwen3);
    for (DatasetRow row : rows) {
      assertTrue(row.text().startsWith("<|im_start|>user\n"), row.text());
      assertTrue(row.text().endsWith(
          " Be brief.\nAssistant:<|im_end|>\n<|im_start|>assistant\n"), row.text());
      assertEquals(qwen3.encode(row.text(), true).length, row.promptLen());
    }
    // Lengths are counted after templating, as in the reference: the one-token "Hi" now passes.
    assertTrue(rows.stream().anyMatch(r -> r.text().startsWith("<|im_start|>user\nHi Be brief.")));
    assertEquals(4, rows.size());
  }

  @Test
  void bosTokenStringIsRemoved(@TempDir Path dir) throws IOException {
    // GPT-2 with a BOS post-processor, and the Llama-3 template naming <|endoftext|> as BOS.
    try (Tokenizer withBos = Fixtures.gpt2WithBos(dir)) {
      ObjectNode config = (ObjectNode) new ObjectMapper().readTree(
          Fixtures.resource("chat/llama3/tokenizer_config.json").toFile());
      config.put("bos_token", "<|endoftext|>");
      Files.writeString(dir.resolve("tokenizer_config.json"), config.toString());
      List<DatasetRow> rows = Datasets.generate(options(EDGE).withApplyChatTemplate(true), withBos);
      // BOS counts in every length here, so even the one-token completion "Yes" passes.
      assertEquals(5, rows.size());
      for (DatasetRow row : rows) {
        assertTrue(row.text().startsWith("<|start_header_id|>user<|end_header_id|>\n\n"),
            row.text());
        assertFalse(row.text().contains("<|endoftext|>"), row.text());
        // The server adds BOS again: counted, as the reference counts encode(prompt).
        assertEquals(withBos.encode(row.text(), true).length, row.promptLen());
        assertEquals(50256, withBos.encode(row.text(), true)[0]);
      }
    }
  }

  @Test
  void chatTemplateNeedsOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options(EDGE).withApplyChatTemplate(true), gpt2));
    assertEquals("apply-chat-template needs a chat template, but tokenizer 'builtin:gpt2' has"
        + " none: no tokenizer_config.json with a chat_template (or chat_template.jinja) next to"
        + " its tokenizer.json", e.getMessage());
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
