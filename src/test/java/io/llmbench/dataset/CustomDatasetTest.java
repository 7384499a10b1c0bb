package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomDatasetTest {
  private static final Path FILE = Fixtures.resource("custom.jsonl");
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();
  private static final String IMAGE_PROMPT = "What colour is this dot?";
  // first and second turns of the records with two turns or more, by first turn
  private static final Map<String, String> PAIRS = Map.of(
      "Write a haiku about autumn leaves.",
      "Red leaves drift and fall, whispering to the cold ground, the year exhales slow.",
      "How many legs does a spider have?", "A spider has eight legs.",
      IMAGE_PROMPT, "The dot is red.",
      "Summarise the plot of Hamlet in one sentence.",
      "A Danish prince avenges his father's murder and dies doing it.");

  private static DatasetOptions options() {
    return DatasetOptions.defaults("custom").withDatasetPath(FILE);
  }

  private static Map<String, DatasetRow> byText(List<DatasetRow> rows) {
    return rows.stream().collect(Collectors.toMap(DatasetRow::text, Function.identity()));
  }

  @Test
  void textRowsAsSharegptAndOneImageRow() throws IOException {
    Workload workload = Datasets.build(options(), gpt2);
    Map<String, DatasetRow> rows = byText(workload.rows());
    assertEquals(PAIRS.keySet(), rows.keySet());
    PAIRS.forEach((prompt, completion) -> {
      DatasetRow row = rows.get(prompt);
      assertEquals(gpt2.encode(prompt, true).length, row.promptLen(), prompt);
      assertEquals(gpt2.encode(completion, true).length, row.outputLen(), prompt);
    });
    String png = Base64.getEncoder().encodeToString(Files.readAllBytes(FILE.resolveSibling("images/dot.png")));
    assertEquals(List.of("data:image/png;base64," + png), rows.get(IMAGE_PROMPT).images());
    assertEquals(1, workload.rows().stream().filter(r -> !r.images().isEmpty()).count());
    assertEquals("custom: skipped 1 line(s) of " + FILE + " that are not JSON", workload.stats().lines().get(0));
  }

  @Test
  void shuffledBySeedCutAtNumPromptsFixedOutputLength() {
    List<DatasetRow> rows = Datasets.generate(options(), gpt2);
    assertEquals(rows, Datasets.generate(options(), gpt2));
    assertTrue(List.of(1L, 2L, 3L, 4L, 5L).stream()
        .anyMatch(seed -> !Datasets.generate(options().withSeed(seed), gpt2).equals(rows)));
    assertEquals(rows.subList(0, 2), Datasets.generate(options().withNumPrompts(2), gpt2));
    assertTrue(Datasets.generate(options().withSharegptLengths(9, null), gpt2).stream()
        .allMatch(r -> r.outputLen() == 9));
    int longest = rows.stream().mapToInt(r -> r.promptLen() + r.outputLen()).max().orElseThrow();
    List<DatasetRow> kept = Datasets.generate(options().withSharegptLengths(null, longest - 1), gpt2);
    assertEquals(rows.stream().filter(r -> r.promptLen() + r.outputLen() < longest).toList(), kept);
    assertTrue(kept.size() < rows.size());
  }

  @Test
  void suffixForAllRowsTemplateForTextRowsOnly() {
    Map<String, DatasetRow> suffixed = byText(Datasets.generate(options().withPromptSuffix(" Be brief."), gpt2));
    assertTrue(suffixed.containsKey(IMAGE_PROMPT + " Be brief.Assistant:"), suffixed.keySet().toString());
    assertTrue(suffixed.containsKey("How many legs does a spider have? Be brief.Assistant:"));

    Tokenizer qwen3 = Fixtures.qwen3();
    ChatTemplate template = qwen3.chatTemplate().orElseThrow();
    Map<String, DatasetRow> templated = byText(Datasets.generate(options().withApplyChatTemplate(true), qwen3));
    assertTrue(templated.containsKey(IMAGE_PROMPT), templated.keySet().toString());
    String spider = template.renderUser("How many legs does a spider have?");
    assertEquals(qwen3.encode(spider, true).length, templated.get(spider).promptLen());
    assertEquals(4, templated.size());
  }

  @Test
  void unreadableImageSkipsItsRecordWithANote(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("c.jsonl"), """
        {"image": "gone.jpg", "conversations": [{"value": "Look at this picture."}, {"value": "I see a cat."}]}
        {"conversations": [{"value": "Tell me about cats."}, {"value": "Cats are small carnivores."}]}
        """);
    Workload w = Datasets.build(DatasetOptions.defaults("custom").withDatasetPath(file), gpt2);
    assertEquals(List.of("Tell me about cats."), w.rows().stream().map(DatasetRow::text).toList());
    assertEquals("custom: skipped 1 record(s) whose image cannot be read, first: cannot read image "
        + dir.resolve("gone.jpg"), w.stats().lines().get(0));
  }

  @Test
  void mimeTypeFromTheExtensionElseJpeg() {
    assertEquals("image/png", ImageFile.mime(Path.of("a/B.PNG")));
    assertEquals("image/webp", ImageFile.mime(Path.of("x.webp")));
    assertEquals("image/jpeg", ImageFile.mime(Path.of("x.jpg")));
    assertEquals("image/jpeg", ImageFile.mime(Path.of("noextension")));
  }

  @Test
  void badOptionsAndRecordsFail(@TempDir Path dir) throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options().withSharegptLengths(3, null)));
    assertEquals("sharegpt-output-len must be at least 4, got 3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Datasets.validate(options().withTokenizePrompt(true)));
    assertEquals("tokenize-prompt is not allowed with dataset-name custom", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Datasets.validate(DatasetOptions.defaults("custom")));
    assertTrue(e.getMessage().startsWith("dataset-name custom needs dataset-path: JSON Lines of"), e.getMessage());

    assertBad(dir, "{\"conversations\": [{\"value\": \"a b\"}, {\"value\": \"c d\"}]}\n\"text\"\n",
        "at line 2: not a JSON object");
    assertBad(dir, "{\"conversation\": {\"value\": \"a\"}}\n",
        "at line 1: the turns are {\"value\":\"a\"}, not a list");
    assertBad(dir, "{\"conversations\": [\"a\", \"b\"]}\n", "at line 1: a turn is \"a\", not an object");
    assertBad(dir, "\n{\"conversations\": [{\"content\": 5}, {\"content\": \"b\"}]}\n",
        "at line 2: a turn's text is 5, not a string");
    assertBad(dir, "{\"image\": 3, \"conversations\": [{\"content\": \"a\"}, {\"content\": \"b\"}]}\n",
        "at line 1: 'image' is 3, not a path");
  }

  private static void assertBad(Path dir, String content, String problem) {
    Path file = dir.resolve("custom.jsonl");
    String message = Fixtures.failure("custom", file, content);
    assertTrue(message.startsWith("dataset-path " + file + " " + problem + "; expected JSON Lines of"), message);
  }
}
