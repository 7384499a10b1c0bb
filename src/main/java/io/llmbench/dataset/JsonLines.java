package io.llmbench.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/**
 * Dataset files in JSON Lines, one object per line (blank lines skipped), with messages naming the file and line.
 *
 * @param file the file
 * @param expected what each line should be, for messages
 */
record JsonLines(Path file, String expected) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Receives the objects of a file. */
  interface ObjectConsumer {
    /**
     * @param line 1-based line of the object, for messages
     * @param object the line's JSON object
     */
    void accept(int line, JsonNode object);
  }

  /**
   * Passes the object of every non-blank line, in order; a consumer may throw to stop early.
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not a JSON object
   */
  void forEachObject(ObjectConsumer consumer) {
    TextFile.forEachLine(file, expected, (n, line) -> {
      if (line.isBlank()) {
        return;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw malformed(n, "not JSON (" + e.getOriginalMessage() + ")");
      }
      if (node == null || !node.isObject()) {
        throw malformed(n, "not a JSON object");
      }
      consumer.accept(n, node);
    });
  }

  /** {@code dataset-path <file> at line <line>: <problem>; expected <expected>}. */
  IllegalArgumentException malformed(int line, String problem) {
    return new IllegalArgumentException(
        "dataset-path " + file + " at line " + line + ": " + problem + "; expected " + expected);
  }

  /** A field's value for a message: {@code missing}, or its JSON cut to 40 characters. */
  static String describe(JsonNode value) {
    if (value == null) {
      return "missing";
    }
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
