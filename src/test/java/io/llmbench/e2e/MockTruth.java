package io.llmbench.e2e;

import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mock server's own send log, indexed by the request id header the client sends. */
record MockTruth(Map<String, MockRequestLog> byRequestId, List<MockRequestLog> generations) {

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
