package io.llmbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.dataset.Datasets;
import io.llmbench.schedule.ArrivalProfiles;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  @Test
  void defaultsFollowBenchServing() {
    BenchConfig c = ConfigLoader.of(Map.of());
    assertEquals("sglang", c.backend());
    assertEquals(1000, c.get(Datasets.NUM_PROMPTS));
    assertEquals(1024, c.get(Datasets.RANDOM_INPUT_LEN));
    assertEquals(0.0, c.get(Datasets.RANDOM_RANGE_RATIO));
    assertEquals(Double.POSITIVE_INFINITY, c.get(ArrivalProfiles.REQUEST_RATE));
    assertTrue(c.uncapped());
    assertEquals(42, c.get(Datasets.SEED));
    // ours, not bench_serving's 1: sized from the concurrency so the measured phase starts with the JIT done
    assertTrue(c.autoWarmup());
    assertEquals(16, c.warmupRequests(), "uncapped");
    assertEquals(40, ConfigLoader.of(Map.of("max-concurrency", 8)).warmupRequests());
    assertEquals(5120, ConfigLoader.of(Map.of("max-concurrency", 1024)).warmupRequests(), "five waves at any size");
    assertEquals(1, ConfigLoader.of(Map.of("max-concurrency", 8, "warmup-requests", 1)).warmupRequests());
    ConfigError bad = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("warmup-requests", "many")));
    assertTrue(bad.getMessage().contains("warmup-requests"), bad.getMessage());
    assertNull(c.get(RequestOptionSpecs.MODEL));
    assertTrue(c.usesMock());
    assertEquals(Duration.ofHours(6), c.get(RequestOptionSpecs.REQUEST_TIMEOUT));
  }

  @Test
  void badRateNamesTheKeyTheValueAndWhatIsAllowed() {
    ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("request-rate", "fast")));
    assertEquals("llmbench.request-rate = \"fast\": expected a positive number of requests per second, or inf for one burst",
        e.getMessage());
  }

  @Test
  void rateAcceptsNumbersAndInf() {
    assertEquals(4.0, ConfigLoader.of(Map.of("request-rate", "4")).get(ArrivalProfiles.REQUEST_RATE));
    assertEquals(0.5, ConfigLoader.of(Map.of("request-rate", 0.5)).get(ArrivalProfiles.REQUEST_RATE));
    assertEquals(Double.POSITIVE_INFINITY, ConfigLoader.of(Map.of("request-rate", "inf")).get(ArrivalProfiles.REQUEST_RATE));
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("request-rate", 0)));
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("request-rate", -2)));
  }

  @Test
  void unknownKeyIsRejected() {
    ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("request-rat", 4)));
    assertTrue(e.getMessage().startsWith("llmbench.request-rat = 4: unknown option; known options: ["), e.getMessage());    e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("dataset-download.enable", true)));
    assertTrue(e.getMessage().startsWith("llmbench.dataset-download.enable = true: unknown option; known: [cache-dir,"),
        e.getMessage());
    e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("speed-bench-category", "medium")));
    assertEquals("llmbench.speed-bench-category = \"medium\": expected null or one of low_entropy, mixed, high_entropy",
        e.getMessage());
    e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("mooncake-workload", "chat")));
    assertEquals("llmbench.mooncake-workload = \"chat\": expected one of mooncake, conversation, synthetic, toolagent",
        e.getMessage());
  }

  @Test
  void wrongTypesAndRangesAreRejected() {
    assertEquals("llmbench.num-prompts = \"many\": expected an integer",
        assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("num-prompts", "many"))).getMessage());
    assertEquals("llmbench.num-prompts = 0: expected an integer from 1 up",
        assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("num-prompts", 0))).getMessage());
    assertEquals("llmbench.random-range-ratio = 1.5: expected a number from 0.0 to 1.0",
        assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("random-range-ratio", 1.5))).getMessage());
    assertEquals("llmbench.disable-stream = \"yes\": expected true or false",
        assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("disable-stream", "yes"))).getMessage());
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("base-url", "localhost:30000")));
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("header-timeout", "soon")));
  }

  @Test
  void maxConcurrencyZeroOrNullMeansNoCap() {
    assertTrue(ConfigLoader.of(Map.of("max-concurrency", 0)).uncapped());
    assertEquals(32, ConfigLoader.of(Map.of("max-concurrency", 32)).maxConcurrency());
  }

  @Test
  void extraRequestBodyAsHoconObjectOrJsonString() {
    assertEquals(Map.of("top_p", 0.9, "n", 2),
        ConfigLoader.of(Map.of("extra-request-body", Map.of("top_p", 0.9, "n", 2))).extraRequestBody());
    assertEquals(Map.of("top_p", 0.9),
        ConfigLoader.of(Map.of("extra-request-body", "{\"top_p\": 0.9}")).extraRequestBody());
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("extra-request-body", "{top_p")));
  }

  @Test
  void systemPropertyScalarsInTheExtraBodyKeepTheirJsonType() {
    System.setProperty("llmbench.extra-request-body.top_p", "0.9");
    System.setProperty("llmbench.extra-request-body.stop", "END");
    try {
      Map<String, Object> extra = ConfigLoader.load().extraRequestBody();
      assertEquals(0.9, extra.get("top_p"));
      assertEquals("END", extra.get("stop"));
    } finally {
      System.clearProperty("llmbench.extra-request-body.top_p");
      System.clearProperty("llmbench.extra-request-body.stop");
    }
  }

  @Test
  void systemPropertiesWinOverSimulationDefaults() {
    System.setProperty("llmbench.num-prompts", "7");
    try {
      BenchConfig c = ConfigLoader.load(Map.of("num-prompts", 200, "random-output-len", 16));
      assertEquals(7, c.get(Datasets.NUM_PROMPTS));
      assertEquals(16, c.get(Datasets.RANDOM_OUTPUT_LEN));
    } finally {
      System.clearProperty("llmbench.num-prompts");
    }
  }

  @Test
  void assertionsBecomeThresholds() {
    Thresholds t = ConfigLoader.of(Map.of("assertions", Map.of("p99-ttft-ms", 500, "max-failed-pct", 1))).assertions();
    assertEquals(Map.of("p99-ttft-ms", 500.0), t.latencyLimitsMs());
    assertEquals(1.0, t.maxFailedPct());
    ConfigError e = assertThrows(ConfigError.class,
        () -> ConfigLoader.of(Map.of("assertions", Map.of("p99-ttfb-ms", 500))));
    assertTrue(e.getMessage().startsWith("llmbench.assertions.p99-ttfb-ms = 500: unknown gate"), e.getMessage());
  }

  @Test
  void arrivalProfileOptions() {
    BenchConfig c = ConfigLoader.of(Map.of("arrival-profile", "gamma", "burstiness", 0.25, "request-rate", 20));
    assertEquals("gamma", c.get(ArrivalProfiles.ARRIVAL_PROFILE));
    assertEquals(0.25, c.get(ArrivalProfiles.BURSTINESS));
    assertNull(c.get(ArrivalProfiles.RAMP_UP_START_RPS));
    assertEquals(2.0, ConfigLoader.of(Map.of("ramp-up-start-rps", 2)).get(ArrivalProfiles.RAMP_UP_START_RPS));
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("burstiness", 0)));
  }

  @Test
  void sharedPrefixZipfNeedsItsAlphaAndOnlyIt() {
    ConfigLoader.of(Map.of("gsp-group-distribution", "zipf", "gsp-zipf-alpha", 1.2));
    assertEquals("llmbench.gsp-zipf-alpha = null: gsp-group-distribution = zipf needs a finite number > 0",
        assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("gsp-group-distribution", "zipf"))).getMessage());
    assertTrue(assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("gsp-group-distribution", "zipf",
        "gsp-zipf-alpha", 0))).getMessage().equals("llmbench.gsp-zipf-alpha = 0: expected a number > 0"));
    assertEquals("llmbench.gsp-zipf-alpha = 1.5: only used with gsp-group-distribution = zipf; leave it null",
        assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("gsp-zipf-alpha", 1.5))).getMessage());
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("gsp-group-distribution", "pareto")));
    assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("gsp-num-turns", 0)));
  }
}
