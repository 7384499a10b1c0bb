package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.MockRequestLog.Outcome;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 keep-alive, {@code Connection: close}, pipelining, and closing a server with streams open. */
class MockConnectionTest {
  private static final String STREAM =
      "{\"prompt\":\"x\",\"max_tokens\":3,\"stream\":true}";
  private MockServer server;

  @BeforeEach
  void start() {
    server = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(1));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
    try (RawHttp http = new RawHttp(server.port(), 300)) {
      for (int i = 0; i < 3; i++) {
        http.send(RawHttp.post("/v1/completions", STREAM));
        RawHttp.Response res = http.read();
        assertTrue(res.terminated());
        assertNull(res.header("connection"));
        assertEquals("chunked", res.header("transfer-encoding"));
      }
      assertFalse(http.closedByServer(), "the connection stays open");
    }
    List<MockRequestLog> log = server.log();
    assertEquals(List.of(false, true, true), log.stream().map(MockRequestLog::reused).toList());
    assertEquals(1, log.stream().map(MockRequestLog::connection).distinct().count());
  }

  @Test
  void connectionCloseIsHonouredAfterTheResponse() throws Exception {
    try (RawHttp http = new RawHttp(server.port(), 2000)) {
      http.send(RawHttp.post("/v1/completions", STREAM, "Connection: close"));
      RawHttp.Response res = http.read();
      assertTrue(res.terminated(), "the full stream first");
      assertTrue(res.body().contains("[DONE]"));
      assertEquals("close", res.header("connection"));
      assertTrue(http.closedByServer(), "then the server closes");
    }
    try (RawHttp http = new RawHttp(server.port(), 2000)) {
      http.send(RawHttp.get("/v1/models", "Connection: close"));
      assertEquals(200, http.read().status());
      assertTrue(http.closedByServer());
    }
    List<MockRequestLog> log = server.log();
    assertNotEquals(log.get(0).connection(), log.get(1).connection());
    assertFalse(log.get(1).reused());
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    try (RawHttp http = new RawHttp(server.port(), 2000)) {
      http.send(RawHttp.post("/generate", "{\"text\":\"x\",\"sampling_params\":{\"max_new_tokens\":4},\"stream\":true}")
          + RawHttp.get("/health"));
      RawHttp.Response first = http.read();
      assertTrue(first.terminated());
      assertEquals(5, first.data().size());
      RawHttp.Response second = http.read();
      assertEquals(200, second.status());
      assertEquals("", second.body());
    }
    List<MockRequestLog> log = server.log();
    assertTrue(log.get(1).headersNanos() >= log.get(0).endNanos(), "the second waits for the first");
  }

  @Test
  void closingTheServerEndsOpenStreams() throws Exception {
    server.close();
    server = MockServer.start(MockConfig.defaults().withTtftMs(10_000));
    try (RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/completions", STREAM));
      for (int i = 0; i < 200 && server.log().isEmpty(); i++) Thread.sleep(5);
      long t = System.nanoTime();
      server.close();
      assertTrue(System.nanoTime() - t < 3_000_000_000L, "close is quick");
      RawHttp.Response res = http.read();
      assertFalse(res.terminated());
    }
    MockRequestLog e = server.log().get(0);
    assertEquals(Outcome.SERVER_STOPPED, e.outcome());
    assertEquals(200, e.status());
  }
}
