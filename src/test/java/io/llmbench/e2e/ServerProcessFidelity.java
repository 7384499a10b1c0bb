package io.llmbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fidelity as a user sees it: the mock server in a process of its own (not the client's JVM), and the client's TTFT
 * compared with the server's own, from the moment the server has the whole request to its first content write, so
 * request delivery (building, connecting, writing) counts as client error. Both processes stamp the system-wide
 * monotonic clock (Linux CLOCK_MONOTONIC behind System.nanoTime), so their stamps compare directly.
 *
 * <p>The client warms up as a user's run does ({@code warmup-requests = auto}, or the count in
 * {@code -Dfidelity.warmup-requests}); run it with the flags the project's Gatling runs get
 * ({@code -XX:CompileThresholdScaling=0.1}).
 *
 * <p>With {@code floor} as the connection, {@link FloorClient} (a minimal C client) runs instead of Gatling: the
 * same comparison then shows what the machine itself adds, the floor under any client's figures.
 *
 * <pre>$JAVA io.llmbench.e2e.ServerProcessFidelity 64   # streams; optional: requests, ttft ms, gap ms, connection
 * (per-request, keep-alive or floor), then flags for the mock</pre>
 */
public final class ServerProcessFidelity {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requests that warm the mock before the run: a server under test is warm, and its read delay counts here. */
  private static final int MOCK_WARM_UP = 5000;

  /** The connection argument that runs {@link FloorClient} instead of Gatling: the machine's own floor. */
  private static final String FLOOR = "floor";

  /** A chunk read this long after the server wrote it is late; late reads this close together are one burst. */
  private static final long LATE_NANOS = 3_000_000;
  private static final long BURST_GAP_NANOS = 1_000_000;
  private static final int BURST_READS = 10;

  private ServerProcessFidelity() {}

  /** What the server logged of one generation, by the client's request id. */
  record ServerSide(long recvNanos, List<Long> sendNanos) {}

  public static void main(String[] args) throws Exception {
    int c = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10 * c;
    String ttft = args.length > 2 ? args[2] : "200";
    String gap = args.length > 3 ? args[3] : "20";
    String connection = args.length > 4 ? args[4] : "per-request";
    Path dir = Files.createTempDirectory("llmbench-fidelity");
    Path log = dir.resolve("mock-log.jsonl");
    try (MockProcess server = MockProcess.start(mockFlags(ttft, gap, log, args))) {
      server.warm(MOCK_WARM_UP);
      CpuSampler serverCpu = CpuSampler.start(server.process().toHandle());
      if (connection.equals(FLOOR)) {
        List<ClientSide> requests = FloorClient.run(server.port(), c, n, dir);
        serverCpu.stop();
        server.stop();
        compare(c, n, connection, requests, serverLog(log));
        long from = requests.stream().mapToLong(ClientSide::startNanos).min().orElseThrow();
        long to = requests.stream().mapToLong(r -> r.contentChunkNanos().get(r.contentChunkNanos().size() - 1))
            .max().orElseThrow();
        System.out.printf("server CPU over the compared requests (cores): %.2f%n", serverCpu.cores(from, to));
        return;
      }
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", server.baseUrl(), "model", "llmbench-mock",
          "tokenizer", "builtin:gpt2", "num-prompts", n, "random-input-len", 128, "random-output-len", 150,
          "random-range-ratio", 0.34, "request-rate", "inf", "max-concurrency", c,
          "warmup-requests", System.getProperty("fidelity.warmup-requests", "auto"),
          "connection", connection));
      serverCpu.stop();
      server.stop(); // SIGTERM: the mock flushes its log
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      report(c, n, connection, records, serverLog(log));
      cpu(run, records, serverCpu);
    }
  }

  /**
   * Both processes' CPU in the measured phase (first measured send to last end): the client's from its own result
   * line ({@code client_cpu_cores}), the server's from its samples. Together near 2 cores means the machine, not
   * either process, sets the latencies.
   */
  private static void cpu(GatlingRun run, List<RequestRecord> records, CpuSampler server) throws Exception {
    long from = records.stream().filter(r -> !r.warmup()).mapToLong(RequestRecord::startNanos).min().orElseThrow();
    long to = records.stream().filter(r -> !r.warmup()).mapToLong(RequestRecord::endNanos).max().orElseThrow();
    Path result;
    try (var files = Files.list(run.folder().path())) {
      result = files.filter(f -> f.toString().endsWith(".jsonl") && !f.equals(run.folder().requestLog()))
          .findFirst().orElseThrow();
    }
    // SGLang's line holds Python's Infinity for an uncapped rate, which strict JSON readers refuse
    String line = Files.readString(result);
    System.out.printf("CPU in the measured phase (cores): client %.2f (JIT %.2f)  server %.2f  (%.1f s)%n",
        key(line, "client_cpu_cores"), key(line, "client_jit_cores"), server.cores(from, to), (to - from) / 1e9);
  }

  private static double key(String line, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": ([0-9.]+)").matcher(line);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** A process's CPU time, sampled every 100 ms with the monotonic clock, read back for any interval. */
  private record CpuSampler(ProcessHandle process, List<long[]> samples, Thread thread) {
    static CpuSampler start(ProcessHandle process) {
      List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
      Thread thread = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          process.info().totalCpuDuration().ifPresent(d -> samples.add(new long[] {System.nanoTime(), d.toNanos()}));
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "server-cpu");
      thread.setDaemon(true);
      thread.start();
      return new CpuSampler(process, samples, thread);
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join();
    }

    double cores(long from, long to) {
      return (cpuAt(to) - cpuAt(from)) / (double) (to - from);
    }

    /** CPU time at {@code t}, interpolated between the samples around it. */
    private double cpuAt(long t) {
      long[] before = samples.get(0);
      for (long[] s : samples) {
        if (s[0] >= t) {
          return before[1] + (s[1] - before[1]) * (double) (t - before[0]) / Math.max(1, s[0] - before[0]);
        }
        before = s;
      }
      return before[1];
    }
  }

  /** The mock's flags: these runs' timing and log, then any given after the connection argument. */
  private static String[] mockFlags(String ttft, String gap, Path log, String[] args) {
    List<String> flags = new ArrayList<>(List.of("--ttft-ms", ttft, "--itl-ms", gap, "--log-file", log.toString()));
    flags.addAll(List.of(args).subList(Math.min(args.length, 5), args.length));
    return flags.toArray(String[]::new);
  }

  private static Map<String, ServerSide> serverLog(Path log) throws Exception {
    Map<String, ServerSide> byId = new HashMap<>();
    for (String line : Files.readAllLines(log)) {
      JsonNode o = JSON.readTree(line);
      String id = null;
      for (var h : (Iterable<Map.Entry<String, JsonNode>>) o.path("headers")::fields) {
        id = h.getKey().equalsIgnoreCase("X-Llmbench-Request") ? h.getValue().asText() : id;
      }
      if (id == null || o.path("generation").asLong() == 0) {
        continue;
      }
      List<Long> sends = new ArrayList<>();
      o.path("send_ns").forEach(t -> sends.add(t.asLong()));
      byId.put(id, new ServerSide(o.path("recv_ns").asLong(), sends));
    }
    return byId;
  }

  /** One measured request as the client saw it: its send, and when each content chunk had been read. */
  record ClientSide(String id, long startNanos, List<Long> contentChunkNanos) {}

  private static void report(int c, int n, String connection, List<RequestRecord> records,
      Map<String, ServerSide> server) {
    List<ClientSide> compared = new ArrayList<>();
    List<Double> sendWait = new ArrayList<>();
    List<Double> write = new ArrayList<>();
    List<Double> refill = new ArrayList<>();
    for (RequestRecord r : records) {
      // the first C measured requests start while the JVM is still cold: excluded, like the warm-up
      if (r.warmup() || r.index() < c || !r.success()) {
        continue;
      }
      compared.add(new ClientSide("measured-" + r.index(), r.startNanos(), r.response().contentChunkNanos()));
      sendWait.add((r.startNanos() - r.readyNanos()) / 1e6);
      write.add((r.sentNanos() - r.startNanos()) / 1e6);
      if (r.slotFreedNanos() != 0) {
        refill.add((r.startNanos() - r.slotFreedNanos()) / 1e6);
      }
    }
    compare(c, n, connection, compared, server);
    System.out.println("send wait (ready -> send, ms): " + FidelityBenchmark.medianAndP99(sendWait));
    System.out.println("connect and write (send -> handed to the socket, ms): "
        + FidelityBenchmark.medianAndP99(write));
    System.out.printf("slot refill (previous stream's end -> send, ms): %s  (%d requests)%n",
        FidelityBenchmark.medianAndP99(refill), refill.size());
  }

  /** TTFT, ITL and delivery errors of the client's requests against the server's log of the same requests. */
  private static void compare(int c, int n, String connection, List<ClientSide> requests,
      Map<String, ServerSide> server) {
    List<Double> ttftErr = new ArrayList<>();
    List<Double> delivery = new ArrayList<>();
    List<Double> itlErr = new ArrayList<>();
    List<Long> lateReads = new ArrayList<>();
    long chunks = 0;
    for (ClientSide r : requests) {
      ServerSide s = server.get(r.id());
      List<Long> read = r.contentChunkNanos();
      double serverTtft = (s.sendNanos().get(0) - s.recvNanos()) / 1e6;
      ttftErr.add((read.get(0) - r.startNanos()) / 1e6 - serverTtft);
      delivery.add((s.recvNanos() - r.startNanos()) / 1e6);
      List<Long> sent = s.sendNanos();
      for (int i = 0; i < Math.min(read.size(), sent.size()); i++) {
        chunks++;
        if (read.get(i) - sent.get(i) > LATE_NANOS) {
          lateReads.add(read.get(i));
        }
        if (i > 0) {
          itlErr.add(((read.get(i) - read.get(i - 1)) - (sent.get(i) - sent.get(i - 1))) / 1e6);
        }
      }
    }
    System.out.printf("%nserver in its own process: %d concurrent streams, %d requests (%d compared), connection %s%n",
        c, n, ttftErr.size(), connection);
    System.out.println("TTFT error (client TTFT - server TTFT from request received, ms): "
        + FidelityBenchmark.medianAndP99(ttftErr));
    System.out.println("ITL error per gap (client - server, ms): " + FidelityBenchmark.itlErrors(itlErr));
    System.out.println("request delivery (client send -> server has the request, ms): "
        + FidelityBenchmark.medianAndP99(delivery));
    System.out.printf("late chunks (read > %d ms after the server's write): %.2f %%, %.0f %% of them in bursts"
        + " (>= %d reads, each within %d ms of the last)%n", LATE_NANOS / 1_000_000, 100.0 * lateReads.size() / chunks,
        inBursts(lateReads), BURST_READS, BURST_GAP_NANOS / 1_000_000);
  }

  /**
   * The share of late reads that came in bursts: a client whose event loops stood still reads its backlog all at
   * once, while a server's slow chunk or a lone scheduling delay makes one late read.
   */
  private static double inBursts(List<Long> lateReads) {
    long[] reads = lateReads.stream().mapToLong(Long::longValue).sorted().toArray();
    int inBursts = 0;
    int from = 0;
    while (from < reads.length) {
      int to = from + 1;
      while (to < reads.length && reads[to] - reads[to - 1] <= BURST_GAP_NANOS) {
        to++;
      }
      if (to - from >= BURST_READS) {
        inBursts += to - from;
      }
      from = to;
    }
    return reads.length == 0 ? 0 : 100.0 * inBursts / reads.length;
  }
}
