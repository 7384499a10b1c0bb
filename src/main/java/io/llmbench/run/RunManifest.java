package io.llmbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What a run folder needs besides its request log to be post-processed again later ({@code run.json}).
 * Holds no secrets: no headers, no API keys.
 *
 * @param requestRate "inf", "trace" (replayed timestamps) or the rate as a decimal string
 * @param imageCount {@code image-count}, for the {@code image} dataset's default JSONL file name
 * @param imageResolution {@code image-resolution}, for the same
 * @param cacheReport {@code --cache-report}: report the prefix-cache hits the requests recorded
 * @param originNanos t=0 of the measured phase (System.nanoTime() clock of the run's JVM)
 * @param endNanos when the last measured request ended
 * @param serverInfo {@code GET /server_info} after the run, or null
 */
public record RunManifest(
    String runName,
    String backend,
    String baseUrl,
    String model,
    String tokenizer,
    String datasetName,
    int numPrompts,
    String requestRate,
    Integer maxConcurrency,
    String tag,
    Integer sharegptOutputLen,
    int randomInputLen,
    int randomOutputLen,
    double randomRangeRatio,
    int imageCount,
    String imageResolution,
    boolean outputDetails,
    boolean cacheReport,
    String outputFile,
    long originNanos,
    long endNanos,
    JsonNode serverInfo) {
  public static final String FILE_NAME = "run.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public double requestRateValue() {
    return switch (requestRate) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "trace" -> Double.NaN;
      default -> Double.parseDouble(requestRate);
    };
  }

  public boolean traceTimestamps() {
    return requestRate.equals("trace");
  }

  public void write(Path file) {
    try {
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static RunManifest read(Path file) {
    try {
      return JSON.readValue(file.toFile(), RunManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the run manifest " + file, e);
    }
  }
}
