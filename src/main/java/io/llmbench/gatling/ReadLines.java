package io.llmbench.gatling;

import io.llmbench.backend.StreamEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A response body's lines as read, with the time each line's last network chunk arrived. The bytes stay off the Java
 * heap until the recorder decodes them: a thousand open streams would otherwise keep tens of megabytes of line
 * strings in the young generation, which every collection copies while the event loops stand still (10 ms pauses
 * that land in TTFT and ITL). Written on the event loop, then decoded once on the recorder's thread.
 */
final class ReadLines {
  private ByteBuf bytes;
  private long[] nanos;
  private int[] ends;
  private int lines;
  /** Lines with more than white space, as far as a cheap look at their ends can tell (for messages only). */
  private int nonBlank;
  private List<StreamEvent> decoded;

  /**
   * @param expectedLines lines with content the body should have (a stream: about one per output token); the arrays
   *     are sized for them once, as a growing array is copied while its stream is still open and outlives a collection
   */
  ReadLines(int expectedLines) {
    int capacity = Math.max(16, expectedLines);
    nanos = new long[capacity];
    ends = new int[capacity];
  }

  /** Adds bytes to the current line. */
  void append(ByteBuf chunk, int from, int length) {
    if (length == 0) {
      return;
    }
    if (bytes == null) {
      bytes = ByteBufAllocator.DEFAULT.directBuffer(Math.max(1024, length));
    }
    bytes.writeBytes(chunk, from, length);
  }

  /** Ends the current line, read at {@code now}; an empty one (SSE's separator) is not kept. */
  void endLine(long now) {
    int end = bytes == null ? 0 : bytes.writerIndex();
    int start = lines == 0 ? 0 : ends[lines - 1];
    if (end == start) {
      return;
    }
    if (lines == ends.length) {
      ends = Arrays.copyOf(ends, lines * 2);
      nanos = Arrays.copyOf(nanos, lines * 2);
    }
    ends[lines] = end;
    nanos[lines] = now;
    lines++;
    if (end - start > 1 || (end - start == 1 && bytes.getByte(start) != '\r')) {
      nonBlank++;
    }
  }

  /** Whether bytes were added since the last line ended. */
  boolean pending() {
    return bytes != null && bytes.writerIndex() > (lines == 0 ? 0 : ends[lines - 1]);
  }

  int nonBlankLines() {
    return nonBlank;
  }

  /**
   * Every line with more than white space, stripped, with its time. The first call decodes and frees the bytes;
   * later calls return the same list.
   */
  synchronized List<StreamEvent> events() {
    if (decoded == null) {
      // one heap copy of the whole body, not a temporary array per line (Netty's decoding of a direct buffer)
      byte[] body = new byte[bytes == null ? 0 : bytes.writerIndex()];
      if (bytes != null) {
        bytes.getBytes(0, body);
        bytes.release();
        bytes = null;
      }
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
