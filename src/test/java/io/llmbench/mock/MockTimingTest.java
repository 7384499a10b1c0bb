package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When chunks go out, per the truth log and as a client sees them. */
class MockTimingTest {
  private static final double MS = 1e6;

  // Bounds are loose on the late side: CI shares two cores, so a timer may fire late, but never early.
  @Test
  void firstContentChunkWaitsForTtftAndGapsFollowTheConfig() throws Exception {
    String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_completion_tokens\":%d,"
        + "\"stream\":true}";
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(120).withGapMs(25));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/chat/completions", body.formatted(2))); // loads the classes on the first path
      assertTrue(http.read().terminated());
      long sent = System.nanoTime();
      http.send(RawHttp.post("/v1/chat/completions", body.formatted(9)));
      RawHttp.Response res = http.read();
      long read = System.nanoTime();
      assertTrue(res.terminated());
      assertEquals(9 + 3, res.data().size());

      MockRequestLog e = server.log().get(1);
      assertEquals(9, e.sendNanos().size());
      long ttft = e.firstContentNanos() - e.recvNanos();
      assertTrue(ttft >= 120 * MS, "first content chunk not before ttft: " + ttft / MS);
      assertTrue(ttft < 220 * MS, "first content chunk near ttft: " + ttft / MS);
      assertTrue(e.recvNanos() >= sent && e.endNanos() <= read, "one clock for client and server");
      // Headers go out on receipt (uvicorn-style), long before the first token.
      assertTrue(e.headersNanos() - e.recvNanos() < 60 * MS);
      // The role chunk goes out with the first token, just before it.
      assertTrue(e.roleNanos() > 0 && e.roleNanos() <= e.firstContentNanos());
      assertTrue(e.finishNanos() >= e.sendNanos().get(8) && e.doneNanos() >= e.finishNanos());
      assertEquals(0, e.usageNanos());
      // Absolute targets: chunk k is due at recv + ttft + k*gap, and is never written before it.
      for (int k = 0; k < 9; k++) {
        assertEquals(e.recvNanos() + Math.round((120 + 25 * k) * MS), e.targetNanos().get(k));
        assertTrue(e.latenessNanos().get(k) >= 0, "never early");
      }
      long[] gaps = e.contentGapsNanos().stream().mapToLong(Long::longValue).sorted().toArray();
      assertEquals(25.0, gaps[gaps.length / 2] / MS, 5.0, "median content gap");
    }
  }

  @Test
  void perRequestMockObjectOverridesTheConfig() throws Exception {
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(2000).withGapMs(2000));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/completions",
          "{\"prompt\":\"p\",\"max_tokens\":4,\"stream\":true,\"mock\":{\"ttft_ms\":30,\"gap_ms\":5}}"));
      assertTrue(http.read().terminated());
      MockRequestLog e = server.log().get(0);
      long ttft = e.firstContentNanos() - e.recvNanos();
      assertTrue(ttft >= 30 * MS && ttft < 500 * MS, "override ttft: " + ttft / MS);
      assertTrue(e.endNanos() - e.recvNanos() < 1000 * MS);
    }
  }

  @Test
  void lateHeadersGoOutWithTheFirstChunk() throws Exception {
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(80).withGapMs(1));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/generate",
          "{\"text\":\"p\",\"sampling_params\":{\"max_new_tokens\":2},\"stream\":true,"
              + "\"mock\":{\"late_headers\":true}}"));
      assertTrue(http.read().terminated());
      MockRequestLog e = server.log().get(0);
      assertTrue(e.headersNanos() - e.recvNanos() >= 80 * MS);
      assertTrue(e.headersNanos() <= e.firstContentNanos());
    }
  }

  @Test
  void nonStreamingBodyIsDueWhenTheLastTokenWouldHaveStreamedAndAnEmbeddingAtTtft() throws Exception {
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(40).withGapMs(10));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/completions", "{\"prompt\":\"p\",\"max_tokens\":5}"));
      assertEquals(200, http.read().status());
      MockRequestLog e = server.log().get(0);
      assertEquals(List.of(5), e.chunkTokens());
      assertTrue(e.firstContentNanos() - e.recvNanos() >= (40 + 4 * 10) * MS);

      // an embedding has no tokens: its answer is due at ttft, whatever the gap
      http.send(RawHttp.post("/v1/embeddings", "{\"input\":\"p\"}"));
      assertEquals(200, http.read().status());
      MockRequestLog emb = server.log().get(1);
      assertEquals(List.of(emb.recvNanos() + Math.round(40 * MS)), emb.targetNanos());
      assertTrue(emb.latenessNanos().get(0) >= 0, "never early");
      assertEquals(List.of(0), emb.chunkTokens());
    }
  }

  @Test
  void trtAndTrussChunksFollowTheSharedPlan() throws Exception {
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(30).withGapMs(7));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v2/models/ensemble/generate_stream",
          "{\"text_input\":\"p\",\"max_tokens\":5,\"stream\":true}"));
      RawHttp.Response trt = http.read();
      assertTrue(trt.terminated(), "the body ends cleanly");
      assertEquals(5, trt.data().size(), "and without [DONE]");
      http.send(RawHttp.post("/v1/models/model:predict", "{\"prompt\":\"p\",\"max_tokens\":5,\"stream\":true}"));
      assertTrue(http.read().terminated());
      List<MockRequestLog> log = server.log();
      assertEquals(2, log.size());
      for (MockRequestLog e : log) {
        assertEquals(List.of(1, 1, 1, 1, 1), e.chunkTokens(), e.path());
        for (int k = 0; k < 5; k++) {
          assertEquals(e.recvNanos() + Math.round((30 + 7 * k) * MS), e.targetNanos().get(k));
          assertTrue(e.latenessNanos().get(k) >= 0, "never early");
        }
        assertTrue(e.endNanos() >= e.sendNanos().get(4));
      }
    }
  }

  @Test
  void roleChunkCanBeTurnedOff() throws Exception {
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(1).withGapMs(1).withRoleChunk(false));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/chat/completions",
          "{\"messages\":[],\"max_tokens\":2,\"stream\":true}"));
      List<String> data = http.read().data();
      assertEquals(2 + 2, data.size(), data.toString());
      assertTrue(data.get(0).contains("\"content\":\" the\""));
      assertEquals(0, server.log().get(0).roleNanos());
    }
  }

  @Test
  void chunksGoOutOnTheTimerGridNeverBeforeIt() throws Exception {
    long tick = 5_000_000;
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(11).withGapMs(3).withTimerTickMs(5));
        RawHttp http = new RawHttp(server.port(), 5000)) {
      http.send(RawHttp.post("/v1/completions", "{\"prompt\":\"p\",\"max_tokens\":6,\"stream\":true}"));
      assertTrue(http.read().terminated());
      MockRequestLog e = server.log().get(0);
      for (int k = 0; k < 6; k++) {
        long gridPoint = -Math.floorDiv(-e.targetNanos().get(k), tick) * tick;
        assertTrue(e.sendNanos().get(k) >= gridPoint, "chunk " + k + " waits for its grid point");
      }
    }
  }

  @Test
  void planIsDeterministicAndJitterStaysInBounds() {
    ChunkPlan a = ChunkPlan.of(50, 1, 100, 20, 5, 7);
    ChunkPlan b = ChunkPlan.of(50, 1, 100, 20, 5, 7);
    ChunkPlan c = ChunkPlan.of(50, 1, 100, 20, 5, 8);
    boolean differs = false;
    for (int k = 0; k < 50; k++) {
      assertEquals(a.offsetNanos(k), b.offsetNanos(k));
      differs |= a.offsetNanos(k) != c.offsetNanos(k);
      double ms = a.offsetNanos(k) / MS;
      double nominal = 100 + 20 * k;
      assertTrue(Math.abs(ms - nominal) <= 5.0 + 1e-6, "jitter within bounds at " + k + ": " + ms);
    }
    assertTrue(differs, "another seed, another jitter");
    ChunkPlan flat = ChunkPlan.of(50, 1, 100, 20, 0, 7);
    assertEquals(Math.round(120 * MS), flat.offsetNanos(1));
    assertNotEquals(flat.offsetNanos(1), a.offsetNanos(1));
  }

  @Test
  void planSplitsTokensIntoChunks() {
    ChunkPlan p = ChunkPlan.of(10, 4, 0, 1, 0, 1);
    assertEquals(3, p.chunks());
    assertEquals(4, p.tokens(0));
    assertEquals(2, p.tokens(2));
    assertEquals(8, p.firstToken(2));
    ChunkPlan none = ChunkPlan.of(0, 1, 3, 1, 0, 1);
    assertEquals(1, none.chunks(), "no tokens (embeddings): still one answer");
    assertEquals(0, none.tokens(0));
    assertEquals(Math.round(3 * MS), none.offsetNanos(0));
    for (long seed = 0; seed < 20; seed++) {
      assertTrue(ChunkPlan.of(1, 1, 0, 1, 10, seed).offsetNanos(0) >= 0, "never before receipt");
    }
  }
}
