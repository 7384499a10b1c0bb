package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraceProfileTest {
  private static final long[] TRACE_MS = {1_700_000_005_000L, 1_700_000_001_000L, 1_700_000_003_500L, 1_700_000_001_000L};
  private static final long S = 1_000_000_000L;

  @Test
  void sortedAndRebasedToZero() {
    ArrivalSchedule s = new TraceProfile(TRACE_MS, 1.0).schedule(100, 0);
    assertArrayEquals(new long[] {0, 0, 2_500_000_000L, 4 * S}, s.offsetsNanos());
    assertTrue(Double.isNaN(s.targetRate(0)));
  }

  @Test
  void slowdownFactorStretchesTime() {
    assertArrayEquals(new long[] {0, 0, 5 * S, 8 * S}, new TraceProfile(TRACE_MS, 2.0).schedule(4, 0).offsetsNanos());
    assertArrayEquals(new long[] {0, 0, 1_250_000_000L, 2 * S},
        new TraceProfile(TRACE_MS, 0.5).schedule(4, 0).offsetsNanos());
  }

  @Test
  void windowIsCutBeforeRebasingAndIsHalfOpen() {
    long t0 = 1_700_000_000_000L;
    TraceProfile window = new TraceProfile(TRACE_MS, 2.0, t0 + 2_000, t0 + 5_000);
    assertEquals(1, window.size()); // 3 500 only: 5 000 is the excluded end
    assertArrayEquals(new long[] {0}, window.schedule(10, 0).offsetsNanos());
    TraceProfile fromStart = new TraceProfile(TRACE_MS, 1.0, t0 + 1_000, t0 + 5_001);
    assertArrayEquals(new long[] {0, 0, 2_500_000_000L, 4 * S}, fromStart.schedule(10, 0).offsetsNanos());
  }

  @Test
  void nTakesTheEarliestArrivals() {
    assertArrayEquals(new long[] {0, 0, 2_500_000_000L}, new TraceProfile(TRACE_MS, 1.0).schedule(3, 0).offsetsNanos());
  }

  @Test
  void rejectsBadArguments() {
    assertMessage("slowdown-factor = 0.0", () -> new TraceProfile(TRACE_MS, 0));
    assertMessage("trace-start-ms = 5", () -> new TraceProfile(TRACE_MS, 1, 5, 5));
    assertMessage("no timestamp of the trace falls in this window", () -> new TraceProfile(TRACE_MS, 1, 0, 10));
    assertMessage("trace = 0 timestamps", () -> new TraceProfile(new long[0], 1));
  }

  private static void assertMessage(String expected, Runnable r) {
    String message = assertThrows(IllegalArgumentException.class, r::run).getMessage();
    assertTrue(message.contains(expected), message);
  }
}
