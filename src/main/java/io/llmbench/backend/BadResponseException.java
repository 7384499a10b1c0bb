package io.llmbench.backend;

/** A response the parser refuses to count as a success; the message becomes {@link ParsedResponse#error()}. */
final class BadResponseException extends Exception {
  BadResponseException(String message) {
    super(message);
  }
}
