package io.llmbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.CachedTokens;
import io.llmbench.metrics.Metrics;
import io.llmbench.metrics.RequestOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The --cache-report section (spec §8) and JSONL keys (spec §9.2); expected text written from the formats. */
class CacheReportOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RULE = "=".repeat(50) + "\n";

  private static RunInfo run(boolean outputDetails) {
    return GoldenRuns.run(Map.of("backend", "sglang-oai", "request-rate", 4.0, "max-concurrency", 2,
        "random-output-len", 128, "output-details", outputDetails, "cache-report", true), false, null);
  }

  private static RequestOutcome ok(int serverPromptLen, CachedTokens cached) {
    return new RequestOutcome(true, "", serverPromptLen, serverPromptLen, serverPromptLen, 0, 2, 2, 0.0, 0.0, 0.1,
        0.2, List.of(0.1), List.of(0.1), "ab", cached);
  }

  private static CachedTokens tiers(String json) throws Exception {
    return CachedTokens.fromTiers(JSON.readTree(json));
  }

  private static String cacheSection(List<RequestOutcome> outcomes) {
    String block = ConsoleSummary.sglangBlock(run(false), Metrics.compute(outcomes, 1.0));
    assertTrue(block.endsWith(RULE));
    return block.substring(block.indexOf("----------------Cache Hit Details"));
  }

  @Test
  void sectionWithTiersAndNamedStorage() throws Exception {
    List<RequestOutcome> outcomes = List.of(
        ok(300, tiers("{\"device\":50,\"host\":10,\"storage\":0}")),
        ok(100, tiers("{\"device\":0,\"host\":0,\"storage\":20,\"storage_backend\":\"3fs\"}")));
    assertEquals(""
        + "----------------Cache Hit Details-----------------\n"
        + "Total prompt tokens:                     400       \n"
        + "Total cached tokens:                     80        \n"
        + "  Device:                                50        \n"
        + "  Host:                                  10        \n"
        + "  Storage (3fs):                         20        \n"
        + "Cache hit rate:                          20.0%\n"
        + "  Device:                                62.5%\n"
        + "  Host:                                  12.5%\n"
        + "  Storage (3fs):                         25.0%\n"
        + RULE, cacheSection(outcomes));
  }

  @Test
  void sectionWithoutDetailsOrWithoutHitsHasNoTierLines() throws Exception {
    String expected = ""
        + "----------------Cache Hit Details-----------------\n"
        + "Total prompt tokens:                     30        \n"
        + "Total cached tokens:                     %d         \n"
        + "Cache hit rate:                          %s%%\n"
        + RULE;
    assertEquals(String.format(expected, 1, "3.3"), cacheSection(List.of(ok(30, new CachedTokens(1, null)))));
    assertEquals(String.format(expected, 0, "0.0"),
        cacheSection(List.of(ok(30, tiers("{\"device\":0,\"host\":0}")))));
  }

  @Test
  void unnamedStorageTier() throws Exception {
    assertTrue(cacheSection(List.of(ok(10, tiers("{\"device\":0,\"host\":0,\"storage\":5}"))))
        .contains("\n  Storage:                               5         \n"
            + "Cache hit rate:                          50.0%\n"));
  }

  @Test
  void jsonlCacheReportAfterMaxConcurrentRequestsAndArraysAfterErrors() throws Exception {
    List<RequestOutcome> outcomes = List.of(
        ok(300, tiers("{\"device\": 50, \"host\": 10}")),
        ok(100, CachedTokens.NONE));
    BenchmarkMetrics m = Metrics.compute(outcomes, 1.0);
    String line = SglangJsonl.line(run(true), m, outcomes);
    assertTrue(line.contains("\"max_concurrent_requests\": 2, \"cache_report\": {\"total_prompt_tokens\": 400, "
        + "\"total_cached_tokens\": 60, \"cache_hit_rate_pct\": 15.0, \"device_cached_tokens\": 50, "
        + "\"host_cached_tokens\": 10, \"storage_cached_tokens\": null, \"storage_backend\": null}, "
        + "\"input_lens\": "), line);
    assertTrue(line.contains("\"errors\": [\"\", \"\"], \"cached_tokens\": [60, 0], "
        + "\"cached_tokens_details\": [{\"device\": 50, \"host\": 10}, null], \"failed\": 0"), line);
  }

  @Test
  void jsonlWithoutDetailsHasNullTiersAndRoundsTheRate() {
    List<RequestOutcome> outcomes = List.of(ok(3, new CachedTokens(1, null)));
    String line = SglangJsonl.line(run(false), Metrics.compute(outcomes, 1.0), outcomes);
    assertTrue(line.contains("\"cache_report\": {\"total_prompt_tokens\": 3, \"total_cached_tokens\": 1, "
        + "\"cache_hit_rate_pct\": 33.33, \"device_cached_tokens\": null, \"host_cached_tokens\": null, "
        + "\"storage_cached_tokens\": null, \"storage_backend\": null}, \"failed\": 0"), line);
  }
}
