package io.llmbench.mock;

import java.util.Locale;
import java.util.Objects;

/**
 * A failure the mock injects into one generation request.
 *
 * @param kind what goes wrong
 * @param afterChunks for {@link Kind#DISCONNECT}, {@link Kind#ERROR} and {@link Kind#STALL}: content chunks sent
 *     before it happens
 */
public record Fault(Kind kind, int afterChunks) {

  /** The kinds, with the spelling {@link #parse} accepts in brackets. */
  public enum Kind {
    /** No fault ({@code none}). */
    NONE,
    /** HTTP 500 with a JSON error body, sent at once ({@code 500}). */
    HTTP_500,
    /** HTTP 429 with {@code Retry-After} and a rate-limit JSON error body, sent at once ({@code 429}). */
    HTTP_429,
    /** TCP close after K content chunks, without the terminating chunk ({@code disconnect:K}). */
    DISCONNECT,
    /** The request is read and never answered ({@code hang}). */
    HANG,
    /** After K content chunks, an in-stream {@code data: {"error":...}} event then {@code [DONE]} ({@code error:K}). */
    ERROR,
    /** The stream ends cleanly but without {@code data: [DONE]} ({@code nodone}). */
    NODONE,
    /** After K content chunks nothing more is sent; the connection stays open ({@code stall:K}). */
    STALL;

    /** Acts after a number of content chunks, spelled {@code name:K}. */
    public boolean inStream() {
      return this == DISCONNECT || this == ERROR || this == STALL;
    }
  }

  /** The seconds a {@code 429} asks the client to wait, in its {@code Retry-After} header. */
  public static final int RETRY_AFTER_SECONDS = 2;

  public static final Fault NONE = new Fault(Kind.NONE, 0);

  public Fault {
    Objects.requireNonNull(kind, "kind");
    if (afterChunks < 0) {
      throw new IllegalArgumentException("afterChunks must be >= 0: " + afterChunks);
    }
  }

  /**
   * Parses {@code none|500|429|hang|nodone|disconnect:K|error:K|stall:K}. {@code midjson_error:K} is the prototype
   * mock's name for {@code error:K} and is accepted so its test bodies keep working.
   */
  public static Fault parse(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    String name = colon < 0 ? s : s.substring(0, colon);
    Kind kind =
        switch (name) {
          case "", "none" -> Kind.NONE;
          case "500" -> Kind.HTTP_500;
          case "429" -> Kind.HTTP_429;
          case "hang" -> Kind.HANG;
          case "nodone" -> Kind.NODONE;
          case "disconnect" -> Kind.DISCONNECT;
          case "error", "midjson_error" -> Kind.ERROR;
          case "stall" -> Kind.STALL;
          default -> throw new IllegalArgumentException("unknown fault: " + spec);
        };
    boolean counted = kind.inStream();
    if (counted != (colon >= 0)) {
      throw new IllegalArgumentException(
          counted ? "fault needs ':K' (chunks before it): " + spec : "fault takes no ':K': " + spec);
    }
    int k;
    try {
      k = counted ? Integer.parseInt(s.substring(colon + 1)) : 0;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad chunk count in fault: " + spec, e);
    }
    return new Fault(kind, k);
  }

  /** The canonical spelling, accepted by {@link #parse}; this is what the truth log records. */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "none";
      case HTTP_500 -> "500";
      case HTTP_429 -> "429";
      case HANG -> "hang";
      case NODONE -> "nodone";
      case DISCONNECT -> "disconnect:" + afterChunks;
      case ERROR -> "error:" + afterChunks;
      case STALL -> "stall:" + afterChunks;
    };
  }
}
