package io.llmbench.gatling;

import io.llmbench.backend.StreamEvent;
import java.util.List;

/**
 * What the transport saw of one request, before any backend parsing.
 *
 * @param startNanos when the request was handed to the HTTP client
 * @param sentNanos when the request was handed to its connection (after connect), or 0
 * @param reusedConnection it went out on a kept-alive connection an earlier request had opened
 * @param sends how often the HTTP client sent it (2: re-sent after a kept-alive connection closed unanswered)
 * @param headersNanos when the response headers arrived, or 0
 * @param status HTTP status, or 0 when no response came
 * @param reason HTTP reason phrase, or ""
 * @param body the body's lines as read, decoded on the first call of {@link #events()}
 * @param endNanos when the exchange ended (last byte, error or timeout)
 * @param transportError why the exchange broke (connection closed mid-stream, timeout, refused), or null
 */
public record RawExchange(
    long startNanos,
    long sentNanos,
    boolean reusedConnection,
    int sends,
    long headersNanos,
    int status,
    String reason,
    ReadBody body,
    long endNanos,
    String transportError) {

  /**
   * Every non-empty body line with the time its network chunk was read (the whole body as one event for
   * non-streaming requests).
   */
  public List<StreamEvent> events() {
    return body.events();
  }
}
