package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.mock.MockRequestLog.Outcome;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault kind, selected by the body's {@code mock.fail} or by the config's fault plan. */
class MockFaultTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private MockServer server;

  @BeforeEach
  void start() {
    server = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String chat(int tokens, String fail) {
    return "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_completion_tokens\":" + tokens
        + ",\"stream\":true,\"mock\":{\"fail\":\"" + fail + "\"}}";
  }

  private RawHttp.Response exchange(String request) throws Exception {
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(request);
      return http.read();
    }
  }

  /** Waits (bounded) for entry {@code seq} to leave IN_FLIGHT. */
  private MockRequestLog ended(int index) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      List<MockRequestLog> log = server.log();
      if (log.size() > index && log.get(index).outcome() != Outcome.IN_FLIGHT) return log.get(index);
      Thread.sleep(10);
    }
    throw new AssertionError("entry " + index + " never ended: " + server.log());
  }

  @Test
  void http500And429HaveJsonErrorBodies() throws Exception {
    RawHttp.Response r500 = exchange(RawHttp.post("/v1/chat/completions", chat(5, "500")));
    assertEquals(500, r500.status());
    JsonNode e500 = MAPPER.readTree(r500.body());
    assertEquals(500, e500.at("/error/code").asInt());
    assertFalse(e500.at("/error/message").asText().isEmpty());
    assertFalse(e500.at("/error/type").asText().isEmpty());

    RawHttp.Response r429 = exchange(RawHttp.post("/generate",
        "{\"text\":\"x\",\"stream\":true,\"mock\":{\"fail\":\"429\"}}"));
    assertEquals(429, r429.status());
    JsonNode e429 = MAPPER.readTree(r429.body());
    assertEquals(429, e429.at("/error/code").asInt());
    assertEquals("rate_limit_error", e429.at("/error/type").asText());
    assertEquals(Integer.toString(Fault.RETRY_AFTER_SECONDS), r429.header("retry-after"));

    MockRequestLog first = ended(0);
    assertEquals(500, first.status());
    assertEquals("500", first.fault());
    assertTrue(first.sendNanos().isEmpty());
    assertEquals("429", ended(1).fault());
  }

  @Test
  void disconnectClosesTheConnectionAfterKChunksWithoutTheTerminatingChunk() throws Exception {
    RawHttp.Response res = exchange(RawHttp.post("/v1/chat/completions", chat(10, "disconnect:3")));
    assertEquals(200, res.status());
    assertFalse(res.terminated(), "no terminating zero-length chunk");
    assertTrue(res.eof());
    List<String> data = res.data();
    assertEquals(1 + 3, data.size(), data.toString()); // role + 3 content chunks
    assertFalse(res.body().contains("[DONE]"));
    assertFalse(res.body().contains("finish_reason\":\"length"));
    MockRequestLog e = ended(0);
    assertEquals(Outcome.FAULT_CLOSED, e.outcome());
    assertEquals("disconnect:3", e.fault());
    assertEquals(3, e.sendNanos().size());
    assertEquals(0, e.doneNanos());
  }

  @Test
  void hangNeverAnswersUntilTheClientCloses() throws Exception {
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/completions", "{\"prompt\":\"x\",\"stream\":true,\"mock\":{\"fail\":\"hang\"}}"));
      assertTrue(http.silentFor(400), "no byte at all within the wait");
      MockRequestLog open = server.log().get(0);
      assertEquals(Outcome.IN_FLIGHT, open.outcome());
      assertEquals(0, open.status());
      assertEquals("hang", open.fault());
    }
    MockRequestLog closed = ended(0);
    assertEquals(Outcome.PEER_CLOSED, closed.outcome());
    assertEquals(0, closed.status());
  }

  @Test
  void stallSendsKChunksThenNothingWithTheConnectionOpen() throws Exception {
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/chat/completions", chat(10, "stall:2")));
      // 10 tokens at 5 ms + 2 ms gaps would have ended long before
      Thread.sleep(300);
      MockRequestLog open = server.log().get(0);
      assertEquals(Outcome.IN_FLIGHT, open.outcome());
      assertEquals(200, open.status());
      assertEquals("stall:2", open.fault());
      assertEquals(2, open.sendNanos().size());
      assertEquals(0, open.doneNanos());
    }
    MockRequestLog closed = ended(0);
    assertEquals(Outcome.PEER_CLOSED, closed.outcome());
    assertEquals(2, closed.sendNanos().size());
  }

  @Test
  void errorSendsAnInStreamErrorEventThenDoneExceptOnTriton() throws Exception {
    String fail = ",\"max_tokens\":6,\"stream\":true,\"mock\":{\"fail\":\"error:2\"}}";
    assertInStreamError(RawHttp.post("/v1/completions", "{\"prompt\":\"x\"" + fail), 0, true);
    assertInStreamError(RawHttp.post("/v2/models/ensemble/generate_stream", "{\"text_input\":\"x\"" + fail), 1, false);
  }

  /** 2 content chunks, the error event, then [DONE] where the API has one; the HTTP body ends cleanly. */
  private void assertInStreamError(String request, int index, boolean done) throws Exception {
    RawHttp.Response res = exchange(request);
    assertTrue(res.terminated(), "the HTTP body ends cleanly");
    List<String> data = res.data();
    assertEquals(2 + 1 + (done ? 1 : 0), data.size(), data.toString());
    JsonNode err = MAPPER.readTree(data.get(2));
    assertEquals(500, err.at("/error/code").asInt());
    assertFalse(err.at("/error/message").asText().isEmpty());
    MockRequestLog e = ended(index);
    assertEquals(2, e.sendNanos().size());
    assertTrue(e.errorNanos() > 0);
    if (done) {
      assertEquals("[DONE]", data.get(3));
      assertTrue(e.doneNanos() >= e.errorNanos());
    } else {
      assertEquals(0, e.doneNanos());
    }
  }

  @Test
  void nodoneEndsTheBodyCleanlyWithoutDone() throws Exception {
    RawHttp.Response res = exchange(RawHttp.post("/v1/chat/completions", chat(3, "nodone")));
    assertTrue(res.terminated());
    List<String> data = res.data();
    assertEquals(1 + 3 + 1, data.size(), data.toString()); // role, content, finish
    assertFalse(res.body().contains("[DONE]"));
    assertTrue(data.get(4).contains("\"finish_reason\":\"length\""));
    MockRequestLog e = ended(0);
    assertEquals(Outcome.COMPLETE, e.outcome());
    assertEquals(0, e.doneNanos());
  }

  @Test
  void faultPlanHitsTheNthGenerationRequestAndTheBodyWins() throws Exception {
    server.close();
    server = MockServer.start(MockConfig.defaults().withTtftMs(1).withGapMs(1)
        .withFaultAt(2, Fault.parse("500")).withFaultAt(3, Fault.parse("429")));
    String plain = "{\"prompt\":\"x\",\"max_tokens\":2}";
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.get("/health")); // not a generation request: does not count
      assertEquals(200, http.read().status());
      http.send(RawHttp.post("/v1/completions", plain));
      assertEquals(200, http.read().status());
      http.send(RawHttp.post("/v1/completions", plain));
      assertEquals(500, http.read().status());
      http.send(RawHttp.post("/v1/completions", "{\"prompt\":\"x\",\"max_tokens\":2,\"mock\":{\"fail\":\"none\"}}"));
      assertEquals(200, http.read().status(), "the body's mock.fail wins over the plan");
      http.send(RawHttp.post("/v1/completions", plain));
      assertEquals(200, http.read().status());
    }
    assertEquals(4, server.generationRequestCount());
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), server.log().stream().map(MockRequestLog::generation).toList());
  }

  @Test
  void faultPlanCountsAndHitsTrtTrussAndEmbeddingsRequests() throws Exception {
    server.close();
    server = MockServer.start(MockConfig.defaults().withTtftMs(1).withGapMs(1)
        .withFaultAt(1, Fault.parse("500")).withFaultAt(2, Fault.parse("disconnect:1"))
        .withFaultAt(3, Fault.parse("429")).withFaultAt(4, Fault.parse("disconnect:0")));
    String embeddings = RawHttp.post("/v1/embeddings", "{\"input\":\"x\"}");
    assertEquals(500, exchange(embeddings).status());
    RawHttp.Response trt = exchange(RawHttp.post("/v2/models/ensemble/generate_stream",
        "{\"text_input\":\"x\",\"max_tokens\":4,\"stream\":true}"));
    assertEquals(200, trt.status());
    assertFalse(trt.terminated(), "cut after one chunk");
    assertEquals(1, trt.data().size());
    assertEquals(429, exchange(RawHttp.post("/v1/models/model:predict",
        "{\"prompt\":\"x\",\"max_tokens\":4,\"stream\":true}")).status());
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(embeddings);
      assertThrows(IOException.class, http::read, "closed when the answer was due, without any response");
    }
    assertEquals(List.of("500", "disconnect:1", "429", "disconnect:0"),
        List.of(ended(0).fault(), ended(1).fault(), ended(2).fault(), ended(3).fault()));
    assertEquals(Outcome.FAULT_CLOSED, ended(1).outcome());
    assertEquals(Outcome.FAULT_CLOSED, ended(3).outcome());
    assertEquals(4, server.generationRequestCount());
  }

  @Test
  void nonStreamingFaults() throws Exception {
    String body = "{\"prompt\":\"x\",\"max_tokens\":3,\"mock\":{\"fail\":\"%s\"}}";
    RawHttp.Response err = exchange(RawHttp.post("/v1/completions", body.formatted("error:1")));
    assertEquals(500, err.status());
    assertEquals(500, MAPPER.readTree(err.body()).at("/error/code").asInt());
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/completions", body.formatted("disconnect:1")));
      assertThrows(IOException.class, http::read, "closed without any response");
    }
    assertEquals(Outcome.FAULT_CLOSED, ended(1).outcome());
    RawHttp.Response nodone = exchange(RawHttp.post("/v1/completions", body.formatted("nodone")));
    assertEquals(200, nodone.status(), "nodone has no meaning without a stream");
  }

  @Test
  void faultSpellings() {
    assertEquals(new Fault(Fault.Kind.DISCONNECT, 4), Fault.parse("disconnect:4"));
    assertEquals(new Fault(Fault.Kind.ERROR, 2), Fault.parse("midjson_error:2"));
    assertEquals("error:2", Fault.parse("ERROR:2").toString());
    for (String s : List.of("500", "429", "hang", "nodone", "none", "disconnect:0", "error:7", "stall:0")) {
      assertEquals(s, Fault.parse(s).toString());
    }
    for (String bad : List.of("disconnect", "hang:2", "error:x", "teapot", "disconnect:-1", "stall")) {
      assertThrows(IllegalArgumentException.class, () -> Fault.parse(bad), bad);
    }
  }
}
