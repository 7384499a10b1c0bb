package io.llmbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static RequestOutcome ok(
      int outputLen, double scheduled, double start, double ttft, double latency, List<Double> itl,
      List<Double> perTokenItl) {
    return new RequestOutcome(
        true, "", 10, 11, 8, 2, outputLen, outputLen + 1, scheduled, start, ttft, latency, itl,
        perTokenItl, "text", CachedTokens.NONE);
  }

  private static RequestOutcome ok(double start, double ttft, double latency, List<Double> itl) {
    return ok(itl.size() + 1, start, start, ttft, latency, itl, itl);
  }

  private static RequestOutcome failed(String error) {
    return new RequestOutcome(false, error, 10, 10, 10, 0, 0, 0, 1, 1, 0, 0, List.of(), List.of(), "", CachedTokens.NONE);
  }

  /** Two successes (output 4 and 3 tokens), one single-token success, one failure. */
  private static final List<RequestOutcome> RUN =
      List.of(
          ok(4, 0.0, 0.0, 0.25, 1.0, List.of(0.25, 0.25, 0.25), List.of(0.25, 0.25, 0.25)),
          ok(3, 0.25, 0.5, 0.5, 1.5, List.of(1.0), List.of(0.5, 0.5)),
          failed("Bad Request: {\"detail\": 1}"),
          ok(1, 1.0, 1.75, 0.75, 0.75, List.of(), List.of()));

  @Test
  void peakOverlapCountsRequestsInFlightAtOneInstant() {
    // [0, 1], [0.5, 2.0], [1.75, 2.5]: at most two at once; an end and a start at 1.0 do not overlap
    assertEquals(2, Metrics.peakOverlap(List.of(ok(0.0, 0.1, 1.0, List.of()), ok(0.5, 0.1, 1.5, List.of()),
        ok(1.75, 0.1, 0.75, List.of()), ok(1.0, 0.1, 0.5, List.of()))));
    assertEquals(3, Metrics.peakOverlap(List.of(ok(0.0, 0.1, 1.0, List.of()), ok(0.5, 0.1, 1.5, List.of()),
        ok(0.9, 0.1, 0.2, List.of()))));
    assertEquals(0, Metrics.peakOverlap(List.of()));
    assertEquals(0, Metrics.peakOverlap(List.of(failed("x"))), "over in no time: never in flight");
  }

  @Test
  void countsTotalsAndThroughputs() {
    BenchmarkMetrics m = Metrics.compute(RUN, 2.0);
    assertEquals(3, m.completed());
    assertEquals(30, m.totalInput(), "dataset prompt length, not the server's");
    assertEquals(24, m.totalInputText());
    assertEquals(6, m.totalInputVision());
    assertEquals(8, m.totalOutput());
    assertEquals(11, m.totalOutputRetokenized());
    assertEquals(1.5, m.requestThroughput());
    assertEquals(15.0, m.inputThroughput());
    assertEquals(4.0, m.outputThroughput());
    assertEquals(5.5, m.outputThroughputRetokenized());
    assertEquals(19.0, m.totalThroughput());
    assertEquals(20.5, m.totalThroughputRetokenized());
    assertEquals(3.25 / 2.0, m.concurrency(), "Σ latency / dur");
    assertEquals(2.0, m.durationS());
  }

  @Test
  void tpotOnlyForOutputsLongerThanOneToken() {
    Distribution tpot = Metrics.compute(RUN, 2.0).tpotMs();
    // (1.0 − 0.25)/3 = 0.25 and (1.5 − 0.5)/2 = 0.5; the single-token request is left out.
    assertEquals(new Distribution(375, 375, 125, 475, 487.5, 497.5, 500), tpot);
  }

  @Test
  void ttftAndE2eOverAllSuccesses() {
    BenchmarkMetrics m = Metrics.compute(RUN, 2.0);
    assertEquals(500.0, m.ttftMs().mean());
    assertEquals(750.0, m.ttftMs().max());
    assertEquals(3.25 / 3 * 1000, m.e2eLatencyMs().mean());
    assertEquals(1000.0, m.e2eLatencyMs().median());
  }

  @Test
  void itlIsPooledOverSuccessesAndPerTokenItlSeparately() {
    BenchmarkMetrics m = Metrics.compute(RUN, 2.0);
    // pooled [0.25, 0.25, 0.25, 1.0]: not the mean of per-request means (0.625)
    assertEquals(437.5, m.itlMs().mean());
    assertEquals(250.0, m.itlMs().median());
    assertEquals(1000.0, m.itlMs().max());
    assertEquals(775.0000000000001, m.itlMs().p90());
    // per token [0.25, 0.25, 0.25, 0.5, 0.5]
    assertEquals(350.0, m.perTokenItlMs().mean());
    assertEquals(500.0, m.perTokenItlMs().max());
  }

  @Test
  void retokenizedItlTakesThePerTokenGaps() {
    BenchmarkMetrics m = Metrics.compute(RUN, 2.0, true);
    assertEquals(m.perTokenItlMs(), m.itlMs());
    assertTrue(Metrics.usesRetokenizedItl(true, 2.5));
    assertTrue(Metrics.usesRetokenizedItl(true, 1.0));
    assertFalse(Metrics.usesRetokenizedItl(true, 0.0));
    assertFalse(Metrics.usesRetokenizedItl(true, null));
    assertFalse(Metrics.usesRetokenizedItl(false, 2.5));
  }

  @Test
  void peakTokensCountOneTimestampPerTokenEventInOneSecondBuckets() {
    List<RequestOutcome> run =
        List.of(
            // 0.1, 0.3, 0.6 → bucket 0; 1.1, 1.6 → bucket 1
            ok(0.0, 0.1, 1.6, List.of(0.2, 0.3, 0.5, 0.5)),
            // 2.9 → bucket 2
            ok(2.0, 0.9, 0.9, List.of()),
            // 2.7, 2.8000000000000003, 2.9000000000000004 → bucket 2; 3.0000000000000004 → bucket 3
            ok(2.5, 0.2, 0.5, List.of(0.1, 0.1, 0.1)));
    BenchmarkMetrics m = Metrics.compute(run, 4.0);
    assertEquals(4.0, m.maxOutputTokensPerS());
    // seconds touched: [0, 1], [2], [2, 3]
    assertEquals(2, m.maxConcurrentRequests());
  }

  @Test
  void peakConcurrencyCountsRequestsSharingASecondEvenWithoutOverlap() {
    List<RequestOutcome> run = List.of(ok(0.1, 0.1, 0.3, List.of()), ok(0.6, 0.1, 0.3, List.of()));
    assertEquals(2, Metrics.compute(run, 1.0).maxConcurrentRequests());
  }

  @Test
  void bucketsStartAtTheFirstSuccessfulStart() {
    // m = 10.5: tokens at 10.6 and 11.4 share bucket 0; 11.6 is bucket 1.
    List<RequestOutcome> run = List.of(ok(10.5, 0.1, 1.1, List.of(0.8, 0.2)));
    assertEquals(2.0, Metrics.compute(run, 2.0).maxOutputTokensPerS());
  }

  @Test
  void queueInclusiveFiguresAndQueueWait() {
    BenchmarkMetrics m = Metrics.compute(RUN, 2.0);
    // waits 0, 0.25, 0.75; TTFT from schedule 0.25, 0.75, 1.5; E2E from schedule 1.0, 1.75, 1.5
    assertEquals(
        new Distribution(333.3333333333333, 250, 311.80478223116177, 650, 700, 740, 750),
        m.queueWaitMs());
    assertEquals(750.0, m.ttftInclQueueMs().median());
    assertEquals(1500.0, m.ttftInclQueueMs().max());
    assertEquals(1500.0, m.e2eLatencyInclQueueMs().median());
    assertEquals(1750.0, m.e2eLatencyInclQueueMs().max());
  }

  @Test
  void failuresAreCountedByFirstLineMostFrequentFirst() {
    List<RequestOutcome> run = new ArrayList<>(RUN);
    run.add(failed("java.io.IOException: reset\n\tat x.y(Z.java:3)"));
    run.add(failed("java.io.IOException: reset\n\tat other.frame(Q.java:9)"));
    run.add(failed(""));
    run.add(failed("Bad Request: {\"detail\": 1}"));
    run.add(failed("  Gateway Timeout: \n"));
    BenchmarkMetrics m = Metrics.compute(run, 2.0);
    assertEquals(6, m.failed());
    assertEquals(List.of(
            Map.entry("Bad Request: {\"detail\": 1}", 2L),
            Map.entry("java.io.IOException: reset", 2L),
            Map.entry("(no error message)", 1L),
            Map.entry("Gateway Timeout:", 1L)),
        new ArrayList<>(m.errorCounts().entrySet()));
  }

  @Test
  void allFailedRunGivesZerosInsteadOfCrashing() {
    BenchmarkMetrics m = Metrics.compute(List.of(failed("boom"), failed("boom")), 3.0);
    assertEquals(0, m.completed());
    assertEquals(2, m.failed());
    assertEquals(Map.of("boom", 2L), m.errorCounts());
    assertEquals(0.0, m.requestThroughput());
    assertEquals(0.0, m.totalThroughput());
    assertEquals(0.0, m.concurrency());
    assertEquals(0.0, m.maxOutputTokensPerS());
    assertEquals(0, m.maxConcurrentRequests());
    for (Distribution d : List.of(m.e2eLatencyMs(), m.ttftMs(), m.tpotMs(), m.itlMs(), m.perTokenItlMs(),
        m.ttftInclQueueMs(), m.e2eLatencyInclQueueMs(), m.queueWaitMs())) {
      assertEquals(Distribution.EMPTY, d);
    }
    assertEquals(Distribution.EMPTY, Metrics.compute(List.of(), 1.0).e2eLatencyMs());
  }

  @Test
  void hundredThousandOutcomesWithTenMillionItlEntriesTakeSeconds() {
    List<Double> gaps = new ArrayList<>(100);
    for (int k = 0; k < 100; k++) {
      gaps.add(0.01 + k * 1e-5);
    }
    List<Double> itl = List.copyOf(gaps);
    List<RequestOutcome> run = new ArrayList<>(100_000);
    for (int i = 0; i < 100_000; i++) {
      double start = i * 0.001;
      run.add(new RequestOutcome(true, "", 100, 100, 100, 0, 101, 101, start, start, 0.05, 1.5, itl, itl, "", CachedTokens.NONE));
    }
    BenchmarkMetrics m =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Metrics.compute(run, 200.0));
    assertEquals(100_000, m.completed());
    assertEquals(itl.get(99) * 1000, m.itlMs().max());
    // 10M pooled gaps, each of the 100 values 100k times: the middle pair is gaps 49 and 50
    assertEquals((0.0 + itl.get(49) + itl.get(50)) / 2 * 1000, m.perTokenItlMs().median());
  }
}
