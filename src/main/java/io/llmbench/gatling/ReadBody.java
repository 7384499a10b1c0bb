package io.llmbench.gatling;

import io.llmbench.backend.StreamEvent;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished response body as {@link ReadLines} read it: its bytes (off the heap, in pieces of {@link ReadLines#PIECE}
 * bytes) and where and when each line ended. Made when the exchange ends and decoded once, on the recorder's thread.
 */
final class ReadBody {
  /** Filled in order, as many as the size needs (the array may be longer). */
  private ByteBuf[] pieces;
  private final int size;
  private final long[] nanos;
  private final int[] ends;
  private final int lines;
  private List<StreamEvent> decoded;

  ReadBody(ByteBuf[] pieces, int size, long[] nanos, int[] ends, int lines) {
    this.pieces = pieces;
    this.size = size;
    this.nanos = nanos;
    this.ends = ends;
    this.lines = lines;
  }

  /**
   * Every line with more than white space, stripped, with its time. The first call decodes and frees the bytes;
   * later calls return the same list.
   */
  synchronized List<StreamEvent> events() {
    if (decoded == null) {
      // one heap copy of the whole body, not a temporary array per line (Netty's decoding of a direct buffer)
      byte[] body = new byte[size];
      for (int at = 0; at < size; at += ReadLines.PIECE) {
        ByteBuf piece = pieces[at / ReadLines.PIECE];
        piece.getBytes(0, body, at, piece.writerIndex());
        piece.release();
      }
      pieces = null;
      List<StreamEvent> events = new ArrayList<>(lines);
      for (int i = 0, start = 0; i < lines; start = ends[i++]) {
        int from = start;
        int to = ends[i];
        while (from < to && isAsciiSpace(body[from])) {
          from++;
        }
        while (to > from && isAsciiSpace(body[to - 1])) {
          to--;
        }
        // strip() too, for white space beyond ASCII; it copies only when there is some
        String line = new String(body, from, to - from, StandardCharsets.UTF_8).strip();
        if (!line.isEmpty()) {
          events.add(new StreamEvent(nanos[i], line));
        }
      }
      decoded = List.copyOf(events);
    }
    return decoded;
  }

  /** White space by {@link Character#isWhitespace}, for one byte of UTF-8 (multi-byte sequences never match). */
  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
  }
}
