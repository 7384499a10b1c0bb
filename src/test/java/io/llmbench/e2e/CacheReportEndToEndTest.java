package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cache-report = true through a whole run: the mock reports no hits, so the figures are zeros, but all is there. */
class CacheReportEndToEndTest {
  @Test
  void nativeRunPrintsAndSavesTheCacheReport(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(1).withGapMs(1))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", 8,
          "random-input-len", 16, "random-output-len", 8, "cache-report", true, "output-details", true));
      assertEquals(0, run.exitCode());
      String summary = Files.readString(run.folder().summary());
      assertTrue(summary.contains("----------------Cache Hit Details-----------------\nTotal prompt tokens:"), summary);
      assertTrue(summary.contains("\nCache hit rate:                          0.0%\n" + "=".repeat(50)), summary);
      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(0, line.path("cache_report").path("total_cached_tokens").asInt(-1));
      assertEquals(8, line.path("cached_tokens").size());
      assertEquals(8, line.path("cached_tokens_details").size());
    }
  }
}
