package io.llmbench.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.mock.MockRequestLog.Outcome;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedded mock LLM server (OpenAI chat / completions / embeddings, SGLang native {@code /generate}, TensorRT-LLM
 * via Triton and Baseten Truss) with scripted timing and faults, and a truth log of when it wrote every chunk. See
 * {@code docs/mock-server.md}.
 *
 * <pre>{@code
 * try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(100))) {
 *   // POST server.baseUrl() + "/v1/chat/completions" ...
 *   List<MockRequestLog> truth = server.log();
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** Room for SYN bursts: a full 1,024-stream start must not overflow the accept queue (Node's 511 did). */
  private static final int BACKLOG = 4096;
  /** Bodies up to this size are accepted (long-context prompts are several MB of JSON). */
  private static final int MAX_BODY_BYTES = 64 << 20;

  private final MockConfig config;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final Channel listener;
  private final int port;
  private final JsonlWriter writer;
  private final ChunkTimers timers;
  private final AtomicLong seq = new AtomicLong();
  private final AtomicLong generations = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final Set<Trace> inFlight = ConcurrentHashMap.newKeySet();
  private final Queue<MockRequestLog> completed = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final SelfSignedCertificate certificate;
  private volatile boolean stopping;

  private MockServer(MockConfig config) throws IOException, InterruptedException {
    this.config = config;
    this.writer = config.logFile() == null ? null : new JsonlWriter(config.logFile());
    this.timers = new ChunkTimers(Math.round(config.timerTickMs() * 1e6));
    this.certificate = config.tls() ? SelfSignedCertificate.generate(config.host()) : null;
    SslContext tls = certificate == null ? null
        : SslContextBuilder.forServer(certificate.key(), certificate.certificate()).build();
    // Linux's epoll where Netty's native library loads: fewer copies, allocations and system calls per chunk than
    // the JDK's selector, so the mock reads requests sooner and leaves more of a shared machine to the client.
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    this.boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("llmbench-mock-boss", true), io);
    this.workers = new MultiThreadIoEventLoopGroup(config.workerThreads(),
        new DefaultThreadFactory("llmbench-mock-worker", true), io);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, BACKLOG)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    channels.add(ch);
                    if (tls != null) {
                      ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                    }
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(MAX_BODY_BYTES))
                        .addLast(new MockHandler(MockServer.this, connections.incrementAndGet()));
                  }
                });
    try {
      this.listener = bootstrap.bind(config.host(), config.port()).sync().channel();
    } catch (Exception e) {
      workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      timers.close();
      if (writer != null) writer.close();
      throw e;
    }
    this.port = ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** Binds and starts serving; throws {@link UncheckedIOException} when the address cannot be bound. */
  public static MockServer start(MockConfig config) {
    try {
      return new MockServer(config);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the mock server", e);
    } catch (Exception e) { // bind() rethrows checked socket exceptions undeclared
      throw new UncheckedIOException(
          new IOException("mock server could not start on " + config.host() + ":" + config.port(), e));
    }
  }

  /** The bound port (the ephemeral one when the config said 0). */
  public int port() {
    return port;
  }

  /** {@code http://HOST:PORT} ({@code https} with TLS), with no trailing slash. */
  public String baseUrl() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return (certificate == null ? "http://" : "https://") + host + ":" + port;
  }

  /** The certificate made at start when serving TLS (its {@code pem()} is what a client trusts), else null. */
  public SelfSignedCertificate certificate() {
    return certificate;
  }

  public MockConfig config() {
    return config;
  }

  /**
   * The truth log so far, ordered by {@link MockRequestLog#seq()}: finished requests (when {@link MockConfig#keepLog}
   * is on) and a consistent snapshot of those still in flight.
   */
  public List<MockRequestLog> log() {
    Map<Long, MockRequestLog> bySeq = new TreeMap<>();
    // In-flight first, then finished: an entry that finishes in between is then seen in its final state.
    for (Trace t : inFlight) {
      MockRequestLog entry = t.snapshot();
      bySeq.put(entry.seq(), entry);
    }
    for (MockRequestLog entry : completed) bySeq.put(entry.seq(), entry);
    return List.copyOf(bySeq.values());
  }

  /** Generation requests (POSTs to the generation paths, embeddings included) received so far. */
  public long generationRequestCount() {
    return generations.get();
  }

  /** Closes every connection and the event loops, then the JSONL file. Entries still open end as SERVER_STOPPED. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    stopping = true;
    listener.close().awaitUninterruptibly();
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    timers.close();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    for (Trace t : new ArrayList<>(inFlight)) {
      if (t.end(Outcome.SERVER_STOPPED, System.nanoTime())) record(t);
    }
    if (writer != null) writer.close();
  }

  // ---- called by MockHandler on event loops

  ChunkTimers timers() {
    return timers;
  }

  long nextSeq() {
    return seq.incrementAndGet();
  }

  long nextGeneration() {
    return generations.incrementAndGet();
  }

  boolean stopping() {
    return stopping;
  }

  void started(Trace trace) {
    inFlight.add(trace);
  }

  /** Publishes an ended entry: to the in-memory log before leaving the in-flight set, so {@link #log()} sees it. */
  void record(Trace trace) {
    MockRequestLog entry = trace.snapshot();
    if (config.keepLog()) completed.add(entry);
    inFlight.remove(trace);
    if (writer != null) writer.add(entry);
  }

  String modelsJson() {
    ObjectNode root = MAPPER.createObjectNode().put("object", "list");
    root.putArray("data").addObject()
        .put("id", config.model())
        .put("object", "model")
        .put("created", 0)
        .put("owned_by", "llmbench-mock");
    return root.toString();
  }

  String serverInfoJson() {
    return MAPPER.createObjectNode()
        .put("mock", true)
        .put("model_path", config.model())
        .put("ttft_ms", config.ttftMs())
        .put("gap_ms", config.gapMs())
        .put("tokens_per_chunk", config.tokensPerChunk())
        .put("jitter_ms", config.jitterMs())
        .put("default_output_tokens", config.defaultOutputTokens())
        .toString();
  }

  /**
   * Runs the mock until Ctrl-C: {@code --host H --port P --ttft-ms X --itl-ms X --tokens-per-chunk N --jitter-ms X
   * --seed N --output-tokens N --model ID --timer-tick-ms X --no-role-chunk --log-file PATH --tls-cert-file PATH}
   * (the last serves HTTPS and writes its certificate there, in PEM). Port 18080 by default,
   * as the prototype mock; the in-memory log is off (the JSONL file is the log of a standalone run). A console
   * printer of its own: the mock uses no client package, not even {@code report.Console}.
   */
  public static void main(String[] args) throws InterruptedException, IOException {
    // Netty would log at DEBUG through the class path's logback; JUL's default level keeps the console readable.
    InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    MockConfig config = MockConfig.defaults().withPort(18080).withKeepLog(false);
    Path certFile = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--no-role-chunk")) {
        config = config.withRoleChunk(false);
        continue;
      }
      if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + flag);
      String v = args[++i];
      config =
          switch (flag) {
            case "--host" -> config.withHost(v);
            case "--port" -> config.withPort(Integer.parseInt(v));
            case "--ttft-ms" -> config.withTtftMs(Double.parseDouble(v));
            case "--itl-ms" -> config.withGapMs(Double.parseDouble(v));
            case "--tokens-per-chunk" -> config.withTokensPerChunk(Integer.parseInt(v));
            case "--jitter-ms" -> config.withJitterMs(Double.parseDouble(v));
            case "--seed" -> config.withSeed(Long.parseLong(v));
            case "--output-tokens" -> config.withDefaultOutputTokens(Integer.parseInt(v));
            case "--model" -> config.withModel(v);
            case "--timer-tick-ms" -> config.withTimerTickMs(Double.parseDouble(v));
            case "--log-file" -> config.withLogFile(Path.of(v));
            case "--tls-cert-file" -> {
              certFile = Path.of(v);
              yield config.withTls(true);
            }
            default -> throw new IllegalArgumentException("unknown flag: " + flag);
          };
    }
    MockServer server = start(config);
    if (certFile != null) {
      Files.writeString(certFile, server.certificate().pem());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "llmbench-mock-shutdown"));
    System.out.println("llmbench mock listening on " + server.baseUrl() + " (Ctrl-C to stop)");
    stopped.await();
  }
}
