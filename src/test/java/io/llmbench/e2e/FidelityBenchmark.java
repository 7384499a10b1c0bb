package io.llmbench.e2e;

import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bounded benchmark (not a unit test): how far the client's TTFT and ITL are from the mock server's own send
 * times, at C concurrent streams, on this machine (client and mock share its cores). Command and figures in
 * docs/benchmarks.md. Args: concurrency (64), requests (10 × concurrency), ttft ms (200), gap ms (20).
 */
public final class FidelityBenchmark {
  private FidelityBenchmark() {}

  public static void main(String[] args) throws Exception {
    int c = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10 * c;
    double ttft = args.length > 2 ? Double.parseDouble(args[2]) : 200;
    double gap = args.length > 3 ? Double.parseDouble(args[3]) : 20;
    Path dir = Files.createTempDirectory("llmbench-fidelity");
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(ttft).withGapMs(gap))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "num-prompts", n, "random-input-len", 128, "random-output-len", 150, "random-range-ratio", 0.34,
          "request-rate", "inf", "max-concurrency", c, "warmup-requests", c));
      MockTruth truth = MockTruth.of(mock);
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      report(c, n, records, truth);
    }
  }

  static void report(int c, int n, List<RequestRecord> records, MockTruth truth) {
    List<Double> ttftErr = new ArrayList<>();
    List<Double> delivery = new ArrayList<>();
    List<Double> connect = new ArrayList<>();
    List<Double> itlErr = new ArrayList<>();
    int failed = 0;
    for (RequestRecord r : records) {
      // the first C measured requests start while the JVM is still cold: excluded, like the warm-up
      if (r.warmup() || r.index() < c) {
        continue;
      }
      if (!r.success()) {
        failed++;
        continue;
      }
      // a gap's error is how much later its chunk was stamped than the previous one, after their writes
      double[] delays = truth.delaysMillis(r);
      ttftErr.add(delays[0]);
      for (int i = 1; i < delays.length; i++) {
        itlErr.add(delays[i] - delays[i - 1]);
      }
      delivery.add((truth.measured(r.index()).recvNanos() - r.startNanos()) / 1e6);
      connect.add((r.sentNanos() - r.startNanos()) / 1e6);
    }
    System.out.printf("%nfidelity at %d concurrent streams, %d requests (%d compared, %d failed)%n",
        c, n, ttftErr.size(), failed);
    System.out.println("TTFT error (client TTFT - truth TTFT, ms):  " + medianAndP99(ttftErr));
    System.out.println("ITL error per gap (client - server, ms):    " + itlErrors(itlErr));
    System.out.println("request delivery (send -> server has it):   " + medianAndP99(delivery));
    System.out.println("  of which connection setup (send -> written): " + medianAndP99(connect));
  }

  /** "median X  p99 Y", in ms to three decimals: the pair every line of these benchmarks reports. */
  static String medianAndP99(List<Double> values) {
    return String.format("median %.3f  p99 %.3f", pct(values, 50), pct(values, 99));
  }

  /** "median X  |err| median Y  |err| p99 Z" of per-gap ITL errors, in ms: signed median, then the size's. */
  static String itlErrors(List<Double> errors) {
    List<Double> abs = errors.stream().map(Math::abs).toList();
    return String.format("median %.3f  |err| median %.3f  |err| p99 %.3f", pct(errors, 50), pct(abs, 50), pct(abs, 99));
  }

  static double pct(List<Double> values, double p) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    if (v.length == 0) {
      return Double.NaN;
    }
    double rank = p / 100 * (v.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = (int) Math.ceil(rank);
    return v[lo] + (v[hi] - v[lo]) * (rank - lo);
  }
}
