package io.llmbench.tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Read-only lookup of {@code tokenizer.json} in the local Hugging Face hub cache. */
final class HubCache {
  private HubCache() {}

  /** The hub cache folder, resolved as {@code huggingface_hub} does. */
  static Path root() {
    String hubCache = System.getenv("HF_HUB_CACHE");
    if (hubCache != null && !hubCache.isBlank()) {
      return Path.of(hubCache);
    }
    String hfHome = System.getenv("HF_HOME");
    if (hfHome != null && !hfHome.isBlank()) {
      return Path.of(hfHome, "hub");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank()
        ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("huggingface").resolve("hub");
  }

  /**
   * {@code <root>/models--<org>--<name>/snapshots/<rev>/tokenizer.json}: the revision {@code
   * refs/main} points to if it has the file, else the first revision (by name) that has it.
   */
  static Optional<Path> find(Path root, String repoId) {
    Path repo = root.resolve("models--" + repoId.replace("/", "--"));
    Path snapshots = repo.resolve("snapshots");
    if (!Files.isDirectory(snapshots)) {
      return Optional.empty();
    }
    Optional<Path> main = readRef(repo.resolve("refs").resolve("main"))
        .map(rev -> snapshots.resolve(rev).resolve("tokenizer.json"))
        .filter(Files::isRegularFile);
    if (main.isPresent()) {
      return main;
    }
    try (Stream<Path> revisions = Files.list(snapshots)) {
      return revisions.sorted()
          .map(rev -> rev.resolve("tokenizer.json"))
          .filter(Files::isRegularFile)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + snapshots, e);
    }
  }

  private static Optional<String> readRef(Path ref) {
    try {
      return Files.isRegularFile(ref)
          ? Optional.of(Files.readString(ref).strip()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ref, e);
    }
  }
}
