package io.llmbench.backend;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The package's Jackson mapper and the lenient field readers the reference's {@code dict.get} calls amount to. */
final class Json {
  /** Trailing tokens fail so that two JSON documents on one line are not read as the first one alone. */
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final int EXCERPT_CHARS = 200;

  private Json() {}

  /** The string value, or "" when the field is missing, null or not a string. */
  static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : "";
  }

  /** The integer value, or -1 when the field is missing, null or not an integer. */
  static int count(JsonNode node) {
    return node.isIntegralNumber() ? node.intValue() : -1;
  }

  /** Python truthiness of a JSON object: present and non-empty. */
  static boolean nonEmptyObject(JsonNode node) {
    return node.isObject() && !node.isEmpty();
  }

  /** A line short enough for an error message. */
  static String excerpt(String line) {
    return line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS) + "...";
  }
}
