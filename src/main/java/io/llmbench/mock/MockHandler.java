package io.llmbench.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockRequestLog.Outcome;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Set;

/**
 * One connection's HTTP/1.1 handling. Requests are answered one at a time in arrival order (a pipelined request
 * waits in a queue until the previous response ended). Everything here runs on the connection's event loop.
 */
final class MockHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT_END = "\n\n".getBytes(StandardCharsets.US_ASCII);
  private static final String JSON = "application/json";
  // "/" answers the readiness poll bench_serving makes for trt (GET of the base URL)
  private static final Set<String> INFO_PATHS = Set.of("/v1/models", "/server_info", "/health", "/");
  /** The server-control calls bench_serving makes around a run: accepted (and logged) with nothing to do. */
  private static final Set<String> CONTROL_PATHS =
      Set.of("/flush_cache", "/reset_prefix_cache", "/start_profile", "/stop_profile");

  /** A decoded request waiting for, or getting, its answer. */
  private record Received(Trace trace, HttpMethod method, String path, String body, boolean keepAlive, boolean bad) {}

  private final MockServer server;
  private final long connection;
  private final Queue<Received> queue = new ArrayDeque<>();
  private ChannelHandlerContext ctx;
  private long acceptNanos;
  private long requests;
  private Received current;
  private ChunkTimers.Timer timer;

  MockHandler(MockServer server, long connection) {
    this.server = server;
    this.connection = connection;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    acceptNanos = System.nanoTime();
    this.ctx = ctx;
    super.channelActive(ctx);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
    long recv = System.nanoTime();
    String path = new QueryStringDecoder(req.uri()).path();
    boolean generation = req.method().equals(HttpMethod.POST) && Endpoint.of(path) != null;
    String body = req.content().toString(StandardCharsets.UTF_8);
    Trace trace = new Trace(server.nextSeq(), connection, requests++ > 0, req.method().name(), req.uri(),
        Trace.redact(req.headers()), body, generation ? server.nextGeneration() : 0, acceptNanos, recv);
    server.started(trace);
    Received r = new Received(trace, req.method(), path, body, HttpUtil.isKeepAlive(req),
        !req.decoderResult().isSuccess());
    if (current == null) {
      serve(r);
    } else {
      queue.add(r);
    }
  }

  private void serve(Received r) {
    current = r;
    Endpoint endpoint = Endpoint.of(r.path);
    if (r.bad) {
      error(r, HttpResponseStatus.BAD_REQUEST, "invalid_request_error", "malformed HTTP request");
    } else if (endpoint != null) {
      if (r.method.equals(HttpMethod.POST)) {
        generate(r, endpoint);
      } else {
        methodNotAllowed(r);
      }
    } else if (CONTROL_PATHS.contains(r.path)) {
      if (r.method.equals(HttpMethod.POST)) {
        respond(r, HttpResponseStatus.OK, JSON, "{\"success\":true}");
      } else {
        methodNotAllowed(r);
      }
    } else if (!INFO_PATHS.contains(r.path)) {
      error(r, HttpResponseStatus.NOT_FOUND, "not_found_error", "not found: " + r.path);
    } else if (!r.method.equals(HttpMethod.GET)) {
      methodNotAllowed(r);
    } else {
      String body = switch (r.path) {
        case "/v1/models" -> server.modelsJson();
        case "/server_info" -> server.serverInfoJson();
        default -> ""; // /health and /: 200 with an empty body, as SGLang answers /health
      };
      respond(r, HttpResponseStatus.OK, body.isEmpty() ? null : JSON, body);
    }
  }

  private void methodNotAllowed(Received r) {
    error(r, HttpResponseStatus.METHOD_NOT_ALLOWED, "invalid_request_error", "method not allowed: " + r.method);
  }

  private void generate(Received r, Endpoint endpoint) {
    GenerationRequest g;
    try {
      JsonNode body = MockServer.MAPPER.readTree(r.body);
      g = GenerationRequest.parse(endpoint, body == null ? MockServer.MAPPER.missingNode() : body, server.config());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      error(r, HttpResponseStatus.BAD_REQUEST, "invalid_request_error", "bad request body: " + e.getMessage());
      return;
    }
    Fault fault = g.fault() != null ? g.fault() : server.config().faultPlan().getOrDefault(r.trace.generation(),
        Fault.NONE);
    r.trace.request(g.stream(), fault, g.promptTokens());
    switch (fault.kind()) {
      case HTTP_500 -> error(r, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal_server_error",
          "mock fault: internal server error");
      case HTTP_429 -> {
        FullHttpResponse response = fullResponse(r, HttpResponseStatus.TOO_MANY_REQUESTS, JSON,
            ResponseFormat.errorJson(429, "rate_limit_error", "mock fault: rate limit exceeded, retry later"));
        response.headers().set(HttpHeaderNames.RETRY_AFTER, Fault.RETRY_AFTER_SECONDS);
        send(r, response);
      }
      case HANG -> { } // read and never answered: stays current until the connection closes
      default -> new Exchange(r, g, fault).start();
    }
  }

  /**
   * One generation response on the shared {@link ChunkPlan} schedule. Chunk k is written by a timer set for its
   * absolute due time; the fault point is the chunk index at which a {@code disconnect:K} / {@code error:K} acts.
   */
  private final class Exchange {
    private final Received r;
    private final GenerationRequest g;
    private final Fault fault;
    private final ChunkPlan plan;
    private final ResponseFormat format;
    private final int faultAt;
    private final StringBuilder text = new StringBuilder();
    private boolean headersSent;
    private ChannelFuture lastWrite;

    Exchange(Received r, GenerationRequest g, Fault fault) {
      this.r = r;
      this.g = g;
      this.fault = fault;
      MockConfig c = server.config();
      this.plan = ChunkPlan.of(g.outputTokens(), g.tokensPerChunk(), g.ttftMs(), g.gapMs(), c.jitterMs(),
          c.seed() ^ (r.trace.generation() * 0x9E3779B97F4A7C15L));
      this.format = ResponseFormat.of(g.endpoint(), new ResponseFormat.Meta(Long.toHexString(r.trace.generation()),
          g.model(), System.currentTimeMillis() / 1000, g.promptTokens(), g.outputTokens(), g.includeUsage()),
          c.roleChunk());
      this.faultAt = fault.kind().inStream() ? Math.min(fault.afterChunks(), plan.chunks()) : -1;
    }

    void start() {
      if (!g.stream()) {
        // The whole body is due when its last token would have been streamed (or at the fault point).
        int k = faultAt >= 0 ? Math.min(faultAt, plan.chunks() - 1) : plan.chunks() - 1;
        schedule(k, () -> whole(k));
        return;
      }
      if (!g.lateHeaders()) {
        writeHeaders();
        ctx.flush();
      }
      schedule(0, () -> step(0));
    }

    /** The SSE shape: only asked for when the request streams, which an endpoint without one never does. */
    private StreamFormat stream() {
      return (StreamFormat) format;
    }

    /** Runs {@code task} on this connection's event loop when chunk k is due (on the timer grid, never before). */
    private void schedule(int k, Runnable task) {
      timer = server.timers().schedule(ctx.channel().eventLoop(), due(k), task);
    }

    private long due(int k) {
      return r.trace.recvNanos() + plan.offsetNanos(k);
    }

    /** Chunk k is due; k == chunks means "right after the last content chunk". */
    private void step(int k) {
      if (k == faultAt) {
        streamFault(k);
        return;
      }
      if (k == plan.chunks()) {
        trailer();
        return;
      }
      if (!headersSent) writeHeaders();
      if (k == 0) {
        String opening = stream().opening();
        if (opening != null) {
          r.trace.role(System.nanoTime());
          write(opening);
        }
      }
      int first = plan.firstToken(k);
      int n = plan.tokens(k);
      String delta = MockTokens.text(first, first + n);
      text.append(delta);
      String json = stream().content(delta, text, first + n, k == plan.chunks() - 1);
      r.trace.content(System.nanoTime(), due(k), n);
      write(json);
      if (k + 1 < plan.chunks()) {
        ctx.flush();
        schedule(k + 1, () -> step(k + 1));
      } else {
        step(k + 1);
      }
    }

    private void streamFault(int k) {
      if (fault.kind() == Fault.Kind.DISCONNECT) {
        disconnect();
        return;
      }
      if (!headersSent) writeHeaders();
      if (fault.kind() == Fault.Kind.STALL) {
        // what was written goes out, then silence: stays current until the connection closes, as a hang
        ctx.flush();
        return;
      }
      r.trace.error(System.nanoTime());
      write(ResponseFormat.errorJson(500, "internal_server_error", "mock fault: error after " + k + " chunks"));
      done();
    }

    private void trailer() {
      String finish = stream().finish();
      if (finish != null) {
        r.trace.finish(System.nanoTime());
        write(finish);
      }
      String usage = stream().usage();
      if (usage != null) {
        r.trace.usage(System.nanoTime());
        write(usage);
      }
      if (fault.kind() == Fault.Kind.NODONE) {
        end();
      } else {
        done();
      }
    }

    private void done() {
      if (stream().sendsDone()) {
        r.trace.done(System.nanoTime());
        write("[DONE]");
      }
      end();
    }

    private void whole(int k) {
      switch (fault.kind()) {
        case STALL -> { } // the body never comes: stays current until the connection closes, as a hang
        case DISCONNECT -> disconnect();
        case ERROR -> error(r, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal_server_error",
            "mock fault: error after " + k + " chunks");
        default -> {
          FullHttpResponse response =
              fullResponse(r, HttpResponseStatus.OK, JSON, format.whole(MockTokens.text(0, plan.outputTokens())));
          r.trace.content(System.nanoTime(), due(k), plan.outputTokens());
          send(r, response);
        }
      }
    }

    /** Closes the connection once what was written reached the socket, without the terminating chunk. */
    private void disconnect() {
      finished(r, Outcome.FAULT_CLOSED);
      ctx.flush();
      if (lastWrite == null) {
        ctx.close();
      } else {
        lastWrite.addListener(ChannelFutureListener.CLOSE);
      }
    }

    private void writeHeaders() {
      HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
      response.headers()
          .set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
          .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
      HttpUtil.setTransferEncodingChunked(response, true);
      HttpUtil.setKeepAlive(response, r.keepAlive);
      r.trace.headers(200, System.nanoTime());
      lastWrite = ctx.write(response);
      headersSent = true;
    }

    /** Writes one SSE event, {@code data: <json>\n\n}, as one HTTP chunk (not flushed). */
    private void write(String json) {
      ByteBuf buf = ctx.alloc().buffer(json.length() + DATA.length + EVENT_END.length);
      buf.writeBytes(DATA);
      ByteBufUtil.writeUtf8(buf, json);
      buf.writeBytes(EVENT_END);
      lastWrite = ctx.write(new DefaultHttpContent(buf));
    }

    /** Ends the body; the entry is final before the last byte goes out, so a client that saw it can read it. */
    private void end() {
      finished(r, Outcome.COMPLETE);
      afterResponse(r.keepAlive, ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT));
    }
  }

  private void error(Received r, HttpResponseStatus status, String type, String message) {
    respond(r, status, JSON, ResponseFormat.errorJson(status.code(), type, message));
  }

  /** A complete response with a Content-Length, ending the request. */
  private void respond(Received r, HttpResponseStatus status, String contentType, String body) {
    send(r, fullResponse(r, status, contentType, body));
  }

  private FullHttpResponse fullResponse(Received r, HttpResponseStatus status, String contentType, String body) {
    ByteBuf content = ByteBufUtil.writeUtf8(ctx.alloc(), body);
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
    if (contentType != null) response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    HttpUtil.setContentLength(response, content.readableBytes());
    HttpUtil.setKeepAlive(response, r.keepAlive && !r.bad);
    return response;
  }

  /** Stamps, records and writes a response built beforehand, so the stamps come as close to the write as they can. */
  private void send(Received r, FullHttpResponse response) {
    r.trace.headers(response.status().code(), System.nanoTime());
    finished(r, Outcome.COMPLETE);
    afterResponse(HttpUtil.isKeepAlive(response), ctx.writeAndFlush(response));
  }

  private void finished(Received r, Outcome outcome) {
    if (r.trace.end(outcome, System.nanoTime())) server.record(r.trace);
    timer = null;
  }

  /** Closes the connection when the client asked for it, else starts the next queued request. */
  private void afterResponse(boolean keepAlive, ChannelFuture last) {
    current = null;
    if (!keepAlive) {
      last.addListener(ChannelFutureListener.CLOSE);
    } else if (!queue.isEmpty()) {
      serve(queue.poll());
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (timer != null) timer.cancel();
    Outcome how = server.stopping() ? Outcome.SERVER_STOPPED : Outcome.PEER_CLOSED;
    if (current != null) finished(current, how);
    for (Received r : queue) finished(r, how);
    queue.clear();
    current = null;
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // Resets and broken pipes are the client's business; the close ends any open truth-log entry.
    ctx.close();
  }
}
