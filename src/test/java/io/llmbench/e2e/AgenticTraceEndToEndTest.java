package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.llmbench.mock.Fault;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.mock.MockTokens;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agent sessions replayed as conversations: each turn carries the recorded messages plus the server's real replies,
 * waits for the previous reply and the think time, and the concurrency cap counts conversations.
 */
class AgenticTraceEndToEndTest {
  private static final long THINK_MS = 150;

  @Test
  void turnsCarryTheRealRepliesAfterTheThinkTime(@TempDir Path dir) throws Exception {
    Path trace = Path.of(getClass().getResource("/dataset/agentic-trace.json").toURI());
    JsonNode recorded = EndToEndTest.JSON.readTree(trace.toFile()).get("conversations");
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(3).withGapMs(0.5))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "vllm-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "dataset-name", "agentic-trace", "dataset-path", trace.toString(), "num-prompts", 3,
          "sharegpt-output-len", 5, "max-concurrency", 1, "think-time", THINK_MS + "ms", "warmup-requests", 0));
      assertEquals(0, run.exitCode());
      MockTruth truth = MockTruth.of(mock);
      assertEquals(3 + 1 + 2, truth.generations().size(), "one request per turn");
      long previousEnd = 0;
      for (int c = 0; c < 3; c++) {
        JsonNode turns = recorded.get(c);
        ArrayNode expected = EndToEndTest.JSON.createArrayNode();
        for (int t = 0; t < turns.size(); t++) {
          MockRequestLog sent = truth.byRequestId().get("measured-" + c + (t == 0 ? "" : "-" + t));
          expected.addAll((ArrayNode) turns.get(t).get("messages"));
          assertEquals(expected, EndToEndTest.JSON.readTree(sent.body()).get("messages"), "conversation " + c + " turn " + t);
          assertEquals(5, sent.completionTokens());
          if (t > 0) {
            assertTrue(sent.recvNanos() - previousEnd >= THINK_MS * 1_000_000,
                "turn " + t + " of " + c + " came " + (sent.recvNanos() - previousEnd) / 1e6 + " ms after the reply");
          } else {
            assertTrue(sent.recvNanos() > previousEnd, "max-concurrency 1: one conversation at a time");
          }
          previousEnd = sent.endNanos();
          expected.addObject().put("role", "assistant").put("content", MockTokens.text(0, 5));
        }
      }
      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(6, line.get("completed").asInt(), "every turn is one request in SGLang's figures");
      assertEquals(30, line.get("total_output_tokens").asInt());
    }
  }

  /** A failed turn ends its conversation (its history would be broken); the other conversations go on. */
  @Test
  void aFailedTurnEndsItsConversationOnly(@TempDir Path dir) throws Exception {
    Path trace = Path.of(getClass().getResource("/dataset/agentic-trace.json").toURI());
    // generation 2 is the second turn of the first conversation (one conversation at a time, no warm-up)
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(3).withGapMs(0.5)
        .withFaultAt(2, Fault.parse("500")))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "dataset-name", "agentic-trace", "dataset-path", trace.toString(), "num-prompts", 3,
          "sharegpt-output-len", 5, "max-concurrency", 1, "warmup-requests", 0));
      assertEquals(0, run.exitCode());
      MockTruth truth = MockTruth.of(mock);
      assertEquals(Set.of("measured-0", "measured-0-1", "measured-1", "measured-2", "measured-2-1"),
          truth.byRequestId().keySet(), "the first conversation stops after its failed turn");
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertEquals(5, records.size());
      RequestRecord failed = records.stream().filter(r -> !r.success()).findFirst().orElseThrow();
      assertEquals(0, failed.index());
      assertEquals(1, failed.turn());
      assertTrue(failed.response().error().startsWith("HTTP 500"), failed.response().error());
      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(4, line.get("completed").asInt());
      assertEquals(1, line.get("failed").asInt());
    }
  }
}
