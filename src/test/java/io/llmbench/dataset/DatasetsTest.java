package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option and file errors: all raised without a tokenizer. */
class DatasetsTest {

  @Test
  void unknownDatasetNameListsTheAllowedValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("sharegtp")));
    assertEquals("unknown dataset-name 'sharegtp'; allowed values: " + String.join(", ", Datasets.names()),
        e.getMessage());
    // every dataset of bench_serving, and vLLM's own, in sorted order
    assertTrue(Datasets.names().containsAll(List.of("agentic-trace", "burstgpt", "custom", "generated-shared-prefix",
        "image", "longbench_v2", "mmmu", "mooncake", "openai", "prefix-repetition", "random", "random-ids", "random-mm",
        "sharegpt", "sonnet", "speed-bench")), Datasets.names().toString());
    assertEquals(Datasets.names().stream().sorted().toList(), Datasets.names());
  }

  @Test
  void whichDatasetsNeedAFileAndWhichKeepTheirPromptsText(@TempDir Path dir) throws IOException {
    Set<String> needFile = Set.of("agentic-trace", "burstgpt", "custom", "longbench_v2", "mmmu", "mooncake", "openai",
        "sharegpt", "speed-bench");
    Set<String> textOnly = Set.of("agentic-trace", "custom", "generated-shared-prefix", "image", "mmmu", "mooncake",
        "random-mm", "sharegpt", "sonnet", "speed-bench");
    Path file = Files.writeString(dir.resolve("rows.jsonl"), "");
    for (String name : Datasets.names()) {
      DatasetOptions o = DatasetOptions.defaults(name);
      if (needFile.contains(name)) {
        String message = assertThrows(IllegalArgumentException.class, () -> Datasets.validate(o)).getMessage();
        assertTrue(message.startsWith("dataset-name " + name + " needs dataset-path: "), message);
      }
      DatasetOptions tokenIds = (needFile.contains(name) ? o.withDatasetPath(file) : o).withTokenizePrompt(true);
      if (textOnly.contains(name)) {
        String message = assertThrows(IllegalArgumentException.class, () -> Datasets.validate(tokenIds)).getMessage();
        assertTrue(message.startsWith("tokenize-prompt is not allowed with dataset-name " + name), message);
      } else {
        Datasets.validate(tokenIds);
      }
    }
  }

  @Test
  void whatEachDatasetNeedsOfTheBackend() {
    Map<String, Set<BackendNeed>> needs = Map.of("image", Set.of(BackendNeed.IMAGES), "mmmu", Set.of(BackendNeed.IMAGES),
        "random-mm", Set.of(BackendNeed.IMAGE_PARTS), "mooncake", Set.of(BackendNeed.GENERATION),
        "openai", Set.of(BackendNeed.CHAT), "agentic-trace", Set.of(BackendNeed.CHAT));
    for (String name : Datasets.names()) {
      assertEquals(needs.getOrDefault(name, Set.of()), Datasets.needs(DatasetOptions.defaults(name)), name);
    }
    // rows of the same file may differ: each says what it needs
    DatasetRow text = DatasetRow.ofText("hi", 1, 4);
    assertEquals(Set.of(), text.needs());
    assertEquals(Set.of(BackendNeed.IMAGES), text.withImages(List.of("data:image/png;base64,AA==")).needs());
    assertEquals(Set.of(BackendNeed.CHAT), text.withNextTurns(List.of("again")).needs());
  }

  @Test
  void chatTemplateOnlyWhereItIsUsed() {
    for (String name : List.of("random", "random-ids", "burstgpt", "prefix-repetition", "mooncake", "openai",
        "longbench_v2", "generated-shared-prefix", "agentic-trace")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Datasets.validate(DatasetOptions.defaults(name)
              .withDatasetPath(Fixtures.resource("burstgpt.csv")).withApplyChatTemplate(true)));
      assertEquals("apply-chat-template is not used by dataset-name " + name
          + ", only by " + String.join(", ", Datasets.names().stream().filter(n -> List.of("custom", "image", "mmmu",
              "random-mm", "sharegpt", "sonnet").contains(n)).toList()), e.getMessage());
    }
  }

  @Test
  void missingDatasetPathIsNamed() {
    Path missing = Path.of("/no/such/ShareGPT_V3.json");
    for (String name : Datasets.names()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Datasets.generate(DatasetOptions.defaults(name).withDatasetPath(missing), null));
      assertTrue(e.getMessage().contains("dataset-path")
          && e.getMessage().contains(missing.toString()), e.getMessage());
    }
  }

  @Test
  void malformedJsonGivesFileLineAndColumn() {
    Path file = Fixtures.resource("malformed.json");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ShareGptFile.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a ShareGPT JSON array"), e.getMessage());
  }

  @Test
  void notAnArraySaysWhatWasExpected() {
    Path file = Fixtures.resource("not-an-array.json");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ShareGptFile.load(file));
    assertTrue(e.getMessage().contains(file + " at line 1, column 1")
        && e.getMessage().contains("does not start with an array"), e.getMessage());
  }

  @Test
  void vllmOptionRanges() {
    assertThrows(IllegalArgumentException.class,
        () -> DatasetOptions.defaults("prefix-repetition").with(PrefixRepetitionDataset.NUM_PREFIXES, 0));
    assertThrows(IllegalArgumentException.class,
        () -> DatasetOptions.defaults("sonnet").with(SonnetDataset.OUTPUT_LEN, -1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("prefix-repetition").withNumPrompts(9)));
    assertEquals("num-prompts (9) must be >= prefix-repetition-num-prefixes (10)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("burstgpt")));
    assertTrue(e.getMessage().startsWith("dataset-name burstgpt needs dataset-path"));
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("sonnet").withTokenizePrompt(true)));
    assertEquals("tokenize-prompt is not allowed with dataset-name sonnet", e.getMessage());
  }

  @Test
  void optionRanges() {
    assertThrows(IllegalArgumentException.class,
        () -> DatasetOptions.defaults("random").withRandomLengths(10, 10, 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> DatasetOptions.defaults("random").withNumPrompts(-1));
  }
}
