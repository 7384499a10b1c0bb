package io.llmbench.backend;

/**
 * One non-empty line of a response body, as read off the socket.
 *
 * @param nanos {@link System#nanoTime()} when the network chunk holding this line was read
 * @param line the line with surrounding white space stripped (still carrying any {@code data:} prefix)
 */
public record StreamEvent(long nanos, String line) {}
