package io.llmbench.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines dataset files, read as the reference reads them: {@code json.loads} of every line that is not blank.
 * Like {@code json.loads}, a line must hold exactly one JSON value ({@code NaN} and {@code Infinity} included);
 * objects keep their key order.
 */
final class JsonLines {
  /** Parses as Python's {@code json.loads}: trailing content is an error, NaN/Infinity are numbers. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** One parsed line, with its 1-based number in the file for messages. */
  record Line(int number, JsonNode value) {}

  /**
   * The parsed lines of a file.
   *
   * @param lines the lines read, in file order
   * @param skipped lines that are not JSON, skipped where the reference skips them
   */
  record Content(List<Line> lines, int skipped) {
    Content {
      lines = List.copyOf(lines);
    }
  }

  private JsonLines() {}

  /**
   * The first {@code limit} JSON lines; a line that is not JSON fails.
   *
   * @param expected what the file should hold, for messages
   * @throws IllegalArgumentException naming the file, the line and what was expected
   */
  static List<Line> read(Path file, String expected, int limit) {
    return read(file, expected, limit, false).lines();
  }

  /**
   * The first {@code limit} JSON lines; lines that are not JSON are skipped and counted, as the reference's
   * {@code except json.JSONDecodeError: continue}.
   */
  static Content readSkippingInvalid(Path file, String expected, int limit) {
    return read(file, expected, limit, true);
  }

  private static Content read(Path file, String expected, int limit, boolean skipInvalid) {
    List<Line> lines = new ArrayList<>();
    int[] skipped = {0};
    if (limit <= 0) {
      return new Content(lines, 0);
    }
    try {
      TextFile.forEachLine(file, expected, (n, line) -> {
        if (line.isBlank()) {
          return;
        }
        try {
          lines.add(new Line(n, MAPPER.readTree(line)));
        } catch (JsonProcessingException e) {
          if (!skipInvalid) {
            throw malformed(file, n, "not JSON (" + e.getOriginalMessage() + ")", expected);
          }
          skipped[0]++;
        }
        if (lines.size() == limit) {
          throw new Stop();
        }
      });
    } catch (Stop done) {
      // The wanted lines are read.
    }
    return new Content(lines, skipped[0]);
  }

  /** A short rendering of a value for messages; {@code missing} for null. */
  static String describe(JsonNode value) {
    if (value == null) {
      return "missing";
    }
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  static IllegalArgumentException malformed(Path file, int line, String problem, String expected) {
    return new IllegalArgumentException(
        "dataset-path " + file + " at line " + line + ": " + problem + "; expected " + expected);
  }

  /** Ends the reading early. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }
}
