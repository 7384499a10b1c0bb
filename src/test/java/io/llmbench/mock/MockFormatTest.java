package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Response shapes of every endpoint, streaming and not, through the JDK HTTP client. */
class MockFormatTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static MockServer server;
  static HttpClient client;

  @BeforeAll
  static void start() {
    server = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(1).withDefaultOutputTokens(7));
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return client.send(req, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10))
        .build();
    return client.send(req, HttpResponse.BodyHandlers.ofString());
  }

  /** The SSE data payloads; asserts the framing ({@code data: X} events separated by blank lines). */
  static List<String> events(HttpResponse<String> res) {
    assertEquals(200, res.statusCode());
    assertEquals("text/event-stream", res.headers().firstValue("content-type").orElse(""));
    String body = res.body();
    assertTrue(body.endsWith("\n\n"), "every event ends with a blank line");
    List<String> out = new ArrayList<>();
    for (String event : body.split("\n\n")) {
      assertTrue(event.startsWith("data: "), event);
      out.add(event.substring(6));
    }
    return out;
  }

  static JsonNode json(String s) throws Exception {
    return MAPPER.readTree(s);
  }

  static String chat(int maxTokens, String extra) {
    return "{\"model\":\"my-model\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
        + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"say three words\"}]}],"
        + "\"max_completion_tokens\":" + maxTokens + extra + "}";
  }

  @Test
  void chatStreamHasRoleChunkContentFinishAndDoneButNoUsageUnlessAsked() throws Exception {
    List<String> ev = events(post("/v1/chat/completions", chat(5, ",\"stream\":true")));
    assertEquals(1 + 5 + 1 + 1, ev.size(), ev.toString()); // role, 5 content, finish, [DONE]
    JsonNode role = json(ev.get(0));
    assertEquals("chat.completion.chunk", role.get("object").asText());
    assertEquals("my-model", role.get("model").asText());
    assertEquals("assistant", role.at("/choices/0/delta/role").asText());
    assertEquals("", role.at("/choices/0/delta/content").asText());
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      JsonNode c = json(ev.get(i));
      assertTrue(c.at("/choices/0/finish_reason").isNull());
      assertFalse(c.at("/choices/0/delta").has("role"));
      text.append(c.at("/choices/0/delta/content").asText());
    }
    assertEquals(MockTokens.text(0, 5), text.toString());
    JsonNode finish = json(ev.get(6));
    assertEquals("length", finish.at("/choices/0/finish_reason").asText());
    assertEquals(0, finish.at("/choices/0/delta").size());
    assertFalse(finish.has("usage"));
    assertEquals("[DONE]", ev.get(7));
  }

  @Test
  void chatStreamSendsUsageOnlyChunkWhenAsked() throws Exception {
    List<String> ev = events(post("/v1/chat/completions",
        chat(4, ",\"stream\":true,\"stream_options\":{\"include_usage\":true}")));
    assertEquals(1 + 4 + 1 + 1 + 1, ev.size(), ev.toString());
    JsonNode usage = json(ev.get(ev.size() - 2));
    assertEquals(0, usage.get("choices").size());
    // Prompt tokens approximate: words of all message contents ("be brief" + "say three words").
    assertEquals(5, usage.at("/usage/prompt_tokens").asInt());
    assertEquals(4, usage.at("/usage/completion_tokens").asInt());
    assertEquals(9, usage.at("/usage/total_tokens").asInt());
    assertEquals("[DONE]", ev.get(ev.size() - 1));
  }

  @Test
  void chatNonStreamingBody() throws Exception {
    HttpResponse<String> res = post("/v1/chat/completions", chat(6, ""));
    assertEquals(200, res.statusCode());
    assertEquals("application/json", res.headers().firstValue("content-type").orElse(""));
    JsonNode body = json(res.body());
    assertEquals("chat.completion", body.get("object").asText());
    assertEquals("assistant", body.at("/choices/0/message/role").asText());
    assertEquals(MockTokens.text(0, 6), body.at("/choices/0/message/content").asText());
    assertEquals("length", body.at("/choices/0/finish_reason").asText());
    assertEquals(6, body.at("/usage/completion_tokens").asInt());
    assertEquals(5, body.at("/usage/prompt_tokens").asInt());
  }

  @Test
  void completionsStreamWithAndWithoutUsage() throws Exception {
    String base = "{\"model\":\"m\",\"prompt\":\"one two three four\",\"max_tokens\":3,\"stream\":true";
    assertCompletionsStream(events(post("/v1/completions", base + "}")), 3);

    List<String> withUsage = events(post("/v1/completions", base + ",\"stream_options\":{\"include_usage\":true}}"));
    assertEquals(3 + 1 + 1 + 1, withUsage.size());
    JsonNode usage = json(withUsage.get(4));
    assertEquals(0, usage.get("choices").size());
    assertEquals(4, usage.at("/usage/prompt_tokens").asInt());
    assertEquals(3, usage.at("/usage/completion_tokens").asInt());
  }

  /** n content chunks of completions text, the finish chunk, {@code [DONE]}. */
  private static void assertCompletionsStream(List<String> ev, int n) throws Exception {
    assertEquals(n + 1 + 1, ev.size(), ev.toString());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      JsonNode c = json(ev.get(i));
      assertEquals("text_completion", c.get("object").asText());
      text.append(c.at("/choices/0/text").asText());
    }
    assertEquals(MockTokens.text(0, n), text.toString());
    JsonNode finish = json(ev.get(n));
    assertEquals("", finish.at("/choices/0/text").asText());
    assertEquals("length", finish.at("/choices/0/finish_reason").asText());
    assertEquals("[DONE]", ev.get(n + 1));
  }

  @Test
  void completionsNonStreamingBody() throws Exception {
    JsonNode body = json(post("/v1/completions", "{\"prompt\":[1,2,3,4,5,6],\"max_tokens\":2}").body());
    assertEquals("text_completion", body.get("object").asText());
    assertEquals(MockTokens.text(0, 2), body.at("/choices/0/text").asText());
    assertEquals("length", body.at("/choices/0/finish_reason").asText());
    assertEquals(6, body.at("/usage/prompt_tokens").asInt(), "a token-id prompt counts its ids");
    assertEquals(2, body.at("/usage/completion_tokens").asInt());
    assertEquals("llmbench-mock", body.get("model").asText(), "no model in the body: the configured id");
  }

  @Test
  void generateStreamIsCumulativeWithCompletionTokens() throws Exception {
    List<String> ev = events(post("/generate",
        "{\"text\":\"a b c\",\"sampling_params\":{\"max_new_tokens\":4},\"stream\":true}"));
    assertEquals(4 + 1, ev.size(), ev.toString()); // 4 cumulative chunks, [DONE]; no usage chunk
    for (int i = 0; i < 4; i++) {
      JsonNode c = json(ev.get(i));
      assertEquals(MockTokens.text(0, i + 1), c.get("text").asText());
      assertEquals(i + 1, c.at("/meta_info/completion_tokens").asInt());
      assertEquals(3, c.at("/meta_info/prompt_tokens").asInt());
      assertEquals(0, c.at("/meta_info/cached_tokens").asInt());
      assertTrue(c.at("/meta_info/id").isTextual());
      if (i < 3) assertTrue(c.at("/meta_info/finish_reason").isNull());
    }
    JsonNode last = json(ev.get(3));
    assertEquals("length", last.at("/meta_info/finish_reason/type").asText());
    assertEquals(4, last.at("/meta_info/finish_reason/length").asInt());
    assertEquals("[DONE]", ev.get(4));
  }

  @Test
  void generateNonStreamingWithInputIds() throws Exception {
    JsonNode body = json(post("/generate", "{\"input_ids\":[5,6,7,8,9,10,11],\"sampling_params\":{}}").body());
    assertEquals(MockTokens.text(0, 7), body.get("text").asText(), "no max_new_tokens: the default (7)");
    assertEquals(7, body.at("/meta_info/completion_tokens").asInt());
    assertEquals(7, body.at("/meta_info/prompt_tokens").asInt());
    assertEquals("length", body.at("/meta_info/finish_reason/type").asText());
  }

  @Test
  void tokensPerChunkGroupsTokensAndTheLastChunkTakesTheRest() throws Exception {
    List<String> ev = events(post("/generate",
        "{\"text\":\"x\",\"sampling_params\":{\"max_new_tokens\":10},\"stream\":true,"
            + "\"mock\":{\"tokens_per_chunk\":3}}"));
    int[] expected = {3, 6, 9, 10};
    assertEquals(expected.length + 1, ev.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], json(ev.get(i)).at("/meta_info/completion_tokens").asInt());
    }
    MockRequestLog entry = lastEntry();
    assertEquals(List.of(3, 3, 3, 1), entry.chunkTokens());
    assertEquals(10, entry.completionTokens());
  }

  @Test
  void trtStreamsDeltaTextOutputAndEndsWithoutDone() throws Exception {
    // the body trt sends; "stream": false would change nothing, generate_stream always streams
    List<String> ev = events(post("/v2/models/ensemble/generate_stream",
        "{\"accumulate_tokens\":true,\"text_input\":\"a b c d\",\"temperature\":0.000001,\"top_p\":1.0,"
            + "\"max_tokens\":4,\"stream\":false,\"min_length\":4,\"end_id\":1048576}"));
    assertEquals(4, ev.size(), ev.toString()); // content only: no finish, no usage, no [DONE]
    for (int i = 0; i < 4; i++) {
      JsonNode c = json(ev.get(i));
      assertEquals(List.of("model_name", "model_version", "sequence_end", "sequence_id", "text_output"),
          fieldNames(c));
      assertEquals("ensemble", c.get("model_name").asText());
      assertEquals("1", c.get("model_version").asText());
      assertFalse(c.get("sequence_end").asBoolean());
      assertEquals(0, c.get("sequence_id").asInt());
      assertEquals(MockTokens.word(i), c.get("text_output").asText(), "each line carries its own tokens only");
    }
    MockRequestLog entry = lastEntry();
    assertTrue(entry.stream());
    assertEquals(4, entry.promptTokens(), "words of text_input");
    assertEquals(0, entry.doneNanos());
    assertEquals(0, entry.finishNanos());
  }

  @Test
  void trussAnswersWithCompletionsChunksAndBodies() throws Exception {
    String body = "{\"model\":\"m\",\"prompt\":\"one two three\",\"temperature\":0.0,\"best_of\":1,"
        + "\"max_tokens\":3,\"stream\":%s,\"ignore_eos\":true}";
    assertCompletionsStream(events(post("/v1/models/model:predict", body.formatted("true"))), 3);
    assertEquals(3, lastEntry().promptTokens());

    JsonNode whole = json(post("/v1/models/model:predict", body.formatted("false")).body());
    assertEquals(MockTokens.text(0, 3), whole.at("/choices/0/text").asText());
    assertEquals(3, whole.at("/usage/completion_tokens").asInt());
  }

  @Test
  void embeddingsAnswerOneVectorAndNoTokens() throws Exception {
    HttpResponse<String> res = post("/v1/embeddings", "{\"input\":\"one two three\",\"model\":\"emb\"}");
    assertEquals(200, res.statusCode());
    assertEquals("application/json", res.headers().firstValue("content-type").orElse(""));
    JsonNode body = json(res.body());
    assertEquals(List.of("object", "data", "model", "usage"), fieldNames(body));
    assertEquals("list", body.get("object").asText());
    assertEquals(1, body.get("data").size());
    assertEquals("embedding", body.at("/data/0/object").asText());
    assertEquals(0, body.at("/data/0/index").asInt());
    JsonNode vector = body.at("/data/0/embedding");
    assertTrue(vector.isArray() && vector.size() > 0 && vector.get(0).isNumber(), vector.toString());
    assertEquals("emb", body.get("model").asText());
    assertEquals(3, body.at("/usage/prompt_tokens").asInt());
    assertEquals(3, body.at("/usage/total_tokens").asInt());
    MockRequestLog entry = lastEntry();
    assertFalse(entry.stream());
    assertEquals(List.of(0), entry.chunkTokens(), "one answer, no tokens");

    // embeddings never stream; a token-id input counts its ids
    JsonNode ids = json(post("/v1/embeddings", "{\"input\":[1,2,3,4,5],\"stream\":true}").body());
    assertEquals(5, ids.at("/usage/prompt_tokens").asInt());
    assertEquals("llmbench-mock", ids.get("model").asText());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void metadataEndpoints() throws Exception {
    JsonNode models = json(get("/v1/models").body());
    assertEquals("list", models.get("object").asText());
    assertEquals("llmbench-mock", models.at("/data/0/id").asText());
    assertEquals("model", models.at("/data/0/object").asText());
    assertEquals(0, models.at("/data/0/created").asInt());
    assertEquals("llmbench-mock", models.at("/data/0/owned_by").asText());
    assertEquals(200, get("/health").statusCode());
    assertTrue(json(get("/server_info").body()).get("mock").asBoolean());

    HttpResponse<String> missing = get("/v1/nothing");
    assertEquals(404, missing.statusCode());
    assertEquals(404, json(missing.body()).at("/error/code").asInt());
    assertEquals(405, get("/generate").statusCode());
    assertEquals(405, get("/v1/embeddings").statusCode());
    HttpResponse<String> bad = post("/v1/completions", "{not json");
    assertEquals(400, bad.statusCode());
    assertEquals(400, json(bad.body()).at("/error/code").asInt());
    assertEquals(400, post("/generate", "{\"mock\":{\"fail\":\"explode\"}}").statusCode());
  }

  private static MockRequestLog lastEntry() {
    List<MockRequestLog> log = server.log();
    return log.get(log.size() - 1);
  }
}
