package io.llmbench.tokenizer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a {@code tokenizer.json}, found from a tokenizer spec (see {@link Tokenizer#load}).
 *
 * @param origin where the bytes came from, for messages
 * @param json the uncompressed {@code tokenizer.json}
 * @param folder the folder holding the file, where {@code tokenizer_config.json} is looked for;
 *     null for a built-in tokenizer
 */
record TokenizerSource(String origin, byte[] json, Path folder) {
  private static final String BUILTIN_PREFIX = "builtin:";
  private static final Map<String, String> BUILTINS =
      Map.of("gpt2", "/tokenizers/gpt2/tokenizer.json.gz");
  private static final Pattern HUB_ID = Pattern.compile("[\\w.-]{1,96}(/[\\w.-]{1,96})?");

  static TokenizerSource resolve(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(
          "tokenizer is empty: pass builtin:gpt2, a tokenizer.json path, a folder or a hub id");
    }
    if (spec.startsWith(BUILTIN_PREFIX)) {
      return builtin(spec);
    }
    Path path = Path.of(spec);
    if (Files.isRegularFile(path)) {
      return fromFile(path);
    }
    if (Files.isDirectory(path)) {
      return inFolder(path).map(TokenizerSource::fromFile).orElseThrow(() ->
          new IllegalArgumentException("tokenizer folder '" + spec
              + "' has no tokenizer.json (or tokenizer.json.gz)"));
    }
    if (!HUB_ID.matcher(spec).matches() || spec.endsWith(".json") || spec.endsWith(".gz")) {
      throw new IllegalArgumentException(
          "tokenizer file not found: " + path.toAbsolutePath().normalize());
    }
    Path hubCache = HubCache.root();
    return HubCache.find(hubCache, spec).map(TokenizerSource::fromFile).orElseThrow(() ->
        new IllegalArgumentException("tokenizer '" + spec + "' is neither a local file or folder"
            + " nor a Hugging Face hub id in the local cache (" + hubCache + "); models are never"
            + " downloaded. Pass a path to tokenizer.json or to a folder containing it, or fetch"
            + " the file first, e.g. huggingface-cli download " + spec
            + " tokenizer.json tokenizer_config.json"));
  }

  private static TokenizerSource builtin(String spec) {
    String resource = BUILTINS.get(spec.substring(BUILTIN_PREFIX.length()));
    if (resource == null) {
      throw new IllegalArgumentException("unknown built-in tokenizer '" + spec + "'; available: "
          + BUILTIN_PREFIX + String.join(", " + BUILTIN_PREFIX, BUILTINS.keySet()));
    }
    try (InputStream in = TokenizerSource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("class path resource missing: " + resource);
      }
      return new TokenizerSource("class path " + resource, readMaybeGzipped(in), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource " + resource, e);
    }
  }

  private static Optional<Path> inFolder(Path folder) {
    return Optional.of(folder.resolve("tokenizer.json"))
        .filter(Files::isRegularFile)
        .or(() -> Optional.of(folder.resolve("tokenizer.json.gz")).filter(Files::isRegularFile));
  }

  private static TokenizerSource fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new TokenizerSource(
          file.toString(), readMaybeGzipped(in), file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer file " + file, e);
    }
  }

  /** Gzip is detected by its magic bytes, so a file's name does not matter. */
  private static byte[] readMaybeGzipped(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    if (!gzip) {
      return bytes;
    }
    try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return unzipped.readAllBytes();
    }
  }
}
