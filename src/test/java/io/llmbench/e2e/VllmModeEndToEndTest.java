package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import io.llmbench.run.RunManifest;
import io.llmbench.schedule.GammaProfile;
import io.llmbench.schedule.ScheduleStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run in vLLM mode against the mock: vLLM's warm-ups, vLLM's gamma arrivals, vLLM's backend name. */
class VllmModeEndToEndTest {
  /** 200 requests at 50 req/s with burstiness 0.5: a 4-second gamma schedule with gap CV about 1.41. */
  private static final GammaProfile ARRIVALS = new GammaProfile(50, 0.5);
  private static final int PROMPTS = 200;

  @Test
  void warmupsAndArrivalsFollowVllm(@TempDir Path dir) throws IOException {
    double rate = ARRIVALS.rate();
    double burstiness = ARRIVALS.burstiness();
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(1))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "compat", "vllm", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", PROMPTS,
          "random-input-len", 16, "random-output-len", 40, "num-warmups", 3, "request-rate", rate,
          "burstiness", burstiness));
      assertEquals(0, run.exitCode());
      assertTrue(Files.exists(run.folder().summary()), "post-processed: the options read back in vllm mode");
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      List<RequestRecord> warmups = records.stream().filter(RequestRecord::warmup).toList();
      List<RequestRecord> measured = records.stream().filter(r -> !r.warmup())
          .sorted(Comparator.comparingInt(RequestRecord::index)).toList();
      assertEquals(PROMPTS, measured.size());
      assertTrue(measured.stream().allMatch(RequestRecord::success));
      // num-warmups copies of the first request, its own 40 output tokens (bench_serving would cap them at 32)
      assertEquals(3, warmups.size());
      warmups.forEach(w -> assertEquals(measured.get(0).requestedOutputLen(), w.requestedOutputLen()));
      assertEquals(40, measured.get(0).requestedOutputLen());

      // the mock saw vLLM's completions requests (backend openai, vLLM mode's default), ignore_eos on for random
      List<MockRequestLog> generations = mock.log().stream().filter(l -> l.generation() > 0).toList();
      assertEquals(PROMPTS + 3, generations.size());
      generations.forEach(l -> assertEquals("/v1/completions", l.path()));
      generations.forEach(l -> assertTrue(l.body().contains("\"ignore_eos\": true"), l.body()));

      // the intended send times are vLLM's gamma process, rescaled so the last is at N/rate exactly
      long origin = RunManifest.read(run.folder().manifest()).originNanos();
      long[] intended = measured.stream().mapToLong(r -> r.scheduledNanos() - origin).toArray();
      long[] expected = ARRIVALS.schedule(PROMPTS, 42).offsetsNanos();
      assertTrue(Arrays.equals(expected, intended), "the run's schedule is GammaProfile's");
      assertEquals(Math.round(PROMPTS / rate * 1e9), intended[PROMPTS - 1]);
      double cv = ScheduleStats.of(intended).gapCv();
      assertEquals(1 / Math.sqrt(burstiness), cv, 0.25, "gap CV about 1/sqrt(burstiness)");
    }
  }
}
