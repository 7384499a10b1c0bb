package io.llmbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SteadyStateTest {
  /** A request sent at {@code start} s taking {@code latency} s: 100 ms TTFT, then 10 tokens evenly spread. */
  static RequestOutcome request(double start, double latency) {
    double gap = (latency - 0.1) / 9;
    return new RequestOutcome(true, "", 10, 10, 10, 0, 10, 10, start, start, 0.1, latency,
        Collections.nCopies(9, gap), Collections.nCopies(9, gap), "", CachedTokens.NONE);
  }

  /** {@code n} requests {@code gap} s apart from t=0, each lasting {@code latency} s. */
  static List<RequestOutcome> evenly(int n, double gap, double latency) {
    List<RequestOutcome> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(request(i * gap, latency));
    }
    return out;
  }

  @Test
  void offAddsNothing() {
    assertNull(SteadyState.of(SteadyState.OFF, evenly(600, 0.1, 1), 61));
  }

  @Test
  void autoLeavesOutTheRampAndTheDrainOfASteadyRun() {
    // 10 req/s for 60 s, 1 s each: 10 in flight from t=1 s to t=60 s; the 4 s smoothing (40 sends) blurs the edges
    SteadyState s = SteadyState.of(SteadyState.AUTO, evenly(600, 0.1, 1), 61);
    assertEquals("auto", s.mode());
    assertTrue(s.startS() >= 1 && s.startS() <= 3, "start " + s.startS());
    assertTrue(s.endS() >= 58 && s.endS() <= 60, "end " + s.endS());
    assertEquals(100.0, s.ttftMs().median(), 1e-9);
    assertEquals(1000.0, s.e2eMs().p99(), 1e-9);
    assertEquals(10.0, s.requestThroughput(), 0.3);
    assertEquals(100.0, s.outputThroughput(), 3);
  }

  @Test
  void autoFindsTheTopOfALinearRamp() {
    // the gap shrinks from 0.2 s to 0.025 s (5 to 40 req/s) over 500 requests of 2 s each: in flight grows to 80
    List<RequestOutcome> ramp = new ArrayList<>();
    double t = 0;
    for (int i = 0; i < 500; i++) {
      ramp.add(request(t, 2));
      t += 1 / (5 + 35.0 * i / 499);
    }
    double end = t + 2;
    SteadyState s = SteadyState.of(SteadyState.AUTO, ramp, end);
    assertTrue(s.startS() > end / 3, "the ramp's start is left out: " + s.startS());
    assertTrue(s.endS() < end - 1, "the drain is left out: " + s.endS());
  }

  @Test
  void aCappedBurstIsSteadyWhileTheCapIsFull() {
    // 100 requests of 1 s behind a cap of 10: 10 in flight for 10 s
    List<RequestOutcome> capped = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      capped.add(request(i / 10, 1));
    }
    SteadyState s = SteadyState.of(SteadyState.AUTO, capped, 10);
    assertEquals(0.0, s.startS(), 0.2);
    assertEquals(10.0, s.endS(), 0.2);
    assertEquals(100, s.requests());
  }

  @Test
  void anUncappedBurstsWindowEndsAsItsFirstRepliesReturn() {
    // 100 requests sent at t=0 taking 1 s, 1.1 s, ..., 10.9 s: in flight falls below 90 of 100 at 2 s
    List<RequestOutcome> burst = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      burst.add(request(0, 1 + i * 0.1));
    }
    SteadyState s = SteadyState.of(SteadyState.AUTO, burst, 11);
    assertEquals(0.0, s.startS(), 1e-9);
    assertEquals(2.0, s.endS(), 0.6);
  }

  @Test
  void aFixedWindowCountsTheRequestsSentInIt() {
    SteadyState s = SteadyState.of("10s..20s", evenly(600, 0.1, 1), 61);
    assertEquals("fixed", s.mode());
    assertEquals(100, s.requests());
    assertEquals(10.0, s.requestThroughput(), 1e-9);
  }

  @Test
  void tooFewRequestsHaveNoSteadyState() {
    assertNull(SteadyState.of(SteadyState.AUTO, List.of(request(0, 1)), 1));
  }

  @Test
  void inFlightIsTheAverageOverEachStep() {
    // one request over [0.5, 2.5) in steps of 1: half, whole, half
    double[] inFlight = SteadyState.inFlight(List.of(request(0.5, 2)), 1, 3);
    assertEquals(List.of(0.5, 1.0, 0.5), List.of(inFlight[0], inFlight[1], inFlight[2]));
  }

  @Test
  void theOptionIsCheckedBeforeTheRun() {
    ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("steady-state", "20s..10s")));
    assertTrue(e.getMessage().contains("steady-state"), e.getMessage());
    assertEquals("30s..90s", ConfigLoader.of(Map.of("steady-state", "30s..90s")).get(SteadyState.OPTION));
  }
}
