package io.llmbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepStepsTest {
  private static List<Map<String, Object>> steps(String hocon) {
    return SweepSteps.from(ConfigFactory.parseString(hocon).withFallback(
        ConfigFactory.defaultReference().getConfig("llmbench.sweep")));
  }

  @Test
  void promptCountsPerRate() {
    assertEquals(List.of(Map.of("request-rate", 1.0, "num-prompts", 300L), Map.of("request-rate", 2.0, "num-prompts", 600L)),
        steps("request-rates = [1, 2], num-prompts = [300, 600]"));
  }

  @Test
  void durationGivesRateTimesDuration() {
    assertEquals(List.of(Map.of("request-rate", 0.5, "num-prompts", 30L), Map.of("request-rate", 4.0, "num-prompts", 240L)),
        steps("request-rates = \"0.5, 4\", duration = 60s"));
  }

  @Test
  void badSweepsAreRejectedWithTheKey() {
    assertThrows(ConfigError.class, () -> steps("request-rates = []"));
    assertThrows(ConfigError.class, () -> steps("request-rates = [1, 2], num-prompts = [10]"));
    assertThrows(ConfigError.class, () -> steps("request-rates = [1], num-prompts = [10], duration = 5s"));
    assertEquals("llmbench.sweep.request-rates = [1.0, -2.0]: expected a list of positive finite rates, e.g. [1, 2, 4, 8, 16]",
        assertThrows(ConfigError.class, () -> steps("request-rates = [1, -2], duration = 5s")).getMessage());
  }
}
