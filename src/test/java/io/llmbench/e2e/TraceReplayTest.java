package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.mock.MockTokens;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import io.llmbench.tokenizer.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The Mooncake conversation trace replays on its own timestamps, stretched by the slowdown factor. */
class TraceReplayTest {

  @ParameterizedTest
  @ValueSource(doubles = {1.0, 2.0})
  void mooncakeReplaysOnItsTimestamps(double slowdown, @TempDir Path dir) throws Exception {
    Path trace = SharedData.file("mooncake/conversation_trace.jsonl");
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(0.5))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "dataset-name", "mooncake", "dataset-path", trace.toString(), "num-prompts", 26,
          "mooncake-num-rounds", 2, "mooncake-slowdown-factor", slowdown, "warmup-requests", 1));
      assertEquals(0, run.exitCode());

      // the first 26 records arrive at 0 ms (10 of them) and 3,000 ms (16): two rounds each, sent back to back
      List<RequestRecord> measured = RequestLog.read(run.folder().requestLog()).stream()
          .filter(r -> !r.warmup()).sorted(java.util.Comparator.comparingInt(RequestRecord::index)).toList();
      assertEquals(52, measured.size());
      long origin = measured.get(0).scheduledNanos();
      for (RequestRecord r : measured) {
        long traceMs = r.index() < 20 ? 0 : 3_000;
        assertEquals(Math.round(traceMs * slowdown * 1e6), r.scheduledNanos() - origin, 1_000, "request " + r.index());
        assertTrue(r.success(), r.response().error());
      }
      // sent on time: bursts of 20 and 32 large prompts (up to 170 kB each) leave a cold JVM a few ms behind at worst
      double[] lagMs = measured.stream().mapToDouble(r -> (r.startNanos() - r.scheduledNanos()) / 1e6).sorted().toArray();
      assertTrue(lagMs[lagMs.length / 2] < 20, "median send lag " + lagMs[lagMs.length / 2] + " ms");
      assertTrue(lagMs[lagMs.length - 1] < 1_000, "max send lag " + lagMs[lagMs.length - 1] + " ms");

      // round 2 of each session is round 1's conversation plus a placeholder reply and the next user turn
      MockTruth truth = MockTruth.of(mock);
      for (int session = 0; session < 26; session++) {
        String round1 = text(truth.measured(2 * session).body());
        String round2 = text(truth.measured(2 * session + 1).body());
        assertTrue(round1.contains("Round 1: ") && !round1.contains("Round 2: "), round1.substring(0, 40));
        assertTrue(round2.startsWith(round1) && round2.contains("Round 2: ") && round2.length() > round1.length());
      }
      assertEquals("trace", EndToEndTest.sglangLine(run).get("request_rate").asText());
    }
  }

  /**
   * With a chat backend each session is one conversation: its first round leaves on the trace's timestamp, each
   * later round when the previous reply is complete, carrying the real reply in its history.
   */
  @ParameterizedTest
  @ValueSource(doubles = {1.0, 2.0})
  void mooncakeConversationsCarryTheRealReplies(double slowdown, @TempDir Path dir) throws Exception {
    Path trace = SharedData.file("mooncake/conversation_trace.jsonl");
    int sessions = 26;
    int rounds = 3;
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(0.2))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "dataset-name", "mooncake", "dataset-path", trace.toString(), "num-prompts", sessions,
          "mooncake-num-rounds", rounds, "mooncake-slowdown-factor", slowdown, "warmup-requests", 1));
      assertEquals(0, run.exitCode());

      List<RequestRecord> measured = RequestLog.read(run.folder().requestLog()).stream()
          .filter(r -> !r.warmup())
          .sorted(java.util.Comparator.comparingInt(RequestRecord::index).thenComparingInt(RequestRecord::turn))
          .toList();
      assertEquals(sessions * rounds, measured.size());
      long origin = measured.get(0).scheduledNanos();
      MockTruth truth = MockTruth.of(mock);
      for (int session = 0; session < sessions; session++) {
        // the first 26 records arrive at 0 ms (10 of them) and 3,000 ms (16)
        RequestRecord first = measured.get(session * rounds);
        assertEquals(0, first.turn());
        long traceMs = session < 10 ? 0 : 3_000;
        assertEquals(Math.round(traceMs * slowdown * 1e6), first.scheduledNanos() - origin, 1_000, "session " + session);
        String base = null;
        for (int turn = 0; turn < rounds; turn++) {
          RequestRecord r = measured.get(session * rounds + turn);
          assertTrue(r.success(), r.response().error());
          var sent = truth.byRequestId().get("measured-" + session + (turn == 0 ? "" : "-" + turn));
          JsonNode messages = EndToEndTest.JSON.readTree(sent.body()).get("messages");
          // the history grows by the previous round and its real reply
          assertEquals(2 * turn + 1, messages.size(), "messages of session " + session + " round " + (turn + 1));
          String user = messages.get(2 * turn).get("content").asText();
          assertTrue(user.startsWith("Round " + (turn + 1) + ": "), user.substring(0, 20));
          base = base == null ? user.substring("Round 1: ".length()) : base;
          assertEquals("Round " + (turn + 1) + ": " + base, user);
          if (turn > 0) {
            RequestRecord previous = measured.get(session * rounds + turn - 1);
            JsonNode reply = messages.get(2 * turn - 1);
            assertEquals("assistant", reply.get("role").asText());
            var before = truth.byRequestId().get("measured-" + session + (turn == 1 ? "" : "-" + (turn - 1)));
            // exactly the text the server sent for the previous round
            assertEquals(MockTokens.text(0, before.completionTokens()), reply.get("content").asText());
            assertEquals(previous.response().generatedText(), reply.get("content").asText());
            assertTrue(sent.recvNanos() > before.endNanos(), "round " + (turn + 1) + " waits for the reply");
          }
        }
      }
      assertEquals(sessions * rounds, EndToEndTest.sglangLine(run).get("completed").asInt());
    }
  }

  private static String text(String body) throws Exception {
    JsonNode n = EndToEndTest.JSON.readTree(body);
    return n.get("text").asText();
  }
}
