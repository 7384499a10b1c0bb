package io.llmbench.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The local form of MMMU that dataset {@code mmmu} reads (docs/datasets-mmmu.md): JSON Lines, one example per line,
 * {@code {"question": "<text>", "image": "<path>"}}, the path relative to the file's folder (or absolute) naming a
 * PNG or JPEG file. Other keys are ignored; blank lines are skipped; an example whose {@code image} is null or absent
 * is kept and later skipped, as SGLang skips MMMU examples without {@code image_1}.
 */
final class MmmuFile {
  static final String EXPECTED = "JSON Lines of {\"question\": \"...\", \"image\": \"images/1.png\"}"
      + " (see docs/datasets-mmmu.md)";

  /**
   * One example.
   *
   * @param file the file it was read from, for messages
   * @param line its line in the file, for messages
   * @param question the question text
   * @param image the image file, or null when the example has none
   */
  record Example(Path file, int line, String question, Path image) {
    /**
     * The image as a PNG {@code data:} URL, without alpha, as SGLang re-encodes MMMU's images.
     *
     * @throws IllegalArgumentException naming the file and line when the image is missing or not PNG or JPEG
     */
    String pngDataUrl() {
      BufferedImage decoded;
      try {
        decoded = ImageIO.read(image.toFile());
      } catch (IOException e) {
        throw JsonLines.malformed(file, line, "cannot read image " + image + " (" + e.getMessage() + ")", EXPECTED);
      }
      if (decoded == null) {
        throw JsonLines.malformed(file, line, "image " + image + " is not a PNG or JPEG file", EXPECTED);
      }
      return ImageEncoding.dataUrl(ImageEncoding.withoutAlpha(decoded), "png");
    }
  }

  private MmmuFile() {}

  /**
   * Every example, in file order; images are only checked to exist (they are read by {@link Example#pngDataUrl}).
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not such an example
   */
  static List<Example> read(Path file) {
    List<Example> examples = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(file, EXPECTED, Integer.MAX_VALUE)) {
      examples.add(parse(file, line.number(), line.value()));
    }
    return examples;
  }

  private static Example parse(Path file, int n, JsonNode node) {
    if (!node.isObject()) {
      throw JsonLines.malformed(file, n, JsonLines.describe(node) + " is not a JSON object", EXPECTED);
    }
    JsonNode question = node.get("question");
    if (question == null || !question.isTextual()) {
      throw JsonLines.malformed(file, n, "'question' is " + JsonLines.describe(question) + ", not a string", EXPECTED);
    }
    JsonNode image = node.get("image");
    if (image == null || image.isNull()) {
      return new Example(file, n, question.asText(), null);
    }
    if (!image.isTextual() || image.asText().isBlank()) {
      throw JsonLines.malformed(file, n, "'image' is " + JsonLines.describe(image) + ", not a path", EXPECTED);
    }
    Path path = file.toAbsolutePath().getParent().resolve(image.asText());
    if (!Files.isRegularFile(path)) {
      throw JsonLines.malformed(file, n, "image " + path + " not found", EXPECTED);
    }
    return new Example(file, n, question.asText(), path);
  }
}
