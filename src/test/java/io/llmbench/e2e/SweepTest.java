package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.simulations.RateSweep;
import io.llmbench.simulations.suites.SglangOnlineSweep;
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

  /**
   * SGLang's published online sweep (seed 004) as shipped, scaled to 1% of its prompts and short prompts so it fits
   * a test: five steps, rates 1–16, each line carrying SGLang's keys in SGLang's order before ours.
   */
  @Test
  void seed004SweepGivesOneSglangLinePerRate(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("seed004.jsonl");
    GatlingRun run = GatlingRun.run(SglangOnlineSweep.class, dir, GatlingRun.options(
        "sweep.scale", 0.01, "random-input-len", 64, "random-output-len", 16, "warmup-requests", 1,
        "mock.ttft-ms", 5, "mock.itl-ms", 1, "output-details", true, "output-file", out.toString()));
    assertEquals(0, run.exitCode());
    List<String> lines = Files.readAllLines(out);
    assertEquals(5, lines.size());
    List<String> sglangKeys = new ArrayList<>();
    EndToEndTest.JSON.readTree(getClass().getResourceAsStream("/golden/jsonl-basic.jsonl")).fieldNames()
        .forEachRemaining(sglangKeys::add);
    // the client's load closes every line, after the schedule keys the golden fixture has none of
    sglangKeys.removeAll(List.of("client_cpu_cores", "client_jit_cores"));
    double[] rates = {1, 2, 4, 8, 16};
    int[] prompts = {3, 6, 12, 24, 32}; // 300, 600, 1200, 2400, 3200 at 1%
    for (int i = 0; i < 5; i++) {
      JsonNode n = EndToEndTest.JSON.readTree(lines.get(i));
      List<String> keys = new ArrayList<>();
      n.fieldNames().forEachRemaining(keys::add);
      // the golden line (Python-written, with output-details) ends with our additions; the schedule keys follow
      assertEquals(sglangKeys, keys.subList(0, sglangKeys.size()), "SGLang's keys first, in its order");
      // the client's load, then only the steady state's keys
      keys.subList(keys.indexOf("client_jit_cores") + 1, keys.size())
          .forEach(k -> assertTrue(k.contains("steady_state"), k));
      assertEquals(prompts[i], n.get("ttfts").size());
      assertEquals("sglang", n.get("backend").asText());
      assertEquals("random", n.get("dataset_name").asText());
      assertEquals(rates[i], n.get("request_rate").asDouble());
      assertEquals(prompts[i], n.get("completed").asInt());
      // the suite's range ratio 0.125 still applies: lengths in [8, 64] and [2, 16]
      int input = n.get("total_input_tokens").asInt();
      int output = n.get("total_output_tokens").asInt();
      assertTrue(input >= prompts[i] * 8 && input <= prompts[i] * 64, "input tokens " + input);
      assertTrue(output >= prompts[i] * 2 && output <= prompts[i] * 16, "output tokens " + output);
    }
  }
}
