package io.llmbench.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigLoader;
import io.llmbench.metrics.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatsTest {
  @Test
  void theIntervalIsStudentsTOfTheMeanAndTheCvTheSampleSdOverTheMean() {
    Repeats.Spread s = Repeats.Spread.of(new double[] {1, 2, 3});
    assertEquals(2.0, s.mean(), 1e-12);
    assertEquals(2.0 - 4.303 / Math.sqrt(3), s.low(), 1e-12, "t(0.975, 2) = 4.303, s = 1");
    assertEquals(2.0 + 4.303 / Math.sqrt(3), s.high(), 1e-12);
    assertEquals(0.5, s.cv(), 1e-12);
    Repeats.Spread one = Repeats.Spread.of(new double[] {7});
    assertEquals(List.of(7.0, 7.0, 7.0, 0.0), List.of(one.mean(), one.low(), one.high(), one.cv()), "one run: no spread");
  }

  @Test
  void tQuantilesBeyondTheTableFollowTheExpansion() {
    assertEquals(2.042, Repeats.tQuantile975(30));
    assertEquals(2.0211, Repeats.tQuantile975(40), 5e-4);
    assertEquals(1.9840, Repeats.tQuantile975(100), 5e-4);
  }

  /** One run of two successful requests with these TTFTs, in seconds. */
  private static Samples run(double firstTtft, double secondTtft) {
    double[][] none = {{}, {}};
    return new Samples(1.0, 0, new double[][] {{firstTtft}, {secondTtft}}, none, none,
        new double[][] {{0.5}, {0.5}}, new double[][] {{1}, {1}});
  }

  @Test
  void theGoodputGateIsALowerBoundOnTheMeanOrOnTheLowEndOfItsInterval() {
    // good shares 100 %, 50 %, 100 %: mean 83.33, lower end of the 95 % interval far below 60
    List<Samples> runs = List.of(run(0.05, 0.05), run(0.05, 0.2), run(0.05, 0.05));
    Map<String, Object> gate = Map.of("goodput", "ttft:100", "assertions.min-goodput-pct", 60);
    Check mean = Repeats.judge(ConfigLoader.of(gate).options(), runs, List.of()).get(1);
    assertEquals("mean good requests = 83.33 %, within the bound of 60.00 %", mean.message());
    Map<String, Object> upper = new java.util.HashMap<>(gate);
    upper.put("assertions.use", "upper-ci");
    Check cautious = Repeats.judge(ConfigLoader.of(upper).options(), runs, List.of()).get(1);
    assertEquals(Check.Result.FAILED, cautious.result());
    assertEquals(Repeats.Spread.of(new double[] {100, 50, 100}).low(), cautious.measured(), 1e-9);
    assertTrue(cautious.message().startsWith("lower 95% CI of good requests = "), cautious.message());
  }

  @Test
  void figuresAreSglangsNumericKeysFromDurationToMaxConcurrentRequests() {
    Map<String, Repeats.Spread> figures = Repeats.figures(List.of(
        "{\"backend\": \"sglang\", \"request_rate\": 4, \"duration\": 10.0, \"completed\": 100, \"accept_length\": null,"
            + " \"max_concurrent_requests\": 8, \"failed\": 0}",
        "{\"backend\": \"sglang\", \"request_rate\": 4, \"duration\": 12.0, \"completed\": 100, \"accept_length\": null,"
            + " \"max_concurrent_requests\": 10, \"failed\": 1}"));
    assertEquals(List.of("duration", "completed", "max_concurrent_requests"), List.copyOf(figures.keySet()));
    assertEquals(11.0, figures.get("duration").mean());
  }
}
