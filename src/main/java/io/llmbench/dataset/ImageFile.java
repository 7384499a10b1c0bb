package io.llmbench.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * An image file sent as a {@code data:} URL, as the reference's {@code custom} dataset sends it: the file's bytes in
 * base64, the MIME type guessed from the extension ({@code mimetypes.guess_type}, case-insensitive), {@code
 * image/jpeg} when unknown. Unlike the reference, the file is not opened as an image (no PIL here), and an extension
 * naming a non-image type (which the reference would label so and then fail to open) is sent as {@code image/jpeg}.
 */
final class ImageFile {
  private static final String DEFAULT_MIME = "image/jpeg";
  // Python's mimetypes table for the image extensions.
  private static final Map<String, String> MIME_BY_EXTENSION = Map.ofEntries(
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("jpe", "image/jpeg"),
      Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
      Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
      Map.entry("avif", "image/avif"), Map.entry("ico", "image/vnd.microsoft.icon"),
      Map.entry("svg", "image/svg+xml"));

  private ImageFile() {}

  /**
   * {@code data:<mime>;base64,<bytes>}.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  static String dataUrl(Path file) {
    try {
      return "data:" + mime(file) + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read image " + file, e);
    }
  }

  static String mime(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return MIME_BY_EXTENSION.getOrDefault(extension, DEFAULT_MIME);
  }
}
