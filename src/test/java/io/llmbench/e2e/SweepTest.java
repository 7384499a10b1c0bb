package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.simulations.RateSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rate sweep runs each rate in turn against the embedded mock and writes one SGLang line per rate. */
class SweepTest {

  @Test
  void fiveRatesGiveFiveSglangLines(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sweep.jsonl");
    GatlingRun run = GatlingRun.run(RateSweep.class, dir, GatlingRun.options(
        "sweep.request-rates", "5, 10, 20, 40, 80", "sweep.duration", "1s", "random-input-len", 32,
        "random-output-len", 8, "warmup-requests", 2, "mock.ttft-ms", 5, "mock.itl-ms", 2,
        "output-file", out.toString()));
    assertEquals(0, run.exitCode());
    List<String> lines = Files.readAllLines(out);
    assertEquals(5, lines.size());
    List<Double> rates = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = EndToEndTest.JSON.readTree(line);
      assertEquals("tag", n.fieldNames().next());
      assertEquals(n.get("request_rate").asDouble(), n.get("completed").asDouble(), 1e-9, "rate x 1 s prompts");
      rates.add(n.get("request_rate").asDouble());
    }
    assertEquals(List.of(5.0, 10.0, 20.0, 40.0, 80.0), rates);
  }
}
