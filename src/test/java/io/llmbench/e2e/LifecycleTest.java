package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench_serving's order around a run: ready check, warm-up, cache flush, profiler start, requests, profiler stop. */
class LifecycleTest {

  @Test
  void flushAndProfilerWrapTheMeasuredRequests(@TempDir Path dir) {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(1))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", 4,
          "random-input-len", 16, "random-output-len", 4, "warmup-requests", 2, "max-concurrency", 1,
          "flush-cache", true, "flush-cache-timeout", 30, "profile", true, "profile-prefix", "run1"));
      assertEquals(0, run.exitCode());
      List<MockRequestLog> log = mock.log();
      List<String> calls = log.stream()
          .map(l -> l.generation() > 0 ? MockTruth.header(l, "X-Llmbench-Request") : l.method() + " " + l.path())
          .toList();
      // ready check (the health endpoint first), model discovery, warm-up (concurrent: either order), flush, profiler, requests, stop, info
      assertEquals(List.of("GET /health", "GET /v1/models"), calls.subList(0, 2));
      assertEquals(java.util.Set.of("warmup-0", "warmup-1"), java.util.Set.copyOf(calls.subList(2, 4)));
      assertEquals(List.of("POST /flush_cache?timeout=30.0", "POST /start_profile", "measured-0", "measured-1",
          "measured-2", "measured-3", "POST /stop_profile", "GET /server_info"), calls.subList(4, calls.size()));
      MockRequestLog start = log.stream().filter(l -> l.path().equals("/start_profile")).findFirst().orElseThrow();
      assertTrue(start.body().startsWith("{\"activities\": [\"CPU\", \"GPU\"], \"num_steps\": null, "
          + "\"profile_by_stage\": false, \"profile_stages\": null, \"output_dir\": \"/tmp/"), start.body());
      assertTrue(start.body().endsWith("\"profile_prefix\": \"run1\"}"), start.body());
    }
  }
}
