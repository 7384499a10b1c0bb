package io.llmbench.e2e;

import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mock server's own send log, indexed by the request id header the client sends. */
record MockTruth(Map<String, MockRequestLog> byRequestId, List<MockRequestLog> generations) {
  /**
   * How far the client's median stamp may trail the mock's write. On an idle two-core machine the median is 0.1–0.3
   * ms for a stream's chunk and 0.5–1 ms for a whole body (stamped once Gatling has decoded the headers and handed
   * over the last byte). The client, the mock and the test share the cores, so a busy runner adds scheduling delay:
   * with three busy loops beside the test, single chunks came 4–8 ms late and a median of eight first chunks up to
   * 2.2 ms. The bound is the machine's, not the code's; the exact half of the check is that no stamp precedes its write.
   */
  static final double MEDIAN_DELAY_BOUND_MS = 5.0;
  /**
   * How far the client's median inter-chunk gap may be from the mock's: a delay shifts a gap only when it differs
   * from the previous chunk's, so the medians stay close even on a busy machine (within 0.2 ms with three busy loops
   * beside the test).
   */
  static final double MEDIAN_GAP_TOLERANCE_MS = 1.0;

  static MockTruth of(MockServer mock) {
    List<MockRequestLog> generations = mock.log().stream().filter(l -> l.generation() > 0).toList();
    Map<String, MockRequestLog> byId = new HashMap<>();
    for (MockRequestLog l : generations) {
      String id = header(l, "X-Llmbench-Request");
      if (byId.put(id, l) != null) {
        throw new AssertionError("the server received request " + id + " twice");
      }
    }
    return new MockTruth(byId, generations);
  }

  static String header(MockRequestLog l, String name) {
    return l.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  MockRequestLog measured(int index) {
    return byRequestId.get("measured-" + index);
  }

  /**
   * For each content chunk of a measured request, how long after the mock began writing it the client stamped it,
   * in ms (both stamps from this JVM's System.nanoTime()). An answer without content chunks (embeddings) is one
   * chunk, stamped at its end. A negative delay would be a client dating a token before the server sent it.
   */
  double[] delaysMillis(RequestRecord r) {
    List<Long> written = measured(r.index()).sendNanos();
    List<Long> read = r.response().contentChunkNanos().isEmpty()
        ? List.of(r.startNanos() + Math.round(r.e2eMillis() * 1e6))
        : r.response().contentChunkNanos();
    if (read.size() != written.size()) {
      throw new AssertionError("request " + r.index() + ": the mock wrote " + written.size() + " chunks, the client read "
          + read.size());
    }
    double[] delays = new double[read.size()];
    for (int i = 0; i < delays.length; i++) delays[i] = (read.get(i) - written.get(i)) / 1e6;
    return delays;
  }

  /**
   * The client's stamps agree with the server's writes: none before the write (exact: a wrong or coarse clock, or a
   * stamp taken at the wrong place, shows up as a negative delay), and the median delay within
   * {@link #MEDIAN_DELAY_BOUND_MS}.
   */
  void assertClientStampsFollowWrites(List<RequestRecord> records) {
    double[] all = records.stream().flatMapToDouble(r -> Arrays.stream(delaysMillis(r))).toArray();
    for (RequestRecord r : records) {
      double[] delays = delaysMillis(r);
      for (int i = 0; i < delays.length; i++) {
        if (delays[i] < 0) {
          throw new AssertionError("request " + r.index() + " chunk " + i + " stamped " + (-delays[i])
              + " ms before the mock wrote it");
        }
      }
    }
    double median = median(all);
    if (median > MEDIAN_DELAY_BOUND_MS) {
      throw new AssertionError("median delay from the mock's write to the client's stamp " + median + " ms > "
          + MEDIAN_DELAY_BOUND_MS + " ms");
    }
  }

  /**
   * A median of the SGLang line trails the same median over the mock's writes: never before it (exact once every
   * request's stamp follows its write, as order statistics keep order), and by at most {@link #MEDIAN_DELAY_BOUND_MS}.
   */
  static void assertTrails(double truthMs, double clientMs, String what) {
    if (clientMs < truthMs - 1e-6 || clientMs > truthMs + MEDIAN_DELAY_BOUND_MS) {
      throw new AssertionError(what + " " + clientMs + " ms vs the mock's send log " + truthMs + " ms");
    }
  }

  /** Server-side gaps between content chunks, in ms. */
  static double[] gapsMillis(MockRequestLog l) {
    double[] gaps = new double[l.sendNanos().size() - 1];
    for (int i = 1; i < l.sendNanos().size(); i++) {
      gaps[i - 1] = (l.sendNanos().get(i) - l.sendNanos().get(i - 1)) / 1e6;
    }
    return gaps;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
