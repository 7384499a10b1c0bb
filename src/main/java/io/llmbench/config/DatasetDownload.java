package io.llmbench.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The opt-in download of the public files bench_serving fetches when {@code dataset-path} is empty
 * ({@code llmbench.dataset-download}).
 *
 * @param enabled nothing is ever downloaded unless true
 * @param cacheDir where downloaded files are kept and found again
 * @param sources the URL per source: {@code sharegpt}, and the Mooncake traces by {@code mooncake-workload}
 *     ({@code mooncake}, {@code conversation}, {@code synthetic}, {@code toolagent})
 */
public record DatasetDownload(boolean enabled, Path cacheDir, Map<String, String> sources) {
  public DatasetDownload {
    sources = Map.copyOf(sources);
  }
}
