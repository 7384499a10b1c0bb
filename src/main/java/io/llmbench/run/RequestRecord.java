package io.llmbench.run;

import io.llmbench.backend.ParsedResponse;

/**
 * Everything measured about one request; kept in the Gatling session (key {@link #SESSION_KEY}) so checks and
 * user simulations can read it, and written as one line of the run's per-request JSONL.
 *
 * @param index position in the dispatch order (warm-up requests count separately from 0): the dataset row
 * @param turn the turn of the row's conversation (0 for single-turn rows); later turns are sent when the previous
 *     reply is complete (plus any think time), which is then their intended time
 * @param warmup a warm-up request, excluded from every figure
 * @param scheduledNanos intended send time (System.nanoTime() clock)
 * @param slotFreedNanos when the stream whose concurrency slot it took ended, or 0 (no wait for a slot): the
 *     slot's refill time is start − this
 * @param readyNanos when it could be sent: the later of its intended time and a free concurrency slot
 * @param startNanos actual send time (after the concurrency queue), SGLang's {@code st}
 * @param sentNanos when the request was handed to its connection's socket, or 0 (start → sent = connection setup
 *     on a new connection)
 * @param reusedConnection it went out on a kept-alive connection an earlier request had opened
 * @param sends how often the HTTP client sent it: 2 when a kept-alive connection closed before any response and
 *     the client re-sent it on a new one (the server may have run it twice)
 * @param headersNanos response headers arrival, or 0
 * @param endNanos when the exchange ended on the client
 * @param status HTTP status, 0 when no response came
 * @param promptLen the dataset row's prompt length
 * @param requestedOutputLen the row's output length
 * @param response what the backend parser read
 */
public record RequestRecord(
    int index,
    int turn,
    boolean warmup,
    long scheduledNanos,
    long slotFreedNanos,
    long readyNanos,
    long startNanos,
    long sentNanos,
    boolean reusedConnection,
    int sends,
    long headersNanos,
    long endNanos,
    int status,
    int promptLen,
    int requestedOutputLen,
    ParsedResponse response) {
  /** The session attribute holding the user's last record. */
  public static final String SESSION_KEY = "llmRecord";

  /** The same record, failed for {@code reason} (a check that did not hold, say). */
  public RequestRecord failed(String reason) {
    return new RequestRecord(index, turn, warmup, scheduledNanos, slotFreedNanos, readyNanos, startNanos, sentNanos,
        reusedConnection, sends, headersNanos, endNanos, status, promptLen, requestedOutputLen,
        response.failed(reason));
  }

  public boolean success() {
    return response.success();
  }

  /** Time to first token in ms (SGLang: from send to the first content chunk), 0 when none came. */
  public double ttftMillis() {
    return response.firstTokenNanos() == 0 ? 0 : (response.firstTokenNanos() - startNanos) / 1e6;
  }

  /** End-to-end latency in ms (SGLang: from send to the last non-empty line). */
  public double e2eMillis() {
    long last = response.lastLineNanos() == 0 ? endNanos : response.lastLineNanos();
    return (last - startNanos) / 1e6;
  }

  /** Time spent queued behind the concurrency cap or late dispatch, in ms. */
  public double queueMillis() {
    return (startNanos - scheduledNanos) / 1e6;
  }
}
