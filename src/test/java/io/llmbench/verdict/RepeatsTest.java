package io.llmbench.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
