package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;

/**
 * Bounded benchmark (not a unit test): time to prepare {@code random} prompts before load starts.
 * Command and figures: docs/benchmarks.md. Args: tokenizer spec (default builtin:gpt2), prompts, input length.
 */
public final class DatasetSpeedBenchmark {
  private DatasetSpeedBenchmark() {}

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    String spec = args.length > 0 ? args[0] : "builtin:gpt2";
    int prompts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int inputLen = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
    DatasetOptions options = DatasetOptions.defaults("random").withNumPrompts(prompts).withRandomLengths(inputLen, 128, 1.0);
    try (Tokenizer tokenizer = Tokenizer.load(spec)) {
      for (int run = 1; run <= 3; run++) {
        long start = System.nanoTime();
        List<DatasetRow> rows = Datasets.generate(options, tokenizer);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("run %d: %d random prompts x %d tokens with %s in %d ms (%d input tokens)%n",
            run, rows.size(), inputLen, tokenizer.name(), millis, DatasetStats.of(rows).inputTokens());
      }
    }
  }
}
