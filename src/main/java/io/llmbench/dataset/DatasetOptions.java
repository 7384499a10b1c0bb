package io.llmbench.dataset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The dataset options, named after the flags of {@code sglang.bench_serving} and, for the datasets
 * only vLLM has, of {@code vllm bench serve}.
 *
 * @param datasetName {@code --dataset-name}: one of {@link Datasets#names()}
 * @param datasetPath {@code --dataset-path}, or null: {@code random} and {@code sonnet} then use
 *     the built-in sonnets; {@code sharegpt} and {@code burstgpt} need a file (nothing is
 *     downloaded)
 * @param numPrompts {@code --num-prompts}
 * @param randomInputLen {@code --random-input-len}
 * @param randomOutputLen {@code --random-output-len}
 * @param randomRangeRatio {@code --random-range-ratio}: SGLang's rule, lengths are drawn from
 *     [max(⌊len·ratio⌋, 1), len] (not vLLM's [len·(1−ratio), len·(1+ratio)])
 * @param seed {@code --seed}
 * @param tokenizePrompt {@code --tokenize-prompt}: send token ids instead of text
 * @param sharegptOutputLen {@code --sharegpt-output-len}, or null
 * @param sharegptContextLen {@code --sharegpt-context-len}, or null
 * @param promptSuffix {@code --prompt-suffix}, empty for none
 * @param applyChatTemplate {@code --apply-chat-template}: {@code sharegpt} wraps each prompt in the
 *     tokenizer's chat template (SGLang); {@code sonnet} sends the templated prompt, as vLLM does
 *     for its completions backends, instead of the raw one it sends to chat backends
 * @param sonnet vLLM's {@code --sonnet-*} flags
 * @param prefixRepetition vLLM's {@code --prefix-repetition-*} flags
 * @param mooncake SGLang's {@code --mooncake-*} flags used by dataset {@code mooncake}
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
    String promptSuffix,
    boolean applyChatTemplate,
    Sonnet sonnet,
    PrefixRepetition prefixRepetition,
    Mooncake mooncake) {

  /**
   * SGLang's {@code mooncake} dataset flags (only those that apply without a download).
   *
   * @param numRounds {@code --mooncake-num-rounds} (1): user turns sent per trace record, each
   *     with the previous turns (and placeholder replies) as history
   */
  public record Mooncake(int numRounds) {
    public static final Mooncake DEFAULTS = new Mooncake(1);

    public Mooncake {
      if (numRounds < 1) {
        throw new IllegalArgumentException("mooncake-num-rounds must be >= 1, got " + numRounds);
      }
    }
  }

  /**
   * vLLM's {@code sonnet} dataset flags.
   *
   * @param inputLen {@code --sonnet-input-len} (550): upper bound of each templated prompt
   * @param outputLen {@code --sonnet-output-len} (150)
   * @param prefixLen {@code --sonnet-prefix-len} (200): tokens of the shared leading lines
   */
  public record Sonnet(int inputLen, int outputLen, int prefixLen) {
    public static final Sonnet DEFAULTS = new Sonnet(550, 150, 200);

    public Sonnet {
      nonNegative("sonnet-input-len", inputLen);
      nonNegative("sonnet-output-len", outputLen);
      nonNegative("sonnet-prefix-len", prefixLen);
    }
  }

  /**
   * vLLM's {@code prefix_repetition} dataset flags.
   *
   * @param prefixLen {@code --prefix-repetition-prefix-len} (256)
   * @param suffixLen {@code --prefix-repetition-suffix-len} (256)
   * @param numPrefixes {@code --prefix-repetition-num-prefixes} (10)
   * @param outputLen {@code --prefix-repetition-output-len} (128)
   */
  public record PrefixRepetition(int prefixLen, int suffixLen, int numPrefixes, int outputLen) {
    public static final PrefixRepetition DEFAULTS = new PrefixRepetition(256, 256, 10, 128);

    public PrefixRepetition {
      nonNegative("prefix-repetition-prefix-len", prefixLen);
      nonNegative("prefix-repetition-suffix-len", suffixLen);
      nonNegative("prefix-repetition-output-len", outputLen);
      if (numPrefixes < 1) {
        throw new IllegalArgumentException(
            "prefix-repetition-num-prefixes must be >= 1, got " + numPrefixes);
      }
    }
  }

  public DatasetOptions {
    Objects.requireNonNull(datasetName, "dataset-name");
    Objects.requireNonNull(promptSuffix, "prompt-suffix");
    Objects.requireNonNull(sonnet, "sonnet");
    Objects.requireNonNull(prefixRepetition, "prefix-repetition");
    Objects.requireNonNull(mooncake, "mooncake");
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
    return new DatasetOptions(datasetName, null, 1000, 1024, 1024, 0.0, 42, false, null, null, "", false,
        Sonnet.DEFAULTS, PrefixRepetition.DEFAULTS, Mooncake.DEFAULTS);
  }

  public DatasetOptions withDatasetPath(Path path) {
    return new DatasetOptions(datasetName, path, numPrompts, randomInputLen, randomOutputLen,
        randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen,
        promptSuffix, applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withNumPrompts(int n) {
    return new DatasetOptions(datasetName, datasetPath, n, randomInputLen, randomOutputLen,
        randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen,
        promptSuffix, applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withRandomLengths(int inputLen, int outputLen, double rangeRatio) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, inputLen, outputLen,
        rangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen, promptSuffix,
        applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withSeed(long newSeed) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, newSeed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, promptSuffix, applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withTokenizePrompt(boolean tokenize) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenize, sharegptOutputLen, sharegptContextLen,
        promptSuffix, applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withSharegptLengths(Integer outputLen, Integer contextLen) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, outputLen, contextLen,
        promptSuffix, applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withPromptSuffix(String suffix) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, suffix, applyChatTemplate, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withApplyChatTemplate(boolean apply) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, promptSuffix, apply, sonnet, prefixRepetition, mooncake);
  }

  public DatasetOptions withSonnet(Sonnet options) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, promptSuffix, applyChatTemplate, options, prefixRepetition, mooncake);
  }

  public DatasetOptions withPrefixRepetition(PrefixRepetition options) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, promptSuffix, applyChatTemplate, sonnet, options, mooncake);
  }

  public DatasetOptions withMooncake(Mooncake options) {
    return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen,
        randomOutputLen, randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen,
        sharegptContextLen, promptSuffix, applyChatTemplate, sonnet, prefixRepetition, options);
  }

  private static void nonNegative(String flag, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(flag + " must be >= 0, got " + value);
    }
  }
}
