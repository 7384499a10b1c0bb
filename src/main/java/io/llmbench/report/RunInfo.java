package io.llmbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.backend.Backend;
import io.llmbench.backend.Backends;
import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.Compat;
import io.llmbench.config.Options;
import io.llmbench.run.ClientLoad;
import io.llmbench.dataset.Datasets;
import io.llmbench.metrics.Metrics;
import io.llmbench.schedule.ArrivalProfiles;
import java.util.Set;

/**
 * What the SGLang report needs besides the metrics, as a view of the run's options (nothing copied) and of what the
 * server said.
 *
 * @param options the run's validated options, as the run manifest holds them
 * @param traceTimestamps the arrivals replayed the dataset's timestamps: the rate is reported as "trace"
 * @param scenario the requests were a Gatling scenario's own, not a dataset's: the dataset is "scenario"
 * @param clientLoad the client's own CPU over the measured phase, or null
 * @param interrupted a signal cut the run short
 * @param serverInfo the {@code /server_info} JSON fetched after the run, null when not 200
 */
public record RunInfo(Options options, boolean traceTimestamps, boolean scenario, JsonNode serverInfo,
    ClientLoad clientLoad, boolean interrupted) {
  /** The dataset name of a scenario's own requests. */
  public static final String SCENARIO_DATASET = "scenario";

  private static final Set<String> VISION_DATASETS = Set.of("image", "mmmu");

  /** SGLang prints the vision-token total for these datasets only. */
  public static boolean isVisionDataset(String datasetName) {
    return VISION_DATASETS.contains(datasetName);
  }

  /** {@code --backend} name, printed and saved as is. */
  public String backend() {
    return options.get(RequestOptionSpecs.BACKEND);
  }

  /** What the backend does, as the run's mode names it. */
  public Backend backendFacts() {
    return Backends.forName(backend(), options.get(Compat.OPTION));
  }

  public String datasetName() {
    return scenario ? SCENARIO_DATASET : options.get(Datasets.DATASET_NAME);
  }

  /** {@code Double.POSITIVE_INFINITY} for a burst. */
  public double requestRate() {
    return options.get(ArrivalProfiles.REQUEST_RATE);
  }

  /** Null when there is no cap (unset or 0: "not set"). */
  public Integer maxConcurrency() {
    Integer cap = options.get(BenchConfig.MAX_CONCURRENCY);
    return cap == null || cap == 0 ? null : cap;
  }

  public String tag() {
    return options.get(ReportOptions.TAG);
  }

  public Integer sharegptOutputLen() {
    return options.get(Datasets.SHAREGPT_OUTPUT_LEN);
  }

  /** Saved for every dataset, as SGLang does. */
  public int randomInputLen() {
    return options.get(Datasets.RANDOM_INPUT_LEN);
  }

  public int randomOutputLen() {
    return options.get(Datasets.RANDOM_OUTPUT_LEN);
  }

  public double randomRangeRatio() {
    return options.get(Datasets.RANDOM_RANGE_RATIO);
  }

  /** {@code --output-details}: per-request arrays in the JSONL line. */
  public boolean outputDetails() {
    return options.get(ReportOptions.OUTPUT_DETAILS);
  }

  /** {@code --cache-report}: the "Cache Hit Details" section and the JSONL's cache keys. */
  public boolean cacheReport() {
    return options.get(ReportOptions.CACHE_REPORT);
  }

  /** Hides the generation lines. */
  public boolean embeddingBackend() {
    return backendFacts().isEmbedding();
  }

  /** Shows "Total input vision tokens". */
  public boolean visionDataset() {
    return isVisionDataset(datasetName());
  }

  /** SGLang's ITL family is the retokenized per-token one ({@link Metrics#usesRetokenizedItl}). */
  public boolean retokenizedItl() {
    return Metrics.usesRetokenizedItl(backendFacts().retokenizesItl(), acceptLength());
  }

  /**
   * {@code internal_states[0].avg_spec_accept_length} of the server info, or null: bench_serving reads it for sglang
   * backends only (§10.1).
   */
  public Double acceptLength() {
    if (!backendFacts().reportsAcceptLength() || serverInfo == null) {
      return null;
    }
    JsonNode info = serverInfo.has("decode") ? serverInfo.path("decode").path(0) : serverInfo;
    JsonNode states = info.path("internal_states");
    if (!states.isArray() || states.isEmpty() || !states.get(0).path("avg_spec_accept_length").isNumber()) {
      return null;
    }
    return states.get(0).get("avg_spec_accept_length").asDouble();
  }
}
