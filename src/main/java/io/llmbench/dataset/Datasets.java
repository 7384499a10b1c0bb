package io.llmbench.dataset;

import io.llmbench.config.Compat;
import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the requests of a workload before load starts: the datasets of {@code
 * sglang.bench_serving} ({@code random}, {@code random-ids}, {@code sharegpt}, {@code custom}, {@code openai},
 * {@code longbench_v2}, {@code image}, {@code mmmu}, {@code generated-shared-prefix}, {@code mooncake},
 * {@code agentic-trace}, {@code speed-bench}) and those only
 * {@code vllm bench serve} has ({@code sonnet}, {@code burstgpt}, {@code prefix-repetition}, which
 * vLLM spells {@code prefix_repetition}, {@code random-mm}).
 *
 * <p>Deterministic: the same options (seed included) give the same rows. The random draws come
 * from {@link java.util.SplittableRandom}, not from NumPy's and Python's generators, so the rows
 * are not those the references draw for the same seed; their distributions are.
 */
public final class Datasets {
  private static final SortedMap<String, DatasetGenerator> GENERATORS =
      Collections.unmodifiableSortedMap(new TreeMap<>(Map.ofEntries(
          Map.entry("random", new RandomDataset()),
          Map.entry("random-ids", new RandomIdsDataset()),
          Map.entry("sharegpt", new ShareGptDataset()),
          Map.entry("custom", new CustomDataset()),
          Map.entry("openai", new OpenAiDataset()),
          Map.entry("longbench_v2", new LongBenchV2Dataset()),
          Map.entry("sonnet", new SonnetDataset()),
          Map.entry("burstgpt", new BurstGptDataset()),
          Map.entry("prefix-repetition", new PrefixRepetitionDataset()),
          Map.entry("mooncake", new MooncakeDataset()),
          Map.entry("image", new ImageDataset()),
          Map.entry("random-mm", new RandomMmDataset()),
          Map.entry("mmmu", new MmmuDataset()),
          Map.entry("generated-shared-prefix", new SharedPrefixDataset()),
          Map.entry("agentic-trace", new AgenticTraceDataset()),
          Map.entry("speed-bench", new SpeedBenchDataset()))));

  /** The datasets whose definition vLLM mode changes: vLLM's own generator under the same name. */
  private static final Map<String, DatasetGenerator> VLLM_GENERATORS = Map.of("random", new VllmRandomDataset());

  public static final OptionSpec<String> DATASET_NAME = OptionSpec.string("dataset-name", "random",
      "the workload; a backend that cannot send what it needs is refused before load")
      .allowing(String.join(" | ", GENERATORS.keySet()));
  public static final OptionSpec<String> DATASET_PATH = OptionSpec.string("dataset-path", "",
      "the dataset's file; empty: the built-in corpus (random, sonnet) or a download (dataset-download)");
  public static final OptionSpec<Integer> NUM_PROMPTS = OptionSpec.integer("num-prompts", 1000, 1, Integer.MAX_VALUE,
      "requests in the measured phase (conversations for multi-turn datasets)");
  public static final OptionSpec<Integer> RANDOM_INPUT_LEN = OptionSpec.integer("random-input-len", 1024, 0,
      Integer.MAX_VALUE, "target input length (random, random-ids, image, random-mm)");
  public static final OptionSpec<Integer> RANDOM_OUTPUT_LEN = OptionSpec.integer("random-output-len", 1024, 0,
      Integer.MAX_VALUE, "target output length (random, random-ids, image, random-mm, mmmu)").vllmDefault(128);
  public static final OptionSpec<Double> RANDOM_RANGE_RATIO = OptionSpec.decimal("random-range-ratio", 0.0, 0.0, 1.0,
      "lengths uniform in [max(L*r, 1), L] (SGLang); random-mm and vllm mode's random: [L*(1-r), L*(1+r)] (vLLM)");
  public static final OptionSpec<Long> SEED = OptionSpec.longInteger("seed", 42,
      "seeds the dataset and the arrival schedule");
  /** Also a field of the JSONL line. */
  public static final OptionSpec<Integer> SHAREGPT_OUTPUT_LEN = OptionSpec.optionalInteger("sharegpt-output-len", 4,
      Integer.MAX_VALUE, "fixed output length (sharegpt, custom, openai, longbench_v2); null: the dataset's own");
  public static final OptionSpec<Boolean> TOKENIZE_PROMPT = OptionSpec.bool("tokenize-prompt", false,
      "send token ids (input_ids) to /generate; backend sglang only");
  public static final OptionSpec<Boolean> APPLY_CHAT_TEMPLATE = OptionSpec.bool("apply-chat-template", false,
      "wrap prompts in the tokenizer's chat template (sharegpt, custom text rows; sonnet sends the templated text)");

  private Datasets() {}

  /** The options of the datasets: those several share, then each dataset's own. */
  public static List<OptionGroup> optionGroups() {
    List<OptionSpec<?>> shared = new ArrayList<>(List.of(DATASET_NAME, DATASET_PATH, NUM_PROMPTS, RANDOM_INPUT_LEN,
        RANDOM_OUTPUT_LEN, RANDOM_RANGE_RATIO, SEED, SHAREGPT_OUTPUT_LEN, TOKENIZE_PROMPT, APPLY_CHAT_TEMPLATE));
    shared.addAll(ShareGptRows.OPTIONS);
    shared.addAll(Downloads.options());
    List<OptionGroup> groups = new ArrayList<>(List.of(new OptionGroup("datasets", shared)));
    GENERATORS.forEach((name, generator) -> {
      if (!generator.options().isEmpty()) {
        groups.add(new OptionGroup("dataset " + name, generator.options(), generator::check));
      }
    });
    return groups;
  }

  /**
   * The dataset options a run's values give; {@code conversations} says whether the backend replays conversations.
   * Resolves {@code dataset-path} (downloading bench_serving's file first when opted in).
   */
  public static DatasetOptions options(Options values, boolean conversations) {
    return DatasetOptions.from(values, Downloads.datasetPath(values), conversations);
  }

  /** The accepted values of {@code dataset-name}. */
  public static List<String> names() {
    return List.copyOf(GENERATORS.keySet());
  }

  /**
   * Checks what needs neither a tokenizer nor the dataset's contents, so mistakes fail before any
   * load.
   *
   * @throws IllegalArgumentException naming the offending option
   */
  public static void validate(DatasetOptions options) {
    generator(options);
  }

  /** What every row of the dataset needs of the backend, known before any option is checked or file read. */
  public static Set<BackendNeed> needs(DatasetOptions options) {
    return lookup(options).needs(options);
  }

  /**
   * The rows of the workload and their figures; fewer rows than {@code num-prompts} only when
   * the filters of {@code sharegpt}, {@code custom}, {@code openai} or {@code longbench_v2} leave fewer,
   * {@code prefix-repetition}'s prefixes do not divide {@code num-prompts}, a {@code mooncake} trace or an
   * {@code mmmu} file has fewer records (or {@code mmmu} examples have no image); {@code mooncake} gives
   * {@code mooncake-num-rounds} rows per record (one conversation per record with a chat backend);
   * {@code generated-shared-prefix} gives {@code gsp-num-groups × gsp-prompts-per-group} rows whatever
   * {@code num-prompts}.
   *
   * @throws IllegalArgumentException for invalid options, a tokenizer without the chat template a
   *     dataset needs, or an unreadable or malformed dataset file (naming the file and line)
   */
  public static Workload build(DatasetOptions options, Tokenizer tokenizer) {
    return generator(options).generate(options, tokenizer, Rngs.of(options.seed()));
  }

  /** The rows of {@link #build}. */
  public static List<DatasetRow> generate(DatasetOptions options, Tokenizer tokenizer) {
    return build(options, tokenizer).rows();
  }

  private static DatasetGenerator lookup(DatasetOptions options) {
    String datasetName = options.datasetName();
    DatasetGenerator generator = options.get(Compat.OPTION) == Compat.VLLM && VLLM_GENERATORS.containsKey(datasetName)
        ? VLLM_GENERATORS.get(datasetName) : GENERATORS.get(datasetName);
    if (generator == null) {
      throw new IllegalArgumentException("unknown dataset-name '" + datasetName
          + "'; allowed values: " + String.join(", ", GENERATORS.keySet()));
    }
    return generator;
  }

  private static DatasetGenerator generator(DatasetOptions options) {
    DatasetGenerator generator = lookup(options);
    Optional<String> file = generator.requiredFile();
    if (options.datasetPath() == null && file.isPresent()) {
      throw new IllegalArgumentException("dataset-name " + options.datasetName() + " needs dataset-path: " + file.get());
    }
    if (options.datasetPath() != null && !Files.isRegularFile(options.datasetPath())) {
      throw new IllegalArgumentException(
          "dataset-path not found or not a file: "
              + options.datasetPath().toAbsolutePath().normalize());
    }
    if (options.applyChatTemplate() && !generator.usesChatTemplate()) {
      throw new IllegalArgumentException("apply-chat-template is not used by dataset-name "
          + options.datasetName() + ", only by " + String.join(", ", GENERATORS.entrySet().stream()
              .filter(e -> e.getValue().usesChatTemplate()).map(Map.Entry::getKey).toList()));
    }
    Optional<String> textOnly = generator.textOnly();
    if (options.tokenizePrompt() && textOnly.isPresent()) {
      throw new IllegalArgumentException(
          "tokenize-prompt is not allowed with dataset-name " + options.datasetName() + textOnly.get());
    }
    generator.validate(options);
    return generator;
  }
}
