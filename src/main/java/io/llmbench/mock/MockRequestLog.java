package io.llmbench.mock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mock's truth about one request. Every {@code ...Nanos} is {@link System#nanoTime()} (CLOCK_MONOTONIC, the same
 * clock as a client in this JVM), taken immediately before the write it names; 0 means "did not happen".
 *
 * @param seq 1-based order of receipt over all requests
 * @param connection 1-based id of the TCP connection it came on
 * @param reused the connection had carried an earlier request
 * @param method HTTP method
 * @param path request target as sent (query included)
 * @param headers request headers in arrival order, secrets ({@code Authorization}, {@code *api-key*}, cookies)
 *     replaced by {@value Trace#REDACTED}
 * @param body request body as text
 * @param generation 1-based order among generation requests (what the fault plan counts), 0 for other requests
 * @param stream the request asked for an SSE stream
 * @param fault the fault applied ({@link Fault#toString()} spelling, {@code none} when none)
 * @param status HTTP status sent, 0 when no status line was sent (hang, or closed before the headers)
 * @param acceptNanos when the connection was accepted
 * @param recvNanos when the full request had been decoded
 * @param headersNanos before the response headers were written
 * @param roleNanos before the chat role-only chunk was written
 * @param sendNanos before each content chunk was written (a non-streaming body counts as one chunk)
 * @param targetNanos when each content chunk was due (send minus target is the mock's timer lateness)
 * @param chunkTokens tokens in each content chunk
 * @param finishNanos before the finish-reason chunk was written (chat, completions)
 * @param usageNanos before the usage-only chunk was written
 * @param errorNanos before the in-stream error event was written
 * @param doneNanos before {@code data: [DONE]} was written
 * @param endNanos when the response ended: its last byte written, or the connection closed; 0 while in flight
 * @param promptTokens prompt length the mock reported
 * @param outcome how the request ended
 */
public record MockRequestLog(
    long seq,
    long connection,
    boolean reused,
    String method,
    String path,
    Map<String, String> headers,
    String body,
    long generation,
    boolean stream,
    String fault,
    int status,
    long acceptNanos,
    long recvNanos,
    long headersNanos,
    long roleNanos,
    List<Long> sendNanos,
    List<Long> targetNanos,
    List<Integer> chunkTokens,
    long finishNanos,
    long usageNanos,
    long errorNanos,
    long doneNanos,
    long endNanos,
    int promptTokens,
    Outcome outcome) {

  /** How a request ended. */
  public enum Outcome {
    /** Still being served (only seen in a snapshot taken mid-request). */
    IN_FLIGHT,
    /** The whole response was written. */
    COMPLETE,
    /** A {@code disconnect:K} fault closed the connection. */
    FAULT_CLOSED,
    /** The client closed the connection before the response ended. */
    PEER_CLOSED,
    /** The server was closed before the response ended. */
    SERVER_STOPPED
  }

  public MockRequestLog {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    sendNanos = List.copyOf(sendNanos);
    targetNanos = List.copyOf(targetNanos);
    chunkTokens = List.copyOf(chunkTokens);
  }

  /** Output tokens actually sent. */
  public int completionTokens() {
    return chunkTokens.stream().mapToInt(Integer::intValue).sum();
  }

  /** When the first content chunk was written, or 0 when none was. */
  public long firstContentNanos() {
    return sendNanos.isEmpty() ? 0 : sendNanos.get(0);
  }

  /** Gaps between consecutive content chunk writes, in ns. */
  public List<Long> contentGapsNanos() {
    List<Long> gaps = new ArrayList<>(Math.max(0, sendNanos.size() - 1));
    for (int i = 1; i < sendNanos.size(); i++) gaps.add(sendNanos.get(i) - sendNanos.get(i - 1));
    return gaps;
  }

  /** Per content chunk, how late it was written compared with its due time, in ns. */
  public List<Long> latenessNanos() {
    List<Long> late = new ArrayList<>(sendNanos.size());
    for (int i = 0; i < sendNanos.size(); i++) late.add(sendNanos.get(i) - targetNanos.get(i));
    return late;
  }
}
