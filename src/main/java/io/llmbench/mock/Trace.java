package io.llmbench.mock;

import io.llmbench.mock.MockRequestLog.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The growing truth-log entry of one request. Written on the connection's event loop, read by {@link #snapshot()}
 * from any thread; methods are synchronized (uncontended, a few per chunk) so a snapshot is always consistent.
 */
final class Trace {
  static final String REDACTED = "REDACTED";

  private final long seq;
  private final long connection;
  private final boolean reused;
  private final String method;
  private final String path;
  private final Map<String, String> headers;
  private final String body;
  private final long generation;
  private final long acceptNanos;
  private final long recvNanos;

  private boolean stream;
  private String fault = Fault.NONE.toString();
  private int status;
  private int promptTokens;
  private long headersNanos;
  private long roleNanos;
  private long[] sendNanos = new long[0];
  private long[] targetNanos = new long[0];
  private int[] chunkTokens = new int[0];
  private int chunks;
  private long finishNanos;
  private long usageNanos;
  private long errorNanos;
  private long doneNanos;
  private long endNanos;
  private Outcome outcome = Outcome.IN_FLIGHT;

  Trace(long seq, long connection, boolean reused, String method, String path, Map<String, String> headers,
      String body, long generation, long acceptNanos, long recvNanos) {
    this.seq = seq;
    this.connection = connection;
    this.reused = reused;
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
    this.generation = generation;
    this.acceptNanos = acceptNanos;
    this.recvNanos = recvNanos;
  }

  /** Copies headers in order, joining repeats, with secrets redacted: they must never reach a log. */
  static Map<String, String> redact(Iterable<Map.Entry<String, String>> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> h : headers) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      boolean secret = name.contains("authorization") || name.contains("api-key") || name.contains("api_key")
          || name.contains("apikey") || name.contains("cookie") || name.contains("token");
      String value = secret ? REDACTED : h.getValue();
      out.merge(h.getKey(), value, (a, b) -> secret ? REDACTED : a + ", " + b);
    }
    return out;
  }

  long recvNanos() {
    return recvNanos;
  }

  long generation() {
    return generation;
  }

  synchronized void request(boolean stream, Fault fault, int promptTokens) {
    this.stream = stream;
    this.fault = fault.toString();
    this.promptTokens = promptTokens;
  }

  synchronized void headers(int status, long nanos) {
    this.status = status;
    this.headersNanos = nanos;
  }

  synchronized void role(long nanos) {
    roleNanos = nanos;
  }

  synchronized void content(long nanos, long target, int tokens) {
    if (chunks == sendNanos.length) {
      int size = Math.max(16, chunks * 2);
      sendNanos = Arrays.copyOf(sendNanos, size);
      targetNanos = Arrays.copyOf(targetNanos, size);
      chunkTokens = Arrays.copyOf(chunkTokens, size);
    }
    sendNanos[chunks] = nanos;
    targetNanos[chunks] = target;
    chunkTokens[chunks] = tokens;
    chunks++;
  }

  synchronized void finish(long nanos) {
    finishNanos = nanos;
  }

  synchronized void usage(long nanos) {
    usageNanos = nanos;
  }

  synchronized void error(long nanos) {
    errorNanos = nanos;
  }

  synchronized void done(long nanos) {
    doneNanos = nanos;
  }

  /** Ends the entry once; later calls (e.g. the close that follows a fault's close) are ignored. */
  synchronized boolean end(Outcome how, long nanos) {
    if (outcome != Outcome.IN_FLIGHT) return false;
    outcome = how;
    endNanos = nanos;
    return true;
  }

  synchronized MockRequestLog snapshot() {
    List<Long> send = new ArrayList<>(chunks);
    List<Long> target = new ArrayList<>(chunks);
    List<Integer> tokens = new ArrayList<>(chunks);
    for (int i = 0; i < chunks; i++) {
      send.add(sendNanos[i]);
      target.add(targetNanos[i]);
      tokens.add(chunkTokens[i]);
    }
    return new MockRequestLog(seq, connection, reused, method, path, headers, body, generation, stream, fault, status,
        acceptNanos, recvNanos, headersNanos, roleNanos, send, target, tokens, finishNanos, usageNanos, errorNanos,
        doneNanos, endNanos, promptTokens, outcome);
  }
}
