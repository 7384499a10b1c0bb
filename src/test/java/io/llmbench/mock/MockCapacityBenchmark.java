package io.llmbench.mock;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Capacity check for the mock (not a unit test): N concurrent chat streams from a lightweight Netty client in the
 * same JVM, on the same cores. Reports the mock's timer lateness (send minus due time, from its truth log), client
 * delivery lag (arrival minus send), CPU used by the mock's threads and by the whole process, and whether every
 * stream completed. Bounded: each round gives up after {@code --timeout-s}.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "$(cat cp.txt):target/classes:target/test-classes" io.llmbench.mock.MockCapacityBenchmark \
 *     [--streams 1024] [--tokens 100] [--ttft-ms 200] [--gap-ms 20] [--tick-ms 1] [--rounds 3] [--timeout-s 15]
 * </pre>
 */
public final class MockCapacityBenchmark {
  private static final String MOCK_THREADS = "llmbench-mock-";
  private static final String CLIENT_THREADS = "bench-client";
  /** Names each request so the mock's log entry and the client's arrivals can be paired. */
  private static final String STREAM_HEADER = "x-bench-stream";

  private MockCapacityBenchmark() {}

  public static void main(String[] args) throws Exception {
    int streams = 1024;
    int tokens = 100;
    double ttftMs = 200;
    double gapMs = 20;
    int rounds = 3;
    int timeoutS = 15;
    double tickMs = MockConfig.defaults().timerTickMs();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--streams" -> streams = Integer.parseInt(v);
        case "--tokens" -> tokens = Integer.parseInt(v);
        case "--ttft-ms" -> ttftMs = Double.parseDouble(v);
        case "--gap-ms" -> gapMs = Double.parseDouble(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--timeout-s" -> timeoutS = Integer.parseInt(v);
        case "--tick-ms" -> tickMs = Double.parseDouble(v);
        default -> throw new IllegalArgumentException("unknown flag: " + args[i]);
      }
    }
    // Netty would log at DEBUG through the class path's logback; JUL's default level keeps the output readable.
    InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    System.out.printf(Locale.ROOT, "streams=%d tokens=%d ttft=%.0fms gap=%.0fms timer tick=%.1fms rounds=%d cores=%d%n",
        streams, tokens, ttftMs, gapMs, tickMs, rounds, Runtime.getRuntime().availableProcessors());

    MockConfig config = MockConfig.defaults().withTtftMs(ttftMs).withGapMs(gapMs).withDefaultOutputTokens(tokens)
        .withTimerTickMs(tickMs);
    EventLoopGroup clients = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
        new DefaultThreadFactory(CLIENT_THREADS, true), NioIoHandler.newFactory());
    boolean allOk = true;
    try (MockServer server = MockServer.start(config)) {
      long seqBefore = 0;
      for (int round = 1; round <= rounds; round++) {
        allOk &= round(server, clients, streams, tokens, timeoutS, round, seqBefore);
        seqBefore = server.log().get(server.log().size() - 1).seq();
      }
    } finally {
      clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
    System.out.println(allOk ? "RESULT: all streams complete in every round" : "RESULT: FAILED (see above)");
    System.exit(allOk ? 0 : 1);
  }

  private static boolean round(MockServer server, EventLoopGroup clients, int streams, int tokens, int timeoutS,
      int round, long seqBefore) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long overflowsBefore = listenOverflows();
    long mockCpu0 = threadsCpu(threads, MOCK_THREADS);
    long mockUser0 = threadsUser(threads, MOCK_THREADS);
    long clientCpu0 = threadsCpu(threads, CLIENT_THREADS);
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();

    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"capacity check\"}],"
        + "\"max_completion_tokens\":" + tokens + ",\"stream\":true,\"stream_options\":{\"include_usage\":true}}";
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    CountDownLatch done = new CountDownLatch(streams);
    Stream[] all = new Stream[streams];
    Bootstrap bootstrap = new Bootstrap().group(clients).channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true);
    for (int i = 0; i < streams; i++) {
      Stream s = new Stream(i, server.port(), bodyBytes, tokens + 4, done);
      all[i] = s;
      bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
        @Override
        protected void initChannel(SocketChannel ch) {
          ch.pipeline().addLast(new HttpClientCodec()).addLast(s);
        }
      }).connect("127.0.0.1", server.port()).addListener(f -> {
        if (!f.isSuccess()) s.fail();
      });
    }
    boolean finished = done.await(timeoutS, TimeUnit.SECONDS);
    long wallNanos = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long mockCpu = threadsCpu(threads, MOCK_THREADS) - mockCpu0;
    long mockUser = threadsUser(threads, MOCK_THREADS) - mockUser0;
    long clientCpu = threadsCpu(threads, CLIENT_THREADS) - clientCpu0;
    long overflows = listenOverflows() - overflowsBefore;

    List<MockRequestLog> log = server.log().stream().filter(e -> e.seq() > seqBefore).toList();
    long completeOnServer = log.stream()
        .filter(e -> e.outcome() == MockRequestLog.Outcome.COMPLETE && e.completionTokens() == tokens).count();
    long okOnClient = Arrays.stream(all).filter(Stream::ok).count();
    long[] lateness = log.stream().flatMap(e -> e.latenessNanos().stream()).mapToLong(Long::longValue).toArray();
    long[] firstLateness = log.stream().filter(e -> !e.sendNanos().isEmpty())
        .mapToLong(e -> e.latenessNanos().get(0)).toArray();
    long[] acceptSpread = log.stream().mapToLong(e -> e.acceptNanos() - t0).toArray();
    long[] recvSpread = log.stream().mapToLong(e -> e.recvNanos() - t0).toArray();
    long[] lag = deliveryLag(all, log);

    double wallS = wallNanos / 1e9;
    System.out.printf(Locale.ROOT,
        "round %d%s: wall %.2fs, server complete %d/%d, client ok %d/%d, listen overflows %d%n", round, round == 1 ? " (JIT warm-up)" : "", wallS, completeOnServer, streams, okOnClient, streams, overflows);
    System.out.printf(Locale.ROOT,
        "  chunks due %d (%.0f/s); connections accepted by +%.0f ms (p50 +%.0f ms), requests decoded by +%.0f ms"
            + " (p50 +%.0f ms)%n",
        lateness.length, lateness.length / wallS, pct(acceptSpread, 100) / 1e6, pct(acceptSpread, 50) / 1e6,
        pct(recvSpread, 100) / 1e6, pct(recvSpread, 50) / 1e6);
    System.out.printf(Locale.ROOT, "  mock timer lateness  all chunks: %s%n", summary(lateness));
    System.out.printf(Locale.ROOT, "  mock timer lateness first chunk: %s%n", summary(firstLateness));
    System.out.printf(Locale.ROOT, "  client delivery lag (arrival-send): %s%n", summary(lag));
    System.out.printf(Locale.ROOT,
        "  CPU: mock threads %.2f s (%.2f cores, %.1f us/chunk of which %.1f us in the kernel), client threads %.2f s"
            + " (%.2f cores), whole process %.2f s (%.2f cores)%n",
        mockCpu / 1e9, mockCpu / (double) wallNanos, mockCpu / 1e3 / Math.max(1, lateness.length),
        (mockCpu - mockUser) / 1e3 / Math.max(1, lateness.length), clientCpu / 1e9,
        clientCpu / (double) wallNanos, cpu / 1e9, cpu / (double) wallNanos);
    return finished && completeOnServer == streams && okOnClient == streams;
  }

  /** Per content chunk: client arrival minus the mock's send time (event k+1 is content chunk k: event 0 is role). */
  private static long[] deliveryLag(Stream[] all, List<MockRequestLog> log) {
    Map<Integer, MockRequestLog> byStream = new HashMap<>();
    for (MockRequestLog e : log) byStream.put(Integer.parseInt(e.headers().get(STREAM_HEADER)), e);
    return Arrays.stream(all)
        .filter(s -> s.ok() && byStream.containsKey(s.index))
        .flatMapToLong(s -> {
          List<Long> send = byStream.get(s.index).sendNanos();
          long[] out = new long[send.size()];
          for (int k = 0; k < out.length; k++) out[k] = s.arrivals[k + 1] - send.get(k);
          return Arrays.stream(out);
        })
        .toArray();
  }

  private static String summary(long[] nanos) {
    if (nanos.length == 0) return "n=0";
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, max %.3f ms (n=%d)", pct(s, 50) / 1e6,
        pct(s, 99) / 1e6, s[s.length - 1] / 1e6, s.length);
  }

  private static double pct(long[] values, double p) {
    long[] s = values.clone();
    Arrays.sort(s);
    if (s.length == 0) return 0;
    int i = (int) Math.ceil(p / 100 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))];
  }

  private static long threadsUser(ThreadMXBean threads, String namePrefix) {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(namePrefix)) {
        total += Math.max(0, threads.getThreadUserTime(info.getThreadId()));
      }
    }
    return total;
  }

  private static long threadsCpu(ThreadMXBean threads, String namePrefix) {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(namePrefix)) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  /** TcpExt ListenOverflows from /proc/net/netstat (accept-queue overflows), or 0 where unavailable. */
  private static long listenOverflows() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/net/netstat"));
      for (int i = 0; i + 1 < lines.size(); i += 2) {
        String[] names = lines.get(i).split(" ");
        String[] values = lines.get(i + 1).split(" ");
        for (int k = 0; k < names.length; k++) {
          if (names[k].equals("ListenOverflows")) return Long.parseLong(values[k]);
        }
      }
    } catch (Exception e) {
      // not Linux: the figure is only informative
    }
    return 0;
  }

  /**
   * One streaming request on its own connection (as Gatling's SSE and bench_serving open them). Per event it only
   * counts SSE terminators and stamps the arrival time of the network chunk that completed them.
   */
  private static final class Stream extends SimpleChannelInboundHandler<HttpObject> {
    final int index;
    private final int port;
    private final byte[] body;
    private final CountDownLatch done;
    final long[] arrivals;
    private int events;
    private boolean newline;
    private int status;
    private boolean complete;
    private boolean counted;

    Stream(int index, int port, byte[] body, int expectedEvents, CountDownLatch done) {
      this.index = index;
      this.port = port;
      this.body = body;
      this.arrivals = new long[expectedEvents];
      this.done = done;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST,
          "/v1/chat/completions", Unpooled.wrappedBuffer(body));
      req.headers().set(HttpHeaderNames.HOST, "127.0.0.1:" + port)
          .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
          .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
          .set(STREAM_HEADER, index);
      ctx.writeAndFlush(req);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
      long now = System.nanoTime();
      if (msg instanceof HttpResponse r) status = r.status().code();
      if (msg instanceof HttpContent c) {
        ByteBuf buf = c.content();
        buf.forEachByte(b -> {
          if (b == '\n' && newline) {
            if (events < arrivals.length) arrivals[events] = now;
            events++;
            newline = false;
          } else {
            newline = b == '\n';
          }
          return true;
        });
      }
      if (msg instanceof LastHttpContent) {
        complete = true;
        ctx.close();
        count();
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      count();
    }

    void fail() {
      count();
    }

    /** Status 200, every expected SSE event, and the body's terminating chunk. */
    boolean ok() {
      return complete && status == 200 && events == arrivals.length;
    }

    private synchronized void count() {
      if (!counted) {
        counted = true;
        done.countDown();
      }
    }
  }
}
