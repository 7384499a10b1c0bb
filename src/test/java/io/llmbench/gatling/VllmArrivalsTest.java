package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigLoader;
import io.llmbench.schedule.ArrivalSchedule;
import io.llmbench.schedule.GammaProfile;
import io.llmbench.schedule.RampUpProfile;
import io.llmbench.schedule.ScheduleStats;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The arrivals a vLLM-mode run's options give: vLLM's gamma process with burstiness alone, its ramp-up name. */
class VllmArrivalsTest {
  private static final int N = 4000;

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1.0, 4.0})
  void burstinessAloneGivesGammaGapsRescaledToEndExactlyAtNOverRate(double burstiness) {
    var profile = BenchSetup.arrivalProfile(ConfigLoader.of(Map.of(
        "compat", "vllm", "burstiness", burstiness, "request-rate", 20)));
    assertEquals(new GammaProfile(20, burstiness), profile);
    ArrivalSchedule schedule = profile.schedule(N, 42);
    // vLLM multiplies every arrival so that the last is at N/rate seconds exactly
    assertEquals(Math.round(N / 20.0 * 1e9), schedule.offsetNanos(N - 1));
    assertTrue(schedule.offsetNanos(0) > 0, "the first request waits one gap, as vLLM's");
    ScheduleStats stats = ScheduleStats.of(schedule);
    double expectedCv = 1 / Math.sqrt(burstiness);
    assertEquals(expectedCv, stats.gapCv(), 0.08 * expectedCv, "gap CV = 1/sqrt(burstiness)");
    assertEquals(20.0, stats.meanRate(), 0.1);
  }

  @Test
  void sglangModeStillRefusesBurstinessWithoutGamma() {
    var config = ConfigLoader.of(Map.of("burstiness", 0.5, "request-rate", 20));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchSetup.arrivalProfile(config));
    assertEquals("llmbench.burstiness = 0.5: only gamma and ramp-up-* use it (arrival-profile = poisson)",
        e.getMessage());
  }

  @Test
  void rampUpStrategyIsVllmsNameForOurRamps() {
    var profile = BenchSetup.arrivalProfile(ConfigLoader.of(Map.of("compat", "vllm", "ramp-up-strategy",
        "exponential", "ramp-up-start-rps", 2, "ramp-up-end-rps", 16)));
    assertEquals(new RampUpProfile(RampUpProfile.Strategy.EXPONENTIAL, 2, 16, 1.0), profile);
    var contradiction = ConfigLoader.of(Map.of("compat", "vllm", "ramp-up-strategy", "linear",
        "arrival-profile", "poisson", "ramp-up-start-rps", 2, "ramp-up-end-rps", 16));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchSetup.arrivalProfile(contradiction));
    assertEquals("llmbench.ramp-up-strategy = linear: stands for arrival-profile = ramp-up-linear, which contradicts"
        + " arrival-profile = poisson", e.getMessage());
  }
}
