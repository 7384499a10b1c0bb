package io.llmbench.dataset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The dataset options of {@code sglang.bench_serving}, named after its flags.
 *
 * @param datasetName {@code --dataset-name}: {@code random}, {@code random-ids} or {@code sharegpt}
 * @param datasetPath {@code --dataset-path}, or null: {@code random} then uses the built-in
 *     corpus; {@code sharegpt} needs a file (nothing is downloaded)
 * @param numPrompts {@code --num-prompts}
 * @param randomInputLen {@code --random-input-len}
 * @param randomOutputLen {@code --random-output-len}
 * @param randomRangeRatio {@code --random-range-ratio}: lengths are drawn from
 *     [⌊len·ratio⌋, len]
 * @param seed {@code --seed}
 * @param tokenizePrompt {@code --tokenize-prompt}: send token ids instead of text
 * @param sharegptOutputLen {@code --sharegpt-output-len}, or null
 * @param sharegptContextLen {@code --sharegpt-context-len}, or null
 * @param promptSuffix {@code --prompt-suffix}, empty for none
 */
public record DatasetOptions(
    String datasetName,
    Path datasetPath,
    int numPrompts,
    int randomInputLen,
    int randomOutputLen,
    double randomRangeRatio,
    long seed,
    boolean tokenizePrompt,
    Integer sharegptOutputLen,
    Integer sharegptContextLen,
    String promptSuffix) {

  public DatasetOptions {
    Objects.requireNonNull(datasetName, "dataset-name");
    Objects.requireNonNull(promptSuffix, "prompt-suffix");
    if (numPrompts < 0) {
      throw new IllegalArgumentException("num-prompts must be >= 0, got " + numPrompts);
    }
    // Above 1 the reference's numpy.random.randint fails (low > high); NaN would slip through.
    if (!(randomRangeRatio >= 0 && randomRangeRatio <= 1)) {
      throw new IllegalArgumentException(
          "random-range-ratio must be in [0, 1], got " + randomRangeRatio);
    }
  }

  /** The reference's defaults for the given dataset (1000 prompts, 1024/1024 tokens, seed 42). */
  public static DatasetOptions defaults(String datasetName) {
    return new DatasetOptions(datasetName, null, 1000, 1024, 1024, 0.0, 42, false, null, null, "");
  }

  public DatasetOptions withDatasetPath(Path path) {
    return new DatasetOptions(datasetName, path, numPrompts, randomInputLen, randomOutputLen,
        randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen,
        promptSuffix);
  }

  public DatasetOptions withNumPrompts(int n) {
    return new DatasetOptions(datasetName, datasetPath, n, randomInputLen, randomOutputLen,
        randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen,
        promptSuffix);
  }

  public DatasetOptions withRandomLengths(int inputLen, int outputLen, double rangeRatio) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, inputLen, outputLen,
        rangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen, promptSuffix);
  }

  public DatasetOptions withSeed(long newSeed) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, newSeed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, promptSuffix);
  }

  public DatasetOptions withTokenizePrompt(boolean tokenize) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenize, sharegptOutputLen, sharegptContextLen,
        promptSuffix);
  }

  public DatasetOptions withSharegptLengths(Integer outputLen, Integer contextLen) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, outputLen, contextLen,
        promptSuffix);
  }

  public DatasetOptions withPromptSuffix(String suffix) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, suffix);
  }
}
