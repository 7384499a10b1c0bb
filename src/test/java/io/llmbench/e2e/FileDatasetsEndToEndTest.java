package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.python.PythonJson;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file datasets openai, longbench_v2 and custom, end to end: what the mock received is what the file says. */
class FileDatasetsEndToEndTest {
  @TempDir Path dir;

  @Test
  void openaiSendsEachLinesMessagesWithItsOwnKeysOverTheGlobalOnes() throws Exception {
    Path file = resource("openai-requests.jsonl");
    List<String> lines = Files.readAllLines(file).stream().filter(l -> l.startsWith("{\"messages\": [{")).toList();
    List<JsonNode> requests = new ArrayList<>();
    for (String line : lines) {
      requests.add(EndToEndTest.JSON.readTree(line));
    }
    assertEquals(4, requests.size());
    try (MockServer mock = startMock()) {
      MockTruth truth = run(mock, 4, "backend", "vllm-chat", "dataset-name", "openai", "dataset-path", file,
          "extra-request-body", "{\"temperature\": 0.2, \"seed\": 1, \"top_k\": 5}");
      int[] maxTokens = {40, 256, 12, 20};
      for (int i = 0; i < 4; i++) {
        JsonNode line = requests.get(i);
        JsonNode body = body(truth, "measured-" + i);
        assertEquals(line.get("messages"), body.get("messages"), "request " + i);
        assertEquals(maxTokens[i], body.get("max_completion_tokens").asInt(), "request " + i);
        assertEquals(5, body.get("top_k").asInt(), "the global extra body stays where the line has no such key");
        double temperature = line.has("temperature") ? line.get("temperature").asDouble() : 0.2;
        assertEquals(temperature, body.get("temperature").asDouble(), "request " + i);
        assertEquals(line.has("seed") ? 7 : 1, body.get("seed").asInt(), "request " + i);
        assertEquals("mock", body.get("model").asText(), "the run's model, not the line's");
        // byte for byte: the fixture is written as json.dumps writes, and so is the request
        String messages = "\"messages\": " + PythonJson.dumps(line.get("messages")) + ", ";
        assertTrue(lines.get(i).contains(messages), lines.get(i));
        assertTrue(truth.byRequestId().get("measured-" + i).body().contains(messages), "request " + i);
        assertFalse(body.has("max_tokens"), "max_tokens became the output length");
      }
      assertEquals(0.9, body(truth, "measured-0").get("top_p").asDouble());
      assertEquals(requests.get(1).get("tools"), body(truth, "measured-1").get("tools"));
      assertEquals("auto", body(truth, "measured-1").get("tool_choice").asText());
      assertEquals(requests.get(3).get("metadata"), body(truth, "measured-3").get("metadata"));
      // the warm-up sends the first line with the global extra body only
      JsonNode warmup = body(truth, "warmup-0");
      assertEquals(requests.get(0).get("messages"), warmup.get("messages"));
      assertEquals(0.2, warmup.get("temperature").asDouble());
      assertFalse(warmup.has("top_p"));
    }
  }

  @Test
  void longbenchV2SendsTheBuiltPromptWithTenOutputTokens() throws Exception {
    Path file = resource("longbench-v2.jsonl");
    Set<String> expected = new HashSet<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        JsonNode r = EndToEndTest.JSON.readTree(line);
        expected.add(r.get("context").asText() + "\n\nQuestion: " + r.get("question").asText() + "\nA. "
            + r.get("choice_A").asText() + "\nB. " + r.get("choice_B").asText() + "\nC. "
            + r.get("choice_C").asText() + "\nD. " + r.get("choice_D").asText() + "\nAnswer:");
      }
    }
    try (MockServer mock = startMock()) {
      MockTruth truth = run(mock, 4, "backend", "sglang", "dataset-name", "longbench_v2", "dataset-path", file);
      Set<String> sent = new HashSet<>();
      for (int i = 0; i < 4; i++) {
        JsonNode body = body(truth, "measured-" + i);
        sent.add(body.get("text").asText());
        assertEquals(10, body.get("sampling_params").get("max_new_tokens").asInt());
      }
      assertEquals(expected, sent);
    }
  }

  @Test
  void customSendsTheImageRowAsAnImageUrlPart() throws Exception {
    Path file = resource("custom.jsonl");
    String png = "data:image/png;base64,"
        + Base64.getEncoder().encodeToString(Files.readAllBytes(file.resolveSibling("images/dot.png")));
    try (MockServer mock = startMock()) {
      MockTruth truth = run(mock, 4, "backend", "sglang-oai-chat", "dataset-name", "custom", "dataset-path", file);
      int images = 0;
      Set<String> texts = new HashSet<>();
      for (int i = 0; i < 4; i++) {
        JsonNode content = body(truth, "measured-" + i).get("messages").get(0).get("content");
        if (content.isArray()) {
          images++;
          assertEquals(2, content.size());
          assertEquals("image_url", content.get(0).get("type").asText());
          assertEquals(png, content.get(0).get("image_url").get("url").asText());
          assertEquals(Map.of("type", "text", "text", "What colour is this dot?"),
              EndToEndTest.JSON.convertValue(content.get(1), Map.class));
        } else {
          texts.add(content.asText());
        }
      }
      assertEquals(1, images);
      assertEquals(Set.of("Write a haiku about autumn leaves.", "How many legs does a spider have?",
          "Summarise the plot of Hamlet in one sentence."), texts);
    }
  }

  private static MockServer startMock() {
    return MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(0.5));
  }

  /** A run of the given options: exit code 0, the warm-up and {@code prompts} measured requests, all successful. */
  private MockTruth run(MockServer mock, int prompts, Object... options) throws IOException {
    Map<String, Object> all = GatlingRun.options("base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
        "model", "mock", "num-prompts", 100, "warmup-requests", 1);
    all.putAll(GatlingRun.options(options));
    GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, all);
    assertEquals(0, run.exitCode());
    MockTruth truth = MockTruth.of(mock);
    assertEquals(1 + prompts, truth.generations().size(), "warm-up + measured requests the mock saw");
    List<RequestRecord> records = RequestLog.read(run.folder().requestLog()).stream().filter(r -> !r.warmup()).toList();
    assertEquals(prompts, records.size());
    records.forEach(r -> assertTrue(r.success(), r.response().error()));
    return truth;
  }

  private static JsonNode body(MockTruth truth, String requestId) throws IOException {
    return EndToEndTest.JSON.readTree(truth.byRequestId().get(requestId).body());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FileDatasetsEndToEndTest.class.getResource("/dataset/" + name).toURI());
  }
}
