package io.llmbench.dataset;

import io.llmbench.config.DatasetDownload;
import io.llmbench.report.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The dataset file bench_serving would download for an empty {@code dataset-path}: fetched only when the user opted
 * in ({@code dataset-download.enabled}), once, into the cache folder, and found there by later runs.
 */
public final class Downloads {
  private Downloads() {}

  /**
   * The source key of a dataset without a path: {@code sharegpt}, or the Mooncake workload for {@code mooncake}.
   * Empty for datasets that have no public default file.
   */
  public static Optional<String> sourceKey(String datasetName, String mooncakeWorkload) {
    return switch (datasetName) {
      case "sharegpt" -> Optional.of("sharegpt");
      case "mooncake" -> Optional.of(mooncakeWorkload);
      default -> Optional.empty();
    };
  }

  /**
   * The cached copy of source {@code key}, downloaded first when it is not cached yet.
   *
   * @throws IllegalArgumentException when the source is unknown or the download fails, naming the URL
   */
  public static Path cached(DatasetDownload settings, String key) {
    String url = settings.sources().get(key);
    if (url == null) {
      throw new IllegalArgumentException("dataset-download." + key + ": no URL configured; known sources: "
          + new java.util.TreeSet<>(settings.sources().keySet()));
    }
    String name = url.substring(url.lastIndexOf('/') + 1);
    Path file = settings.cacheDir().resolve(key + "-" + name);
    if (Files.isRegularFile(file)) {
      return file;
    }
    Console.line("llmbench: downloading " + url + " to " + file + " (dataset-download.enabled = true)");
    try {
      Files.createDirectories(settings.cacheDir());
      // a partial download never looks like a cached file
      Path partial = Files.createTempFile(settings.cacheDir(), name, ".part");
      try {
        fetch(URI.create(url), partial);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private static void fetch(URI uri, Path to) throws IOException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new IllegalArgumentException("dataset download from " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("dataset download from " + uri + " interrupted", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IllegalArgumentException("dataset download from " + uri + " failed: HTTP " + response.statusCode());
      }
      Files.copy(body, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
