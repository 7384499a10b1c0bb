package io.llmbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * What the SGLang report needs besides the metrics: the run's arguments and what the server said.
 *
 * @param backend {@code --backend} name, printed and saved as is
 * @param datasetName {@code --dataset-name}
 * @param requestRate {@code --request-rate}, {@code Double.POSITIVE_INFINITY} for a burst
 * @param traceTimestamps {@code --use-trace-timestamps}: the rate is reported as "trace"
 * @param maxConcurrency {@code --max-concurrency}, null when unset (null or 0 print "not set")
 * @param tag {@code --tag} or null
 * @param sharegptOutputLen {@code --sharegpt-output-len} or null
 * @param randomInputLen {@code --random-input-len} (saved for every dataset)
 * @param randomOutputLen {@code --random-output-len}
 * @param randomRangeRatio {@code --random-range-ratio}
 * @param serverInfo the {@code /server_info} JSON fetched after the run, null when not 200
 * @param acceptLength {@code internal_states[0].avg_spec_accept_length} or null
 * @param embeddingBackend hides the generation lines (SGLang's {@code _EMBEDDING_BACKENDS})
 * @param visionDataset shows "Total input vision tokens" (see {@link #isVisionDataset})
 * @param outputDetails {@code --output-details}: per-request arrays in the JSONL line
 * @param cacheReport {@code --cache-report}: the "Cache Hit Details" section and the JSONL's cache keys
 */
public record RunInfo(
    String backend,
    String datasetName,
    double requestRate,
    boolean traceTimestamps,
    Integer maxConcurrency,
    String tag,
    Integer sharegptOutputLen,
    int randomInputLen,
    int randomOutputLen,
    double randomRangeRatio,
    JsonNode serverInfo,
    Double acceptLength,
    boolean embeddingBackend,
    boolean visionDataset,
    boolean outputDetails,
    boolean cacheReport) {

  private static final Set<String> VISION_DATASETS = Set.of("image", "mmmu");

  /** SGLang prints the vision-token total for these datasets only. */
  public static boolean isVisionDataset(String datasetName) {
    return VISION_DATASETS.contains(datasetName);
  }
}
