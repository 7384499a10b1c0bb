package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.python.PythonJson;
import io.llmbench.tokenizer.ChatMessage;
import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiDatasetTest {
  private static final Path FILE = Fixtures.resource("openai-requests.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  // json.dumps of line 4's tools, as Python writes it
  private static final String TOOLS_JSON = "[{\"type\": \"function\", \"function\": {\"name\": \"get_weather\","
      + " \"description\": \"Weather of a city\", \"parameters\": {\"type\": \"object\", \"properties\": {\"city\":"
      + " {\"type\": \"string\"}}, \"required\": [\"city\"]}}}]";
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options(int prompts) {
    return DatasetOptions.defaults("openai").withDatasetPath(FILE).withNumPrompts(prompts);
  }

  private static List<JsonNode> fileLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(FILE)) {
      try {
        lines.add(JSON.readTree(line));
      } catch (IOException notJson) {
        lines.add(null);
      }
    }
    return lines;
  }

  @Test
  void readsTheFirstJsonLinesInFileOrderAndDropsThoseWithoutMessages() throws IOException {
    List<JsonNode> lines = fileLines();
    // JSON lines: 1, 4, 5 (empty messages), 6, 7 (no messages), 8
    Workload all = Datasets.build(options(100), gpt2);
    assertEquals(4, all.rows().size());
    int[] fileLine = {1, 4, 6, 8};
    for (int i = 0; i < 4; i++) {
      JsonNode messages = lines.get(fileLine[i] - 1).get("messages");
      assertEquals(messages, JSON.readTree(all.rows().get(i).messages()), "row " + i);
      assertEquals(null, all.rows().get(i).text());
    }
    // num-prompts counts JSON lines read, before the filter: lines 1, 4 and 5 give two rows
    assertEquals(2, Datasets.generate(options(3), gpt2).size());
    // 0: every line, as the reference's `num_requests > 0` guard
    assertEquals(all.rows(), Datasets.generate(options(0), gpt2));
    assertEquals(all.rows(), Datasets.generate(options(100).withSeed(7), gpt2));
    assertEquals(List.of("openai: skipped 1 line(s) of " + FILE + " that are not JSON",
        "Loaded 4 OpenAI-format requests",
        "openai: the prompt lengths of 4 of 4 requests are approximated by their message texts (tokenizer"
            + " 'builtin:gpt2' has no chat template)"), all.stats().lines().subList(0, 3));
    assertEquals("#Output tokens: " + (40 + 256 + 12 + 20), all.stats().lines().get(4));
  }

  @Test
  void outputLengthIsTheFixedOneElseMaxTokensElse256() {
    assertEquals(List.of(40, 256, 12, 20), outputs(options(100)));
    assertEquals(List.of(7, 7, 7, 7), outputs(options(100).withSharegptLengths(7, null)));
    // the reference's `fixed_output_len or max_tokens`: 0 is no override
    assertEquals(List.of(40, 256, 12, 20), outputs(options(100).withSharegptLengths(0, null)));
  }

  private static List<Integer> outputs(DatasetOptions o) {
    return Datasets.generate(o, gpt2).stream().map(DatasetRow::outputLen).toList();
  }

  @Test
  void otherKeysBecomeTheRowsExtraBodyInFileOrder() {
    List<DatasetRow> rows = Datasets.generate(options(100), gpt2);
    assertEquals(List.of("temperature", "top_p"), List.copyOf(rows.get(0).extraBody().keySet()));
    assertEquals(0.5, rows.get(0).extraBody().get("temperature"));
    assertEquals(List.of("tools", "tool_choice", "seed"), List.copyOf(rows.get(1).extraBody().keySet()));
    assertEquals(7, rows.get(1).extraBody().get("seed"));
    assertEquals(TOOLS_JSON, PythonJson.dumps(rows.get(1).extraBody().get("tools")));
    assertEquals(List.of("temperature", "stop"), List.copyOf(rows.get(2).extraBody().keySet()));
    assertEquals(List.of("\n\n"), rows.get(2).extraBody().get("stop"));
    // nested values are plain maps and lists, keys in file order, numbers as Python reads them
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("b", 1);
    metadata.put("a", Arrays.asList(1, 2.5, null, true));
    assertEquals(metadata, rows.get(3).extraBody().get("metadata"));
    assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) rows.get(3).extraBody().get("metadata")).keySet()));
    assertEquals("{\"metadata\": {\"b\": 1, \"a\": [1, 2.5, null, true]}, \"temperature\": 0.001}",
        PythonJson.dumps(rows.get(3).extraBody()));
  }

  @Test
  void promptLengthIsTheTemplatedMessagesPlusTheTools() {
    Tokenizer qwen3 = Fixtures.qwen3();
    ChatTemplate template = qwen3.chatTemplate().orElseThrow();
    Workload workload = Datasets.build(options(100), qwen3);
    List<DatasetRow> rows = workload.rows();
    assertEquals(qwen3.encode(template.render(List.of(new ChatMessage("system", "You are terse."),
        ChatMessage.user("Name three primes."))), false).length, rows.get(0).promptLen());
    assertEquals(qwen3.encode(template.renderUser("What is the weather in Paris?"), false).length
        + qwen3.encode(TOOLS_JSON, true).length, rows.get(1).promptLen());
    // content parts: the template here renders text only, so the text is counted
    assertEquals(qwen3.encode("Describe this picture.", false).length, rows.get(2).promptLen());
    assertEquals(qwen3.encode(template.render(List.of(ChatMessage.user("Hi"),
        new ChatMessage("assistant", "Hello! How can I help?"), ChatMessage.user("Tell me a joke about cafés."))),
        false).length, rows.get(3).promptLen());
    assertTrue(workload.stats().lines().contains("openai: the prompt lengths of 1 of 4 requests are approximated by"
        + " their message texts (tool messages, tool calls or content parts, which the chat template here cannot"
        + " render)"), workload.stats().lines().toString());
  }

  @Test
  void withoutTemplateTheLengthIsTheMessageTextsJoinedByNewlines() {
    List<DatasetRow> rows = Datasets.generate(options(100), gpt2);
    assertEquals(gpt2.encode("You are terse.\nName three primes.", false).length, rows.get(0).promptLen());
    assertEquals(gpt2.encode("Hi\nHello! How can I help?\nTell me a joke about cafés.", false).length,
        rows.get(3).promptLen());
  }

  @Test
  void linesWithPythonFalseMessagesAreDropped(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("r.jsonl"), """
        {"messages": {}}
        {"messages": ""}
        {"messages": null, "max_tokens": 3}
        {"messages": [{"role": "user", "content": "Kept."}]}
        """);
    List<DatasetRow> rows = Datasets.generate(DatasetOptions.defaults("openai").withDatasetPath(file), gpt2);
    assertEquals(List.of("[{\"role\":\"user\",\"content\":\"Kept.\"}]"),
        rows.stream().map(DatasetRow::messages).toList());
  }

  @Test
  void badLinesFailNamingFileAndLine(@TempDir Path dir) throws IOException {
    assertBad(dir, "{\"messages\": [{\"role\": \"user\", \"content\": \"a\"}]}\n[1, 2]\n",
        "at line 2: not a JSON object");
    assertBad(dir, "{\"messages\": \"hello\"}\n", "at line 1: 'messages' is \"hello\", not a list");
    assertBad(dir, "\n{\"messages\": [\"hello\"]}\n", "at line 2: a message is \"hello\", not an object");
    assertBad(dir, "{\"messages\": [{\"role\": \"user\", \"content\": \"a\"}], \"max_tokens\": \"9\"}\n",
        "at line 1: 'max_tokens' is \"9\", not a count of tokens");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("openai")));
    assertTrue(e.getMessage().startsWith("dataset-name openai needs dataset-path: JSON Lines of OpenAI chat"),
        e.getMessage());
  }

  private static void assertBad(Path dir, String content, String problem) {
    Path file = dir.resolve("openai.jsonl");
    String message = Fixtures.failure("openai", file, content);
    assertTrue(message.startsWith("dataset-path " + file + " " + problem + "; expected JSON Lines"), message);
  }
}
