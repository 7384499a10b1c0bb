package io.llmbench.dataset;

import io.llmbench.config.ConfigLoader;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The dataset options, named after the flags of {@code sglang.bench_serving} and, for the datasets
 * only vLLM has, of {@code vllm bench serve}: those several datasets share as fields, each dataset's own in
 * {@code values}, read there with the declarations next to its code ({@code o.get(SonnetDataset.INPUT_LEN)}).
 *
 * @param datasetName {@code --dataset-name}: one of {@link Datasets#names()}
 * @param datasetPath {@code --dataset-path}, or null: {@code random} and {@code sonnet} then use
 *     the built-in sonnets; {@code sharegpt}, {@code custom}, {@code openai}, {@code longbench_v2},
 *     {@code mooncake} and {@code burstgpt} need a file (nothing is downloaded)
 * @param numPrompts {@code --num-prompts}
 * @param randomInputLen {@code --random-input-len}
 * @param randomOutputLen {@code --random-output-len}
 * @param randomRangeRatio {@code --random-range-ratio}: SGLang's rule, lengths are drawn from
 *     [max(⌊len·ratio⌋, 1), len] (not vLLM's [len·(1−ratio), len·(1+ratio)], which only {@code random-mm}
 *     keeps)
 * @param seed {@code --seed}
 * @param tokenizePrompt {@code --tokenize-prompt}: send token ids instead of text
 * @param sharegptOutputLen {@code --sharegpt-output-len}, or null: the fixed output length of
 *     {@code sharegpt}, {@code custom}, {@code openai} and {@code longbench_v2}
 * @param sharegptContextLen {@code --sharegpt-context-len}, or null: drops longer rows of {@code
 *     sharegpt}, {@code custom} and {@code longbench_v2}
 * @param promptSuffix {@code --prompt-suffix}, empty for none
 * @param applyChatTemplate {@code --apply-chat-template}: {@code sharegpt} and {@code custom} (text
 *     rows) wrap each prompt in the tokenizer's chat template (SGLang); {@code sonnet} sends the templated prompt, as vLLM does
 *     for its completions backends, instead of the raw one it sends to chat backends
 * @param values the run's validated options, where each dataset reads its own
 * @param conversations the backend replays conversations (a chat backend): multi-round rows stay one
 *     conversation each, sent turn by turn with the server's real replies in the history; otherwise
 *     {@code mooncake} flattens its rounds into separate requests with placeholder replies, as the reference
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
    Options values,
    boolean conversations) {

  public DatasetOptions {
    Objects.requireNonNull(datasetName, "dataset-name");
    Objects.requireNonNull(promptSuffix, "prompt-suffix");
    Objects.requireNonNull(values, "values");
    if (numPrompts < 0) {
      throw new IllegalArgumentException("num-prompts must be >= 0, got " + numPrompts);
    }
    // Above 1 the reference's numpy.random.randint fails (low > high); NaN would slip through.
    if (!(randomRangeRatio >= 0 && randomRangeRatio <= 1)) {
      throw new IllegalArgumentException(
          "random-range-ratio must be in [0, 1], got " + randomRangeRatio);
    }
  }

  /** The dataset options of a run's validated values. */
  static DatasetOptions from(Options v, Path datasetPath, boolean conversations) {
    return new DatasetOptions(v.get(Datasets.DATASET_NAME), datasetPath, v.get(Datasets.NUM_PROMPTS),
        v.get(Datasets.RANDOM_INPUT_LEN), v.get(Datasets.RANDOM_OUTPUT_LEN), v.get(Datasets.RANDOM_RANGE_RATIO),
        v.get(Datasets.SEED), v.get(Datasets.TOKENIZE_PROMPT), v.get(Datasets.SHAREGPT_OUTPUT_LEN),
        v.get(ShareGptRows.CONTEXT_LEN), v.get(ShareGptRows.PROMPT_SUFFIX), v.get(Datasets.APPLY_CHAT_TEMPLATE), v,
        conversations);
  }

  /** The reference's defaults for the given dataset (1000 prompts, 1024/1024 tokens, seed 42). */
  public static DatasetOptions defaults(String datasetName) {
    return from(ConfigLoader.of(Map.of("dataset-name", datasetName)).options(), null, false);
  }

  /** A dataset's own option. */
  public <T> T get(OptionSpec<T> spec) {
    return values.get(spec);
  }

  /** A copy with one of a dataset's own options changed, checked as when read from the configuration. */
  public <T> DatasetOptions with(OptionSpec<T> spec, T value) {
    return with(java.util.Collections.singletonMap(spec.key(), value));
  }

  /** A copy with dataset options changed by key, together (options checked against each other, such as zipf's). */
  public DatasetOptions with(Map<String, ?> changes) {
    Options changed = values.with(changes);
    return with(b -> b.values = changed);
  }

  public DatasetOptions withDatasetPath(Path path) {
    return with(b -> b.datasetPath = path);
  }

  public DatasetOptions withNumPrompts(int n) {
    return with(b -> b.numPrompts = n);
  }

  public DatasetOptions withRandomLengths(int inputLen, int outputLen, double rangeRatio) {
    return with(b -> {
      b.randomInputLen = inputLen;
      b.randomOutputLen = outputLen;
      b.randomRangeRatio = rangeRatio;
    });
  }

  public DatasetOptions withSeed(long newSeed) {
    return with(b -> b.seed = newSeed);
  }

  public DatasetOptions withTokenizePrompt(boolean tokenize) {
    return with(b -> b.tokenizePrompt = tokenize);
  }

  public DatasetOptions withSharegptLengths(Integer outputLen, Integer contextLen) {
    return with(b -> {
      b.sharegptOutputLen = outputLen;
      b.sharegptContextLen = contextLen;
    });
  }

  public DatasetOptions withPromptSuffix(String suffix) {
    return with(b -> b.promptSuffix = suffix);
  }

  public DatasetOptions withApplyChatTemplate(boolean apply) {
    return with(b -> b.applyChatTemplate = apply);
  }

  public DatasetOptions withConversations(boolean chatBackend) {
    return with(b -> b.conversations = chatBackend);
  }

  /** A copy with {@code change} applied (validated again by the canonical constructor). */
  private DatasetOptions with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The components of a copy being changed: the with-methods' one place that lists them all. */
  private static final class Copy {
    String datasetName;
    Path datasetPath;
    int numPrompts;
    int randomInputLen;
    int randomOutputLen;
    double randomRangeRatio;
    long seed;
    boolean tokenizePrompt;
    Integer sharegptOutputLen;
    Integer sharegptContextLen;
    String promptSuffix;
    boolean applyChatTemplate;
    Options values;
    boolean conversations;

    Copy(DatasetOptions o) {
      datasetName = o.datasetName;
      datasetPath = o.datasetPath;
      numPrompts = o.numPrompts;
      randomInputLen = o.randomInputLen;
      randomOutputLen = o.randomOutputLen;
      randomRangeRatio = o.randomRangeRatio;
      seed = o.seed;
      tokenizePrompt = o.tokenizePrompt;
      sharegptOutputLen = o.sharegptOutputLen;
      sharegptContextLen = o.sharegptContextLen;
      promptSuffix = o.promptSuffix;
      applyChatTemplate = o.applyChatTemplate;
      values = o.values;
      conversations = o.conversations;
    }

    DatasetOptions build() {
      return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen, randomOutputLen,
          randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen, promptSuffix,
          applyChatTemplate, values, conversations);
    }
  }
}
