package io.llmbench.dataset;

import io.llmbench.config.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The dataset options, named after the flags of {@code sglang.bench_serving} and, for the datasets
 * only vLLM has, of {@code vllm bench serve}.
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
 * @param sonnet vLLM's {@code --sonnet-*} flags
 * @param prefixRepetition vLLM's {@code --prefix-repetition-*} flags
 * @param mooncake SGLang's {@code --mooncake-*} flags used by dataset {@code mooncake}
 * @param sharedPrefix SGLang's {@code --gsp-*} flags used by dataset {@code generated-shared-prefix}
 * @param images SGLang's {@code --image-*} flags used by dataset {@code image}
 * @param randomMm vLLM's {@code --random-mm-*} and {@code --random-prefix-len} flags used by dataset {@code random-mm}
 * @param agentic SGLang's {@code --dataset-offset} and {@code --agentic-max-turns} (dataset {@code agentic-trace})
 * @param speedBench SGLang's {@code --speed-bench-*} flags (dataset {@code speed-bench})
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
    Sonnet sonnet,
    PrefixRepetition prefixRepetition,
    Mooncake mooncake,
    SharedPrefix sharedPrefix,
    Images images,
    RandomMm randomMm,
    Agentic agentic,
    SpeedBench speedBench,
    boolean conversations) {

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
   * SGLang's {@code generated-shared-prefix} flags (spec §5.5).
   *
   * @param numGroups {@code --gsp-num-groups} (64): distinct system prompts
   * @param promptsPerGroup {@code --gsp-prompts-per-group} (16): requests = groups × this
   *     ({@code num-prompts} is not used)
   * @param systemPromptLen {@code --gsp-system-prompt-len} (2048)
   * @param questionLen {@code --gsp-question-len} (128), of every turn
   * @param outputLen {@code --gsp-output-len} (256)
   * @param rangeRatio {@code --gsp-range-ratio} (1.0): the length sampler's ratio for all three
   * @param fastPrepare {@code --gsp-fast-prepare}: skip tokenizing, every prompt length is 1
   * @param sendRoutingKey {@code --gsp-send-routing-key}: an {@code X-SMG-Routing-Key} per group
   * @param numTurns {@code --gsp-num-turns} (1): more makes each row a conversation
   * @param ordered {@code --gsp-ordered}: keep the rows in group order instead of shuffling
   * @param groupDistribution {@code --gsp-group-distribution}: {@code uniform} or {@code zipf}
   * @param zipfAlpha {@code --gsp-zipf-alpha}: required (finite, > 0) with {@code zipf}, else null
   */
  public record SharedPrefix(int numGroups, int promptsPerGroup, int systemPromptLen,
      int questionLen, int outputLen, double rangeRatio, boolean fastPrepare,
      boolean sendRoutingKey, int numTurns, boolean ordered, String groupDistribution,
      Double zipfAlpha) {
    public static final SharedPrefix DEFAULTS =
        new SharedPrefix(64, 16, 2048, 128, 256, 1.0, false, false, 1, false, "uniform", null);

    public SharedPrefix {
      positive("gsp-num-groups", numGroups);
      positive("gsp-prompts-per-group", promptsPerGroup);
      nonNegative("gsp-system-prompt-len", systemPromptLen);
      nonNegative("gsp-question-len", questionLen);
      nonNegative("gsp-output-len", outputLen);
      positive("gsp-num-turns", numTurns);
      if (!(rangeRatio >= 0 && rangeRatio <= 1)) {
        throw new IllegalArgumentException("gsp-range-ratio must be in [0, 1], got " + rangeRatio);
      }
      switch (Objects.requireNonNull(groupDistribution, "gsp-group-distribution")) {
        case "uniform" -> {
          if (zipfAlpha != null) {
            throw new IllegalArgumentException(
                "gsp-zipf-alpha is only used with gsp-group-distribution = zipf, got " + zipfAlpha);
          }
        }
        case "zipf" -> {
          if (zipfAlpha == null || !(zipfAlpha > 0) || zipfAlpha.isInfinite()) {
            throw new IllegalArgumentException(
                "gsp-group-distribution = zipf needs gsp-zipf-alpha, a finite number > 0, got " + zipfAlpha);
          }
        }
        default -> throw new IllegalArgumentException(
            "gsp-group-distribution must be uniform or zipf, got " + groupDistribution);
      }
    }
  }

  /**
   * SGLang's {@code image} dataset flags (spec §5.6).
   *
   * @param count {@code --image-count} (1): images per request, or the upper bound with
   *     {@code randomCount}
   * @param resolution {@code --image-resolution} (1080p): 4k, 1080p, 720p, 360p, {@code HxW}
   *     (height first) or {@code random:<min_h>x<min_w>-<max_h>x<max_w>}
   * @param randomCount {@code --random-image-count}: each request's count uniform in [1, count]
   * @param format {@code --image-format}: jpeg or png
   * @param content {@code --image-content}: random (noise) or blank (white)
   */
  public record Images(int count, String resolution, boolean randomCount, String format,
      String content) {
    public static final Images DEFAULTS = new Images(1, "1080p", false, "jpeg", "random");

    public Images {
      positive("image-count", count);
      ImageResolution.parse(Objects.requireNonNull(resolution, "image-resolution"));
      if (!format.equals("jpeg") && !format.equals("png")) {
        throw new IllegalArgumentException("image-format must be jpeg or png, got " + format);
      }
      if (!content.equals("random") && !content.equals("blank")) {
        throw new IllegalArgumentException("image-content must be random or blank, got " + content);
      }
    }
  }

  /**
   * vLLM's {@code random-mm} dataset flags, defaults as vLLM's.
   *
   * @param baseItemsPerRequest {@code --random-mm-base-items-per-request} (1)
   * @param numMmItemsRangeRatio {@code --random-mm-num-mm-items-range-ratio} (0.0): each request's item count is
   *     uniform in [⌊n·(1−r)⌋, ⌈n·(1+r)⌉], the top clamped to the limits' sum
   * @param limitMmPerPrompt {@code --random-mm-limit-mm-per-prompt} ({image=255, video=1}): cap per modality
   * @param bucketConfig {@code --random-mm-bucket-config}: see {@link MmBuckets}
   * @param prefixLen {@code --random-prefix-len} (0): random tokens shared by every prompt, before its own
   */
  public record RandomMm(int baseItemsPerRequest, double numMmItemsRangeRatio, Map<String, Integer> limitMmPerPrompt,
      String bucketConfig, int prefixLen) {
    /** The modalities {@code limitMmPerPrompt} may name. */
    public static final List<String> MODALITIES = List.of("image", "video");
    public static final RandomMm DEFAULTS = new RandomMm(1, 0.0, Map.of("image", 255, "video", 1),
        "{(256, 256, 1): 0.5, (720, 1280, 1): 0.5, (720, 1280, 16): 0.0}", 0);

    public RandomMm {
      nonNegative("random-mm-base-items-per-request", baseItemsPerRequest);
      if (!(numMmItemsRangeRatio >= 0 && numMmItemsRangeRatio <= 1)) {
        throw new IllegalArgumentException(
            "random-mm-num-mm-items-range-ratio must be in [0, 1], got " + numMmItemsRangeRatio);
      }
      limitMmPerPrompt = Map.copyOf(limitMmPerPrompt);
      limitMmPerPrompt.forEach((modality, limit) -> {
        if (!MODALITIES.contains(modality) || limit < 0) {
          throw new IllegalArgumentException("random-mm-limit-mm-per-prompt must map image and/or video to integers"
              + " >= 0, got " + modality + "=" + limit);
        }
      });
      MmBuckets.parse(Objects.requireNonNull(bucketConfig, "random-mm-bucket-config"));
      nonNegative("random-prefix-len", prefixLen);
    }
  }

  /**
   * SGLang's {@code agentic-trace} flags.
   *
   * @param datasetOffset {@code --dataset-offset} (0): conversations skipped first (the list is rotated)
   * @param maxTurns {@code --agentic-max-turns}: turns kept per conversation, null for all
   */
  public record Agentic(int datasetOffset, Integer maxTurns) {
    public static final Agentic DEFAULTS = new Agentic(0, null);

    public Agentic {
      nonNegative("dataset-offset", datasetOffset);
      if (maxTurns != null) {
        positive("agentic-max-turns", maxTurns);
      }
    }
  }

  /**
   * SGLang's {@code speed-bench} flags.
   *
   * @param category {@code --speed-bench-category}: low_entropy, mixed or high_entropy; null for all
   * @param outputLen {@code --speed-bench-output-len} (512)
   */
  public record SpeedBench(String category, int outputLen) {
    public static final SpeedBench DEFAULTS = new SpeedBench(null, 512);
    public static final List<String> CATEGORIES = List.of("low_entropy", "mixed", "high_entropy");

    public SpeedBench {
      if (category != null && !CATEGORIES.contains(category)) {
        throw new IllegalArgumentException("speed-bench-category must be one of " + String.join(", ", CATEGORIES)
            + ", got " + category);
      }
      positive("speed-bench-output-len", outputLen);
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
    Objects.requireNonNull(sharedPrefix, "shared-prefix");
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(randomMm, "random-mm");
    Objects.requireNonNull(agentic, "agentic");
    Objects.requireNonNull(speedBench, "speed-bench");
    if (numPrompts < 0) {
      throw new IllegalArgumentException("num-prompts must be >= 0, got " + numPrompts);
    }
    // Above 1 the reference's numpy.random.randint fails (low > high); NaN would slip through.
    if (!(randomRangeRatio >= 0 && randomRangeRatio <= 1)) {
      throw new IllegalArgumentException(
          "random-range-ratio must be in [0, 1], got " + randomRangeRatio);
    }
  }

  /** The dataset options of a run's validated values, each read with the declaration of the dataset that owns it. */
  static DatasetOptions from(Options v, Path datasetPath, boolean conversations) {
    return new DatasetOptions(v.get(Datasets.DATASET_NAME), datasetPath, v.get(Datasets.NUM_PROMPTS),
        v.get(Datasets.RANDOM_INPUT_LEN), v.get(Datasets.RANDOM_OUTPUT_LEN), v.get(Datasets.RANDOM_RANGE_RATIO),
        v.get(Datasets.SEED), v.get(Datasets.TOKENIZE_PROMPT), v.get(Datasets.SHAREGPT_OUTPUT_LEN),
        v.get(ShareGptRows.CONTEXT_LEN), v.get(ShareGptRows.PROMPT_SUFFIX), v.get(Datasets.APPLY_CHAT_TEMPLATE),
        new Sonnet(v.get(SonnetDataset.INPUT_LEN), v.get(SonnetDataset.OUTPUT_LEN), v.get(SonnetDataset.PREFIX_LEN)),
        new PrefixRepetition(v.get(PrefixRepetitionDataset.PREFIX_LEN), v.get(PrefixRepetitionDataset.SUFFIX_LEN),
            v.get(PrefixRepetitionDataset.NUM_PREFIXES), v.get(PrefixRepetitionDataset.OUTPUT_LEN)),
        new Mooncake(v.get(MooncakeDataset.NUM_ROUNDS)),
        new SharedPrefix(v.get(SharedPrefixDataset.NUM_GROUPS), v.get(SharedPrefixDataset.PROMPTS_PER_GROUP),
            v.get(SharedPrefixDataset.SYSTEM_PROMPT_LEN), v.get(SharedPrefixDataset.QUESTION_LEN),
            v.get(SharedPrefixDataset.OUTPUT_LEN), v.get(SharedPrefixDataset.RANGE_RATIO),
            v.get(SharedPrefixDataset.FAST_PREPARE), v.get(SharedPrefixDataset.SEND_ROUTING_KEY),
            v.get(SharedPrefixDataset.NUM_TURNS), v.get(SharedPrefixDataset.ORDERED),
            v.get(SharedPrefixDataset.GROUP_DISTRIBUTION), v.get(SharedPrefixDataset.ZIPF_ALPHA)),
        new Images(v.get(ImageDataset.COUNT), v.get(ImageDataset.RESOLUTION), v.get(ImageDataset.RANDOM_COUNT),
            v.get(ImageDataset.FORMAT), v.get(ImageDataset.CONTENT)),
        new RandomMm(v.get(RandomMmDataset.BASE_ITEMS), v.get(RandomMmDataset.ITEMS_RANGE_RATIO),
            v.get(RandomMmDataset.LIMIT_MM_PER_PROMPT), v.get(RandomMmDataset.BUCKET_CONFIG),
            v.get(RandomMmDataset.PREFIX_LEN)),
        new Agentic(v.get(AgenticTraceDataset.OFFSET), v.get(AgenticTraceDataset.MAX_TURNS)),
        new SpeedBench(v.get(SpeedBenchDataset.CATEGORY), v.get(SpeedBenchDataset.OUTPUT_LEN)),
        conversations);
  }

  /** The reference's defaults for the given dataset (1000 prompts, 1024/1024 tokens, seed 42). */
  public static DatasetOptions defaults(String datasetName) {
    return new DatasetOptions(datasetName, null, 1000, 1024, 1024, 0.0, 42, false, null, null, "", false,
        Sonnet.DEFAULTS, PrefixRepetition.DEFAULTS, Mooncake.DEFAULTS, SharedPrefix.DEFAULTS, Images.DEFAULTS,
        RandomMm.DEFAULTS, Agentic.DEFAULTS, SpeedBench.DEFAULTS, false);
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

  public DatasetOptions withSonnet(Sonnet options) {
    return with(b -> b.sonnet = options);
  }

  public DatasetOptions withPrefixRepetition(PrefixRepetition options) {
    return with(b -> b.prefixRepetition = options);
  }

  public DatasetOptions withMooncake(Mooncake options) {
    return with(b -> b.mooncake = options);
  }

  public DatasetOptions withSharedPrefix(SharedPrefix options) {
    return with(b -> b.sharedPrefix = options);
  }

  public DatasetOptions withImages(Images options) {
    return with(b -> b.images = options);
  }

  public DatasetOptions withRandomMm(RandomMm options) {
    return with(b -> b.randomMm = options);
  }

  public DatasetOptions withAgentic(Agentic options) {
    return with(b -> b.agentic = options);
  }

  public DatasetOptions withSpeedBench(SpeedBench options) {
    return with(b -> b.speedBench = options);
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
    Sonnet sonnet;
    PrefixRepetition prefixRepetition;
    Mooncake mooncake;
    SharedPrefix sharedPrefix;
    Images images;
    RandomMm randomMm;
    Agentic agentic;
    SpeedBench speedBench;
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
      sonnet = o.sonnet;
      prefixRepetition = o.prefixRepetition;
      mooncake = o.mooncake;
      sharedPrefix = o.sharedPrefix;
      images = o.images;
      randomMm = o.randomMm;
      agentic = o.agentic;
      speedBench = o.speedBench;
      conversations = o.conversations;
    }

    DatasetOptions build() {
      return new DatasetOptions(datasetName, datasetPath, numPrompts, randomInputLen, randomOutputLen,
          randomRangeRatio, seed, tokenizePrompt, sharegptOutputLen, sharegptContextLen, promptSuffix,
          applyChatTemplate, sonnet, prefixRepetition, mooncake, sharedPrefix, images, randomMm, agentic, speedBench,
          conversations);
    }
  }

  private static void nonNegative(String flag, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(flag + " must be >= 0, got " + value);
    }
  }

  private static void positive(String flag, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(flag + " must be >= 1, got " + value);
    }
  }
}
