package io.llmbench.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.llmbench.metrics.Samples;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run to compare with: a run folder (its request log, read as the post-processor reads it), an SGLang JSONL file
 * whose last line was written with output details (bench_serving's {@code --output-details}, or ours), or a vLLM
 * result JSON saved with {@code --save-detailed}: current {@code vllm bench serve}'s, or an older {@code
 * benchmark_serving.py}'s (no {@code endpoint_type}, {@code failed}, {@code latencies} or {@code start_times}; its
 * misspelt {@code request_goodput:} key is not read). Both JSON shapes are one line, appended results one per line.
 */
public final class Baseline {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private Baseline() {}

  public static Samples read(Path path) {
    if (Files.isDirectory(path)) {
      return PostProcessor.samples(new RunFolder(path));
    }
    try {
      List<String> lines = Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("llmbench: the baseline " + path + " is empty");
      }
      return fromSglangLine(JSON.readTree(lines.get(lines.size() - 1)), path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the baseline " + path, e);
    }
  }

  /**
   * The per-request arrays of one SGLang line or vLLM result: {@code ttfts}, {@code itls}, {@code output_lens},
   * {@code errors} (a request with an error failed). E2E is the request's {@code latencies} entry where the file has
   * them (current vLLM); an SGLang line and an older vLLM result have none, so there it is TTFT plus the request's gaps
   * (its last token; the stream's end, which the E2E waits for, comes a moment later). TPOT follows from E2E as both
   * define it.
   */
  static Samples fromSglangLine(JsonNode line, Path path) {
    if (!line.path("ttfts").isArray() || !line.path("itls").isArray()) {
      throw new IllegalArgumentException("llmbench: the baseline " + path + " has no per-request arrays (ttfts, itls):"
          + " write it with output-details (SGLang, llmbench) or save-detailed (vLLM)");
    }
    JsonNode latencies = line.path("latencies");
    boolean measuredEnds = latencies.isArray() && latencies.size() == line.get("ttfts").size();
    List<double[]> ttft = new ArrayList<>();
    List<double[]> itl = new ArrayList<>();
    List<double[]> tpot = new ArrayList<>();
    List<double[]> e2e = new ArrayList<>();
    List<double[]> tokens = new ArrayList<>();
    int failed = 0;
    for (int i = 0; i < line.get("ttfts").size(); i++) {
      if (!line.path("errors").path(i).asText("").isEmpty()) {
        failed++;
        continue;
      }
      double first = line.get("ttfts").get(i).asDouble();
      double[] gaps = new double[line.get("itls").get(i).size()];
      for (int g = 0; g < gaps.length; g++) {
        gaps[g] = line.get("itls").get(i).get(g).asDouble();
      }
      double latency = measuredEnds ? latencies.get(i).asDouble() : first + io.llmbench.metrics.Stats.sum(gaps);
      int outputLen = line.path("output_lens").path(i).asInt();
      ttft.add(new double[] {first});
      itl.add(gaps);
      tpot.add(outputLen > 1 ? new double[] {(latency - first) / (outputLen - 1)} : new double[0]);
      e2e.add(new double[] {latency});
      tokens.add(new double[] {outputLen});
    }
    return new Samples(line.get("duration").asDouble(), failed, rows(ttft), rows(itl), rows(tpot), rows(e2e),
        rows(tokens));
  }

  private static double[][] rows(List<double[]> rows) {
    return rows.toArray(double[][]::new);
  }
}
