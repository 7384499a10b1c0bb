package io.llmbench.dataset;

import io.llmbench.config.DatasetDownload;
import io.llmbench.report.Console;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dataset file bench_serving would download for an empty {@code dataset-path}: fetched only when the user opted
 * in ({@code dataset-download.enabled}), once, into the cache folder, and found there by later runs.
 */
public final class Downloads {
  static final OptionSpec<Boolean> ENABLED = OptionSpec.bool("dataset-download.enabled", false,
      "with an empty dataset-path, fetch bench_serving's public file once; never without it");
  static final OptionSpec<String> CACHE_DIR = OptionSpec.string("dataset-download.cache-dir", "",
      "where downloads are kept; empty: ~/.cache/llmbench/datasets");
  /** The public files by source key: {@code sharegpt}, and the Mooncake traces by {@code mooncake-workload}. */
  private static final Map<String, String> SOURCES = sources();
  private static final List<OptionSpec<String>> URLS = SOURCES.entrySet().stream()
      .map(e -> OptionSpec.string("dataset-download." + e.getKey(), e.getValue(), "URL of the " + e.getKey() + " file"))
      .toList();
  static final OptionSpec<String> MOONCAKE_WORKLOAD = OptionSpec.oneOf("mooncake-workload", "conversation",
      List.of("mooncake", "conversation", "synthetic", "toolagent"), "which Mooncake trace dataset-download fetches");

  private Downloads() {}

  static List<OptionSpec<?>> options() {
    List<OptionSpec<?>> options = new ArrayList<>(List.of(ENABLED, CACHE_DIR, MOONCAKE_WORKLOAD));
    options.addAll(URLS);
    return options;
  }

  /** The download settings the options give. */
  static DatasetDownload settings(Options values) {
    String dir = values.get(CACHE_DIR).trim();
    Map<String, String> sources = new LinkedHashMap<>();
    URLS.forEach(url -> sources.put(url.key().substring("dataset-download.".length()), values.get(url)));
    return new DatasetDownload(values.get(ENABLED),
        dir.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache", "llmbench", "datasets") : Path.of(dir),
        sources);
  }

  /**
   * The given path; else, when the user opted in, bench_serving's public file for the dataset, cached (downloaded
   * first); else null.
   */
  static Path datasetPath(Options values) {
    String path = values.get(Datasets.DATASET_PATH);
    if (!path.isEmpty()) {
      return Path.of(path);
    }
    DatasetDownload download = settings(values);
    if (!download.enabled()) {
      return null;
    }
    return sourceKey(values.get(Datasets.DATASET_NAME), values.get(MOONCAKE_WORKLOAD))
        .map(key -> cached(download, key)).orElse(null);
  }

  private static Map<String, String> sources() {
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("sharegpt", "https://huggingface.co/datasets/anon8231489123/ShareGPT_Vicuna_unfiltered/resolve/main/"
        + "ShareGPT_V3_unfiltered_cleaned_split.json");
    String mooncake = "https://raw.githubusercontent.com/kvcache-ai/Mooncake/main/FAST25-release/";
    urls.put("mooncake", mooncake + "arxiv-trace/mooncake_trace.jsonl");
    for (String trace : List.of("conversation", "synthetic", "toolagent")) {
      urls.put(trace, mooncake + "traces/" + trace + "_trace.jsonl");
    }
    return urls;
  }

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
