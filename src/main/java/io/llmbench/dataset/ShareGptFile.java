package io.llmbench.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of ShareGPT-format JSON: an array of {@code {"conversations": [{"from", "value"}, ...]}}
 * (the key may also be {@code conversation}). Streams the array and keeps only the first two
 * turns, so the 640 MB ShareGPT_V3 file never becomes one tree in memory.
 */
final class ShareGptFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EXPECTED =
      "a ShareGPT JSON array of {\"conversations\": [{\"from\": ..., \"value\": ...}, ...]}";

  /** The first two turns of a conversation. */
  record Pair(String prompt, String completion) {}

  private ShareGptFile() {}

  /** The conversations with at least two turns, in file order. */
  static List<Pair> load(Path file) {
    try (JsonParser p = MAPPER.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw malformed(file, p.currentTokenLocation(), "the file does not start with an array");
      }
      List<Pair> pairs = new ArrayList<>();
      for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw malformed(file, p.currentTokenLocation(), "element " + index + " is not an object");
        }
        JsonLocation at = p.currentTokenLocation();
        JsonNode record = p.readValueAsTree();
        JsonNode turns = turns(record);
        if (turns.isArray() && turns.size() >= 2) {
          pairs.add(new Pair(
              text(turns.get(0), file, at, index), text(turns.get(1), file, at, index)));
        }
      }
      return pairs;
    } catch (JsonProcessingException e) {
      throw malformed(file, e.getLocation(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset-path " + file, e);
    }
  }

  /** The turns of a record: its {@code conversations}, else its {@code conversation} (missing node for neither). */
  static JsonNode turns(JsonNode record) {
    return record.has("conversations") ? record.get("conversations") : record.path("conversation");
  }

  private static String text(JsonNode turn, Path file, JsonLocation at, int index) {
    JsonNode value = turn.path("value");
    if (!value.isTextual()) {
      throw malformed(
          file, at, "conversation " + index + " has a turn without text under \"value\"");
    }
    return value.textValue();
  }

  private static IllegalArgumentException malformed(Path file, JsonLocation at, String problem) {
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new IllegalArgumentException(
        "dataset-path " + file + where + ": " + problem + "; expected " + EXPECTED);
  }
}
