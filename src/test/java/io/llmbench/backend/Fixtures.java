package io.llmbench.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/** Test resources under {@code src/test/resources/backend/}. */
final class Fixtures {
  /** When every test request was sent. */
  static final long START = 1_000_000_000L;

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/backend/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource backend/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A recorded stream: {@code <nanos> <line>} per line, {@code #} lines are notes. */
  static List<StreamEvent> stream(String name) {
    return resource("stream/" + name).lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> {
          int space = line.indexOf(' ');
          return new StreamEvent(Long.parseLong(line.substring(0, space)), line.substring(space + 1).strip());
        })
        .toList();
  }

  /** A non-streaming body whose lines all arrived at {@code nanos}. */
  static List<StreamEvent> body(String name, long nanos) {
    return resource("stream/" + name).lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(line -> new StreamEvent(nanos, line))
        .toList();
  }

  /** Inline lines, the i-th (from 0) arriving at {@code START + (i + 1) * 10 ms}. */
  static List<StreamEvent> events(String... lines) {
    return IntStream.range(0, lines.length)
        .mapToObj(i -> new StreamEvent(START + (i + 1) * 10_000_000L, lines[i]))
        .toList();
  }
}
