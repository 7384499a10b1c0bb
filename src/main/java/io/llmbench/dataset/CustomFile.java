package io.llmbench.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of the {@code custom} dataset's ShareGPT-like JSON Lines (reference §5.4): one object per line, turns under
 * {@code conversations} (or {@code conversation}), each turn's text under {@code content} (or {@code value}), an
 * optional {@code image} path. Lines that are not JSON are skipped, as the reference skips them; records with fewer
 * than two turns are left out. Where the reference would crash on a record (a line that is not an object, turns that
 * are not a list of objects, text that is not a string), this fails naming the line.
 */
final class CustomFile {
  static final String EXPECTED = "JSON Lines of {\"conversations\": [{\"role\": \"user\", \"content\": ...},"
      + " {\"role\": \"assistant\", \"content\": ...}], \"image\": <optional path>}";

  /**
   * The first two turns of a record.
   *
   * @param prompt the first turn's text ({@code ""} when it has neither key, as the reference's default)
   * @param completion the second turn's text
   * @param image the record's image path as written (relative to the file's folder unless absolute), or null for
   *     none or an empty one
   */
  record Entry(String prompt, String completion, String image) {}

  /**
   * The records with two turns or more, in file order.
   *
   * @param skipped lines that were not JSON
   */
  record Content(List<Entry> entries, int skipped) {
    Content {
      entries = List.copyOf(entries);
    }
  }

  private CustomFile() {}

  static Content load(Path file) {
    JsonLines.Content lines = JsonLines.readSkippingInvalid(file, EXPECTED, Integer.MAX_VALUE);
    List<Entry> entries = new ArrayList<>();
    for (JsonLines.Line line : lines.lines()) {
      JsonNode record = line.value();
      if (!record.isObject()) {
        throw JsonLines.malformed(file, line.number(), "not a JSON object", EXPECTED);
      }
      JsonNode turns = ShareGptFile.turns(record);
      if (turns.isMissingNode()) {
        continue;
      }
      if (!turns.isArray()) {
        throw JsonLines.malformed(file, line.number(), "the turns are " + JsonLines.describe(turns)
            + ", not a list", EXPECTED);
      }
      if (turns.size() >= 2) {
        entries.add(new Entry(text(turns.get(0), file, line.number()), text(turns.get(1), file, line.number()),
            image(record.get("image"), file, line.number())));
      }
    }
    return new Content(entries, lines.skipped());
  }

  private static String text(JsonNode turn, Path file, int line) {
    if (!turn.isObject()) {
      throw JsonLines.malformed(file, line, "a turn is " + JsonLines.describe(turn) + ", not an object", EXPECTED);
    }
    JsonNode text = turn.has("content") ? turn.get("content") : turn.get("value");
    if (text == null) {
      return "";
    }
    if (!text.isTextual()) {
      throw JsonLines.malformed(file, line, "a turn's text is " + JsonLines.describe(text) + ", not a string",
          EXPECTED);
    }
    return text.textValue();
  }

  /** The reference's {@code if image_path:}: missing, null and empty mean no image. */
  private static String image(JsonNode image, Path file, int line) {
    if (image == null || image.isNull()) {
      return null;
    }
    if (!image.isTextual()) {
      throw JsonLines.malformed(file, line, "'image' is " + JsonLines.describe(image) + ", not a path", EXPECTED);
    }
    return image.textValue().isEmpty() ? null : image.textValue();
  }
}
