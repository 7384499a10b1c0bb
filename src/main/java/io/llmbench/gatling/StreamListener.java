package io.llmbench.gatling;

import io.gatling.http.client.HttpListener;
import io.gatling.http.client.Request;
import io.gatling.http.client.impl.PrematureCloseException;
import io.gatling.http.client.impl.RequestTimeoutException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads one response on the Netty event loop. Per network chunk it only stamps {@link System#nanoTime()}, copies the
 * bytes off the heap and marks where lines end ({@link ReadLines}); decoding and parsing happen later, off the event
 * loop. Completes exactly once.
 */
final class StreamListener implements HttpListener {
  /** Set on a connection by its first request: a kept-alive connection that has it is being reused. */
  private static final AttributeKey<Boolean> USED = AttributeKey.valueOf("llmbench.used");
  private final long startNanos;
  private final boolean streaming;
  private final long headerTimeoutNanos;
  private final long idleTimeoutNanos;
  private final Consumer<RawExchange> onDone;
  private final ReadLines lines;
  private long sentNanos;
  private boolean reusedConnection;
  private int sends;
  private long headersNanos;
  private int status;
  private String reason = "";
  private Channel channel;
  private ScheduledFuture<?> headerTimer;
  private ScheduledFuture<?> idleTimer;
  /** When the headers or the latest body chunk came: the idle timer measures silence from here. */
  private long lastReadNanos;
  private boolean done;

  /**
   * @param outputLen the tokens asked for: a stream's lines are sized from it
   * @param idleTimeoutNanos longest silence after the headers and between body chunks (stream-idle-timeout)
   */
  StreamListener(long startNanos, boolean streaming, int outputLen, long headerTimeoutNanos, long idleTimeoutNanos,
      Consumer<RawExchange> onDone) {
    this.startNanos = startNanos;
    this.streaming = streaming;
    // a chunk per token, and a few more: the role, the usage, [DONE]
    this.lines = new ReadLines(streaming ? outputLen + 8 : 1);
    this.headerTimeoutNanos = headerTimeoutNanos;
    this.idleTimeoutNanos = idleTimeoutNanos;
    this.onDone = onDone;
  }

  /** Gatling's client calls this for every send, so twice when it re-sends on a new connection. */
  @Override
  public void onSend() {
    sends++;
  }

  /** Called once the connection is ready, just before the request is written to its socket. */
  @Override
  public void onWrite(Channel channel) {
    sentNanos = System.nanoTime();
    this.channel = channel;
    reusedConnection = channel.hasAttr(USED);
    channel.attr(USED).set(Boolean.TRUE);
    // Gatling's request timeout covers the whole stream; this one bounds the wait for a silent server.
    long remaining = headerTimeoutNanos - (System.nanoTime() - startNanos);
    headerTimer = channel.eventLoop().schedule(this::onHeaderTimeout, Math.max(0, remaining), TimeUnit.NANOSECONDS);
  }

  @Override
  public void onFinalClientRequest(Request request) {}

  @Override
  public void onHttpResponse(HttpResponseStatus status, HttpHeaders headers) {
    headersNanos = System.nanoTime();
    lastReadNanos = headersNanos;
    cancelHeaderTimer();
    this.status = status.code();
    // a rate limit says when to come back: part of the reason, never acted on (no retry)
    String retryAfter = headers.get(HttpHeaderNames.RETRY_AFTER);
    this.reason = status.reasonPhrase() + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")");
    if (channel != null) {
      idleTimer = channel.eventLoop().schedule(this::onIdleTimeout, idleTimeoutNanos, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void onHttpResponseBodyChunk(ByteBuf chunk, boolean last) {
    long now = System.nanoTime();
    if (done) {
      return;
    }
    lastReadNanos = now;
    if (streaming && status == 200) {
      splitLines(chunk, now);
    } else {
      lines.append(chunk, chunk.readerIndex(), chunk.readableBytes());
    }
    if (last) {
      flushRemainder(now);
      complete(now, null);
    }
  }

  @Override
  public void onThrowable(Throwable e) {
    long now = System.nanoTime();
    if (done) {
      return;
    }
    flushRemainder(now);
    complete(now, describe(e));
  }

  /**
   * Ends the exchange now with what arrived so far, failed for {@code reason} (no headers in time, the run being
   * interrupted), and closes its connection. Must run on the exchange's event loop, as every other method here.
   */
  void cut(String reason) {
    if (done) {
      return;
    }
    long now = System.nanoTime();
    flushRemainder(now);
    complete(now, reason);
    if (channel != null) {
      channel.close();
    }
  }

  private void onHeaderTimeout() {
    if (headersNanos == 0) {
      cut("no response headers within " + TimeUnit.NANOSECONDS.toMillis(headerTimeoutNanos) + " ms (header-timeout)");
    }
  }

  /**
   * One timer per silence, not one per chunk: when it fires after data came, it is set again for the rest of the
   * period counted from the latest chunk.
   */
  private void onIdleTimeout() {
    long silent = System.nanoTime() - lastReadNanos;
    if (silent >= idleTimeoutNanos) {
      cut("no data for " + TimeUnit.NANOSECONDS.toMillis(idleTimeoutNanos) + " ms after " + lines.nonBlankLines()
          + " lines (stream-idle-timeout)");
    } else if (!done) {
      idleTimer = channel.eventLoop().schedule(this::onIdleTimeout, idleTimeoutNanos - silent, TimeUnit.NANOSECONDS);
    }
  }

  private void splitLines(ByteBuf chunk, long now) {
    int from = chunk.readerIndex();
    int end = chunk.writerIndex();
    for (int lf = chunk.indexOf(from, end, (byte) '\n'); lf >= 0; lf = chunk.indexOf(from, end, (byte) '\n')) {
      lines.append(chunk, from, lf - from);
      lines.endLine(now);
      from = lf + 1;
    }
    lines.append(chunk, from, end - from);
  }

  private void flushRemainder(long now) {
    if (lines.pending()) {
      lines.endLine(now);
    }
  }

  private void complete(long now, String transportError) {
    done = true;
    cancelHeaderTimer();
    if (idleTimer != null) {
      idleTimer.cancel(false);
    }
    onDone.accept(new RawExchange(startNanos, sentNanos, reusedConnection, sends, headersNanos, status, reason,
        lines.finish(), now, transportError));
  }

  private void cancelHeaderTimer() {
    if (headerTimer != null) {
      headerTimer.cancel(false);
    }
  }

  private String describe(Throwable e) {
    if (e instanceof PrematureCloseException) {
      return headersNanos == 0
          ? "connection closed by the server before the response headers"
          : "connection closed by the server mid-stream after " + lines.nonBlankLines() + " lines";
    }
    if (e instanceof RequestTimeoutException) {
      return "request-timeout reached: " + e.getMessage();
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
