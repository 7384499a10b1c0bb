package io.llmbench.e2e;

import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Bounded soak (not a unit test): a long run at a steady rate against the mock server, which runs in a process of
 * its own so that the figures sampled here are the client's alone. Once a minute, in this (the client's) JVM: heap
 * used after a full GC, open file descriptors ({@code /proc/self/fd}) and live threads. A short run at the same
 * rate comes first; the soak's results must equal it (median TTFT and E2E within tolerance, no failure), else the
 * exit code is 1. Command and figures in docs/benchmarks.md.
 *
 * <pre>$JAVA io.llmbench.e2e.SoakBenchmark 30   # minutes; optional: rate (req/s, 8), short run (s, 60)</pre>
 */
public final class SoakBenchmark {
  /** Median TTFT and E2E may differ this much between the short run and the soak (mock: 200 ms TTFT, ~2.2 s E2E). */
  private static final double TOLERANCE_MS = 5;

  private SoakBenchmark() {}

  /** One sample of the client's process. */
  record Sample(double minute, double heapMb, long fds, int threads) {
    static Sample take(long originNanos) {
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return new Sample((System.nanoTime() - originNanos) / 60e9, heap / 1048576.0, openFds(),
          ManagementFactory.getThreadMXBean().getThreadCount());
    }

    String row() {
      return String.format("| %6.1f | %8.1f | %5d | %7d |", minute, heapMb, fds, threads);
    }
  }

  /** What a run measured, over its measured (not warm-up) requests. */
  record Results(int requests, int failed, double medianTtftMs, double medianE2eMs) {
    static Results of(List<RequestRecord> records) {
      List<RequestRecord> measured = records.stream().filter(r -> !r.warmup()).toList();
      List<RequestRecord> ok = measured.stream().filter(RequestRecord::success).toList();
      return new Results(measured.size(), measured.size() - ok.size(),
          FidelityBenchmark.pct(ok.stream().map(RequestRecord::ttftMillis).toList(), 50),
          FidelityBenchmark.pct(ok.stream().map(RequestRecord::e2eMillis).toList(), 50));
    }

    boolean equals(Results other, int expected) {
      return requests == expected && failed == 0 && other.failed == 0
          && Math.abs(medianTtftMs - other.medianTtftMs) <= TOLERANCE_MS
          && Math.abs(medianE2eMs - other.medianE2eMs) <= TOLERANCE_MS;
    }
  }

  public static void main(String[] args) throws Exception {
    double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 30;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int shortSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Path dir = Files.createTempDirectory("llmbench-soak");
    boolean same;
    try (MockProcess mock = MockProcess.start()) {
      Results brief = Results.of(run(mock, dir.resolve("short"), rate, rate * shortSeconds));
      System.out.printf("short run: %s%n", brief);
      int n = (int) Math.round(rate * minutes * 60);
      long origin = System.nanoTime();
      List<Sample> samples = new ArrayList<>(List.of(Sample.take(origin)));
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soak-sampler");
        t.setDaemon(true);
        return t;
      });
      sampler.scheduleAtFixedRate(() -> {
        Sample s = Sample.take(origin);
        System.out.println(s.row());
        synchronized (samples) {
          samples.add(s);
        }
      }, 1, 1, TimeUnit.MINUTES);
      Results soak = Results.of(run(mock, dir.resolve("soak"), rate, n));
      sampler.shutdownNow();
      System.out.printf("%nsoak: %.0f min at %d req/s constant, mock in its own process (200 ms TTFT, 20 ms ITL)%n",
          minutes, rate);
      System.out.println("| minute | heap MB (after GC) | open fds | threads |");
      System.out.println("| ---: | ---: | ---: | ---: |");
      synchronized (samples) {
        samples.forEach(s -> System.out.println(s.row()));
      }
      System.out.printf("short run: %s%nsoak:      %s%n", brief, soak);
      same = soak.equals(brief, n);
      System.out.println(same ? "soak results equal the short run's" : "soak results DIFFER from the short run's");
    }
    System.exit(same ? 0 : 1);
  }

  private static List<RequestRecord> run(MockProcess mock, Path dir, int rate, int n) {
    GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
        "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "model", "llmbench-mock",
        "tokenizer", "builtin:gpt2", "num-prompts", n, "random-input-len", 128, "random-output-len", 100,
        "random-range-ratio", 1.0, "request-rate", rate, "arrival-profile", "constant", "warmup-requests", 4));
    return RequestLog.read(run.folder().requestLog());
  }

  private static long openFds() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    } catch (IOException e) {
      return -1;
    }
  }
}
