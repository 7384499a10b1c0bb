package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.verdict.Check;
import io.llmbench.verdict.Repeats;
import io.llmbench.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code llmbench.repeat}: three runs in turn, each its own run folder, then their figures and verdict together. */
class RepeatEndToEndTest {
  @Test
  void threeRepeatsWriteThreeRunFoldersAndOneSummaryOfThem(@TempDir Path dir) throws Exception {
    GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options("repeat", 3, "num-prompts", 10,
        "random-input-len", 16, "random-output-len", 8, "request-rate", 100, "warmup-requests", 2, "mock.ttft-ms", 5,
        "mock.itl-ms", 1, "assertions.p99-ttft-ms", 10_000, "assertions.use", "upper-ci"));
    assertEquals(0, run.exitCode());
    try (Stream<Path> folders = Files.list(dir.resolve("reports"))) {
      List<String> names = folders.map(p -> p.getFileName().toString().replaceAll("-\\d{8}-.*", "")).sorted().toList();
      assertEquals(List.of("e2esimulation-repeat1", "e2esimulation-repeat2", "e2esimulation-repeat3",
          "e2esimulation-repeats"), names);
    }
    JsonNode repeats = EndToEndTest.JSON.readTree(run.folder().path().resolve(Repeats.FILE_NAME).toFile());
    assertEquals(3, repeats.get("runs").size());
    JsonNode ttft = repeats.get("figures").get("p99_ttft_ms");
    assertEquals(3, ttft.get("values").size());
    assertTrue(ttft.get("low").asDouble() <= ttft.get("mean").asDouble()
        && ttft.get("mean").asDouble() <= ttft.get("high").asDouble(), ttft.toString());
    assertEquals(10, repeats.get("figures").get("completed").get("mean").asDouble());
    assertEquals(0, repeats.get("figures").get("completed").get("cv").asDouble());
    Verdict together = Verdict.read(run.folder().path().resolve(Verdict.JSON_FILE));
    assertTrue(together.passed(), together.toString());
    assertEquals("3 runs, 30 requests succeeded, 0 failed", together.checks().get(0).message());
    Check gate = together.checks().get(1);
    assertEquals("upper 95% CI of p99 TTFT", gate.name());
    assertEquals(ttft.get("high").asDouble(), gate.measured(), 1e-9);
  }
}
