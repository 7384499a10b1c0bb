package io.llmbench.gatling;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;

/**
 * A response body's lines as read, with the time each line's last network chunk arrived. The bytes stay off the Java
 * heap until the recorder decodes them: a thousand open streams would otherwise keep tens of megabytes of line
 * strings in the young generation, which every collection copies while the event loops stand still (10 ms pauses
 * that land in TTFT and ITL). Written on the event loop; {@link ReadBody} decodes it on the recorder's thread.
 */
final class ReadLines {
  /**
   * The bytes are kept in pieces of one size, never in one growing buffer: a buffer that doubles reaches Netty's
   * larger size classes only in long streams, so the pool's code for them ran first in the measured phase, after a
   * warm-up of short ones, and set the JIT compiling and deoptimizing there. 16 KiB is one of the pool's small classes.
   */
  static final int PIECE = 16 * 1024;
  private static final ByteBuf[] NONE = {};
  /** The pieces in order, each full but the last: byte {@code i} is in piece {@code i / PIECE}. */
  private ByteBuf[] pieces = NONE;
  /** Bytes appended so far, over all pieces. */
  private int size;
  private long[] nanos;
  private int[] ends;
  private int lines;
  /** Lines with more than white space, as far as a cheap look at their ends can tell (for messages only). */
  private int nonBlank;

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
    while (length > 0) {
      int index = size / PIECE;
      if (size % PIECE == 0) {
        addPiece(index);
      }
      int n = Math.min(length, PIECE - size % PIECE);
      pieces[index].writeBytes(chunk, from, n);
      from += n;
      length -= n;
      size += n;
    }
  }

  private void addPiece(int index) {
    if (index == pieces.length) {
      pieces = Arrays.copyOf(pieces, Math.max(2, index * 2));
    }
    pieces[index] = ByteBufAllocator.DEFAULT.directBuffer(PIECE, PIECE);
  }

  /** Ends the current line, read at {@code now}; an empty one (SSE's separator) is not kept. */
  void endLine(long now) {
    int end = size;
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
    if (end - start > 1 || (end - start == 1 && pieces[start / PIECE].getByte(start % PIECE) != '\r')) {
      nonBlank++;
    }
  }

  /** Whether bytes were added since the last line ended. */
  boolean pending() {
    return size > (lines == 0 ? 0 : ends[lines - 1]);
  }

  int nonBlankLines() {
    return nonBlank;
  }

  /**
   * Ends the reading and hands what was read to a new object. A stream outlives several young collections, so this one
   * is in the old generation by its end: had it kept the decoded lines, every young collection would copy them (an
   * old object's references are roots there, dead or not) until the next mixed one.
   */
  ReadBody finish() {
    ReadBody body = new ReadBody(pieces, size, nanos, ends, lines);
    pieces = NONE;
    return body;
  }
}
