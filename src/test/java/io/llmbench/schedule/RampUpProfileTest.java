package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.llmbench.schedule.RampUpProfile.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RampUpProfileTest {
  private static final double EVEN = Double.POSITIVE_INFINITY;

  @Test
  void rateRunsFromStartToEndByRequestIndex() {
    RampUpProfile linear = new RampUpProfile(Strategy.LINEAR, 2, 20, 1);
    ArrivalSchedule s = linear.schedule(101, 1);
    assertEquals(2, s.targetRate(0));
    assertEquals(11, s.targetRate(50), 1e-12);
    assertEquals(20, s.targetRate(100));

    ArrivalSchedule e = new RampUpProfile(Strategy.EXPONENTIAL, 2, 32, 1).schedule(101, 1);
    assertEquals(2, e.targetRate(0));
    assertEquals(8, e.targetRate(50), 1e-12); // geometric mean half-way
    assertEquals(4, e.targetRate(25), 1e-12);
    assertEquals(32, e.targetRate(100), 1e-12);

    // vLLM's max(N − 1, 1): a single request runs at the start rate
    assertEquals(2, linear.rateAt(0, 1));
  }

  /** With evenly spaced gaps the gap before request i is exactly 1/r_i, the first is one gap in, no rescale. */
  @Test
  void gapBeforeEachRequestIsOneOverItsRateWithoutRescale() {
    for (Strategy strategy : Strategy.values()) {
      RampUpProfile p = new RampUpProfile(strategy, 1, 10, EVEN);
      ArrivalSchedule s = p.schedule(200, 1);
      double t = 0;
      for (int i = 0; i < 200; i++) {
        t += 1 / p.rateAt(i, 200);
        assertEquals(Math.round(t * 1e9), s.offsetNanos(i), 1);
      }
    }
  }

  /** Gamma gaps around the ramp: the time spent on the first and last 1000 requests matches Σ 1/r_i. */
  @Test
  void poissonRampKeepsTheLocalRateAtStartAndEnd() {
    int n = 20_000;
    RampUpProfile p = new RampUpProfile(Strategy.LINEAR, 2, 20, 1);
    ArrivalSchedule s = p.schedule(n, 5);
    assertWindowMatchesRates(p, s, 1, 1001, n);
    assertWindowMatchesRates(p, s, n - 1000, n, n);
  }

  private static void assertWindowMatchesRates(RampUpProfile p, ArrivalSchedule s, int from, int to, int n) {
    double expected = 0;
    double variance = 0;
    for (int i = from; i < to; i++) {
      double meanGap = 1 / p.rateAt(i, n);
      expected += meanGap;
      variance += meanGap * meanGap; // exponential: variance = mean²
    }
    double actual = (s.offsetNanos(to - 1) - s.offsetNanos(from - 1)) / 1e9;
    assertEquals(expected, actual, 4 * Math.sqrt(variance));
  }

  @Test
  void rateChangesAreVllmsIntegerRpsEvents() {
    ArrivalSchedule s = new RampUpProfile(Strategy.LINEAR, 1, 5, EVEN).schedule(101, 1);
    assertEquals(List.of(new RateChange(0, 1), new RateChange(s.offsetNanos(25), 2), new RateChange(s.offsetNanos(50), 3),
        new RateChange(s.offsetNanos(75), 4), new RateChange(s.offsetNanos(100), 5)), s.rateChanges());
  }

  /** Each integer rps appears once, at the first request whose rate reaches it (several at once if it jumps). */
  @Test
  void exponentialRateChangesStepThroughEveryInteger() {
    ArrivalSchedule s = new RampUpProfile(Strategy.EXPONENTIAL, 2, 40, 1).schedule(30, 1);
    List<RateChange> changes = s.rateChanges();
    assertEquals(new RateChange(0, 2), changes.get(0));
    assertEquals(39, changes.size()); // 2..40
    for (int k = 1; k < changes.size(); k++) {
      RateChange c = changes.get(k);
      assertEquals(k + 2, c.rps());
      int first = 0;
      while ((int) s.targetRate(first) < c.rps()) {
        first++;
      }
      assertEquals(s.offsetNanos(first), c.offsetNanos());
    }
  }

  @Test
  void sameSeedSameScheduleOtherSeedOtherSchedule() {
    RampUpProfile p = new RampUpProfile(Strategy.EXPONENTIAL, 1, 50, 0.5);
    assertEquals(p.schedule(300, 7), p.schedule(300, 7));
    assertNotEquals(p.schedule(300, 7), p.schedule(300, 8));
  }
}
