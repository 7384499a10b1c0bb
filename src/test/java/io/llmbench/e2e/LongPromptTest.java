package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50,000-token prompt (long-context serving) goes out whole and its answer is read as any other. */
class LongPromptTest {

  @Test
  void fiftyThousandTokenPromptsAreSentAndMeasured(@TempDir Path dir) {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(1))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "vllm", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", 2,
          "random-input-len", 50_000, "random-range-ratio", 1.0, "random-output-len", 8, "warmup-requests", 0));
      assertEquals(0, run.exitCode());
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertEquals(2, records.size());
      for (RequestRecord r : records) {
        assertTrue(r.success(), r.response().error());
        assertEquals(50_000, r.promptLen());
      }
      List<MockRequestLog> received = MockTruth.of(mock).generations();
      assertTrue(received.stream().allMatch(l -> l.body().length() > 100_000), "the whole prompt reached the server");
    }
  }
}
