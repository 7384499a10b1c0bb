package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.tokenizer.TestTokenizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgenticTraceDatasetTest {
  private static final Path TRACE = Fixtures.resource("agentic-trace.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DatasetOptions options(int prompts, int offset, Integer maxTurns) {
    return DatasetOptions.defaults("agentic-trace").withDatasetPath(TRACE).withNumPrompts(prompts)
        .with(AgenticTraceDataset.OFFSET, offset).with(AgenticTraceDataset.MAX_TURNS, maxTurns);
  }

  private static List<DatasetRow> rows(DatasetOptions o) {
    return Datasets.generate(o, TestTokenizers.gpt2());
  }

  @Test
  void eachConversationIsOneRowOfMessageTurns() throws IOException {
    JsonNode file = JSON.readTree(TRACE.toFile()).get("conversations");
    List<DatasetRow> rows = rows(options(10, 0, null));
    assertEquals(3, rows.size());
    assertEquals(List.of(3, 1, 2), rows.stream().map(DatasetRow::turns).toList());
    for (int c = 0; c < 3; c++) {
      DatasetRow row = rows.get(c);
      assertEquals(AgenticTraceDataset.DEFAULT_OUTPUT_LEN, row.outputLen());
      assertEquals(file.get(c).get(0).get("prompt_tokens").asInt(), row.promptLen());
      for (int t = 0; t < row.turns(); t++) {
        // each turn's messages exactly as in the file (keys, order, tool_call_id, escapes)
        assertEquals(file.get(c).get(t).get("messages"), JSON.readTree(row.turnMessages(t)), "conversation " + c);
      }
    }
    assertEquals("tool", JSON.readTree(rows.get(0).turnMessages(1)).get(0).get("role").asText());
  }

  @Test
  void offsetRotatesAndMaxTurnsCuts() {
    List<DatasetRow> rotated = rows(options(2, 4, 2)); // 4 mod 3 = 1: conversations 1 and 2
    assertEquals(2, rotated.size());
    assertTrue(rotated.get(0).messages().contains("2 + 2"), rotated.get(0).messages());
    assertTrue(rotated.get(1).messages().contains("haiku"), rotated.get(1).messages());
    assertEquals(List.of(1, 2), rotated.stream().map(DatasetRow::turns).toList());
    assertEquals(List.of(1, 1, 1), rows(options(3, 0, 1)).stream().map(DatasetRow::turns).toList());
    assertEquals(64, rows(options(1, 0, null).withSharegptLengths(64, null)).get(0).outputLen());
    Workload w = Datasets.build(options(3, 0, null), TestTokenizers.gpt2());
    assertEquals(6L * AgenticTraceDataset.DEFAULT_OUTPUT_LEN, w.stats().outputTokens(), "every turn's output");
  }

  @Test
  void badFilesNameTheFileAndTheProblem(@TempDir Path dir) throws IOException {
    Path noList = Files.writeString(dir.resolve("a.json"), "{\"sessions\": []}");
    var e = assertThrows(IllegalArgumentException.class,
        () -> rows(options(3, 0, null).withDatasetPath(noList)));
    assertTrue(e.getMessage().contains(noList.toString()) && e.getMessage().contains("\"conversations\""),
        e.getMessage());
    Path emptyTurn = Files.writeString(dir.resolve("b.json"),
        "{\"conversations\": [[{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}, {\"messages\": []}]]}");
    e = assertThrows(IllegalArgumentException.class, () -> rows(options(3, 0, null).withDatasetPath(emptyTurn)));
    assertTrue(e.getMessage().contains("turn 1 of conversation 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("agentic-trace")));
    assertTrue(e.getMessage().contains("dataset-path"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> options(1, 0, 0));
    assertEquals("llmbench.agentic-max-turns = 0: expected an integer from 1 up", e.getMessage());
  }
}
