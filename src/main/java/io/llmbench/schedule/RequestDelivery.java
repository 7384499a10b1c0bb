package io.llmbench.schedule;

import io.llmbench.metrics.Distribution;
import java.util.Arrays;

/**
 * The client's own part of getting requests to the server, which every TTFT includes: the connect and write after
 * the send, and how long a concurrency slot stood empty between one stream's end and the next request's send.
 *
 * @param newConnections requests that opened a connection of their own
 * @param reusedConnections requests sent on a kept-alive connection an earlier request opened
 * @param resent requests the HTTP client sent twice, after a kept-alive connection closed before any response
 * @param connectAndWriteMs send to the request handed to the socket (the connect included on a new connection)
 * @param slotRefillMs a stream's end to the send of the request that took its slot, over those that waited for one
 */
public record RequestDelivery(
    int newConnections, int reusedConnections, int resent, Distribution connectAndWriteMs,
    Distribution slotRefillMs) {

  /**
   * @param startNanos each request's send, as handed to the HTTP client
   * @param sentNanos when it was handed to the socket, 0 when it never was (refused, say)
   * @param reused whether it went out on a kept-alive connection
   * @param sends how often the HTTP client sent it
   * @param slotFreedNanos the end of the stream whose slot it took, 0 when it waited for none
   */
  public static RequestDelivery of(long[] startNanos, long[] sentNanos, boolean[] reused, int[] sends,
      long[] slotFreedNanos) {
    int n = startNanos.length;
    int opened = 0;
    int kept = 0;
    int resent = 0;
    double[] write = new double[n];
    double[] refill = new double[n];
    int written = 0;
    int refilled = 0;
    for (int i = 0; i < n; i++) {
      if (sentNanos[i] != 0) {
        write[written++] = (sentNanos[i] - startNanos[i]) / 1e6;
        if (reused[i]) {
          kept++;
        } else {
          opened++;
        }
      }
      if (sends[i] > 1) {
        resent++;
      }
      if (slotFreedNanos[i] != 0) {
        refill[refilled++] = (startNanos[i] - slotFreedNanos[i]) / 1e6;
      }
    }
    return new RequestDelivery(opened, kept, resent, Distribution.of(Arrays.copyOf(write, written)),
        Distribution.of(Arrays.copyOf(refill, refilled)));
  }

  /** Whether any request waited for a slot, so the refill figures mean something. */
  public boolean anyRefill() {
    return slotRefillMs != Distribution.EMPTY;
  }
}
