package io.llmbench.dataset;

import io.llmbench.config.ConfigError;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import io.llmbench.python.PythonFormat;
import io.llmbench.tokenizer.Tokenizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code generated-shared-prefix} (SGLang's GSP, spec §5.5): {@code gsp-num-groups} random system prompts, each the
 * shared prefix of the requests of its group. {@code num-prompts} is not used: there are {@code gsp-num-groups ×
 * gsp-prompts-per-group} rows, one per slot (group g, prompt p).
 *
 * <ul>
 *   <li>Lengths, from the length sampler with {@code gsp-range-ratio}, in this order: one system-prompt length per
 *       group, one question length per (group, prompt, turn), one output length per (group, prompt).
 *   <li>Texts: SGLang's {@code gen_prompt} ({@link VocabText}), each system prompt built once per group.
 *   <li>Groups: {@code uniform} gives slot k to group ⌊k / gsp-prompts-per-group⌋; {@code zipf} draws each slot's
 *       group from p(rank) ∝ rank^−alpha, rank = group + 1 (group 0 hottest), with its own stream of the seed
 *       ({@link Rngs#isolated}), so the texts are the same in both modes. A slot's question and output length stay
 *       those of its own (group, prompt) position; only the system prompt (and routing key) follow the drawn group.
 *   <li>Row: {@code "<system prompt>\n\n<question 0>"}; with {@code gsp-num-turns} > 1 the later questions are the
 *       row's next turns, replayed as a conversation with the server's replies (chat backends only). {@code
 *       prompt_len} is the length of the first turn's text encoded with special tokens (counted with {@link
 *       PrefixCounts}, so a group's system prompt is not encoded again for each of its rows), or 1 with {@code
 *       gsp-fast-prepare}, which tokenizes nothing; {@code output_len} is the slot's, for every turn.
 *   <li>Routing key ({@code gsp-send-routing-key}): {@code "<8 hex chars>_<yyyyMMddHHmmss>_<group>"}, one random
 *       prefix per build, as the reference: the only part of the rows the seed does not fix.
 *   <li>Rows shuffled unless {@code gsp-ordered}.
 * </ul>
 *
 * <p>Deliberate differences from the reference:
 *
 * <ul>
 *   <li>The reference sends the decoded random ids, which the server re-encodes to another count. Here each system
 *       prompt and question is fitted with {@link ExactText} to re-encode to its sampled length (cheap: a few
 *       decodes and encodes per text); the join {@code "\n\n"} may still merge with its neighbours, which {@code
 *       prompt_len} counts. With {@code gsp-fast-prepare} the texts are the reference's, unfitted.
 *   <li>No on-disk cache ({@code ~/.cache/sglang/benchmark/gen_shared_prefix_*.pkl}): building takes seconds, and
 *       the reference's cache hit changes its NumPy stream (so its arrival gaps), which ours never share anyway.
 * </ul>
 */
final class SharedPrefixDataset implements DatasetGenerator {
  static final OptionSpec<Integer> NUM_GROUPS = OptionSpec.integer("gsp-num-groups", 64, 1, Integer.MAX_VALUE,
      "distinct system prompts");
  static final OptionSpec<Integer> PROMPTS_PER_GROUP = OptionSpec.integer("gsp-prompts-per-group", 16, 1,
      Integer.MAX_VALUE, "requests per group (num-prompts is not used)");
  static final OptionSpec<Integer> SYSTEM_PROMPT_LEN = OptionSpec.integer("gsp-system-prompt-len", 2048, 0,
      Integer.MAX_VALUE, "tokens of each group's system prompt");
  static final OptionSpec<Integer> QUESTION_LEN = OptionSpec.integer("gsp-question-len", 128, 0, Integer.MAX_VALUE,
      "tokens of each question");
  static final OptionSpec<Integer> OUTPUT_LEN = OptionSpec.integer("gsp-output-len", 256, 0, Integer.MAX_VALUE,
      "output tokens per request");
  static final OptionSpec<Double> RANGE_RATIO = OptionSpec.decimal("gsp-range-ratio", 1.0, 0.0, 1.0,
      "the length sampler's ratio for the three lengths (1.0 = exact)");
  static final OptionSpec<Boolean> FAST_PREPARE = OptionSpec.bool("gsp-fast-prepare", false,
      "skip tokenizing: every prompt length is recorded as 1");
  static final OptionSpec<Boolean> SEND_ROUTING_KEY = OptionSpec.bool("gsp-send-routing-key", false,
      "send X-SMG-Routing-Key, one value per group");
  static final OptionSpec<Integer> NUM_TURNS = OptionSpec.integer("gsp-num-turns", 1, 1, Integer.MAX_VALUE,
      "> 1: each row is a conversation of this many questions (chat backends)");
  static final OptionSpec<Boolean> ORDERED = OptionSpec.bool("gsp-ordered", false,
      "keep rows in group order instead of shuffling them");
  static final OptionSpec<String> GROUP_DISTRIBUTION = OptionSpec.oneOf("gsp-group-distribution", "uniform",
      List.of("uniform", "zipf"), "how requests spread over groups (zipf: group k's share is (k+1)^-alpha)");
  static final OptionSpec<Double> ZIPF_ALPHA = OptionSpec.optionalPositive("gsp-zipf-alpha",
      "alpha of gsp-group-distribution = zipf; null otherwise");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(NUM_GROUPS, PROMPTS_PER_GROUP, SYSTEM_PROMPT_LEN, QUESTION_LEN, OUTPUT_LEN, RANGE_RATIO, FAST_PREPARE, SEND_ROUTING_KEY, NUM_TURNS, ORDERED, GROUP_DISTRIBUTION, ZIPF_ALPHA);
  }

  @Override
  public void check(Options values) {
    String distribution = values.get(GROUP_DISTRIBUTION);
    Double alpha = values.get(ZIPF_ALPHA);
    if (distribution.equals("zipf") && (alpha == null || alpha.isInfinite())) {
      throw new ConfigError(ZIPF_ALPHA.key(), alpha, "gsp-group-distribution = zipf needs a finite number > 0");
    }
    if (distribution.equals("uniform") && alpha != null) {
      throw new ConfigError(ZIPF_ALPHA.key(), alpha, "only used with gsp-group-distribution = zipf; leave it null");
    }
  }

  private static final DateTimeFormatter ROUTING_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** Turns make conversations. */
  @Override
  public Set<BackendNeed> needs(DatasetOptions o) {
    return o.get(NUM_TURNS) > 1 ? Set.of(BackendNeed.CHAT) : Set.of();
  }

  @Override
  public Optional<String> textOnly() {
    return Optional.of(" (its prompts are text, as in bench_serving)");
  }

  @Override
  public void validate(DatasetOptions o) {
    if ((double) o.get(NUM_GROUPS) * o.get(PROMPTS_PER_GROUP) * o.get(NUM_TURNS) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("gsp-num-groups x gsp-prompts-per-group x gsp-num-turns must be at most "
          + Integer.MAX_VALUE + " questions");
    }
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    int groups = o.get(NUM_GROUPS);
    int perGroup = o.get(PROMPTS_PER_GROUP);
    int slots = groups * perGroup;
    int turns = o.get(NUM_TURNS);
    double ratio = o.get(RANGE_RATIO);
    boolean fastPrepare = o.get(FAST_PREPARE);
    SplittableRandom sampling = rngs.sampling();
    int[] systemLens = LengthSampler.sample(o.get(SYSTEM_PROMPT_LEN), ratio, groups, sampling);
    int[] questionLens = LengthSampler.sample(o.get(QUESTION_LEN), ratio, slots * turns, sampling);
    int[] outputLens = LengthSampler.sample(o.get(OUTPUT_LEN), ratio, slots, sampling);
    VocabText vocab = VocabText.all(tokenizer);
    int specials = tokenizer.numSpecialTokensToAdd();
    BiFunction<Integer, RandomGenerator, Text> text = fastPrepare
        ? (length, rng) -> new Text(vocab.decoded(length, rng), 0)
        : (length, rng) -> Text.of(vocab.fitted(length, rng), specials);
    List<Text> systemPrompts = texts(systemLens, text, sampling);
    List<Text> questions = texts(questionLens, text, sampling);
    int[] groupOf = o.get(GROUP_DISTRIBUTION).equals("zipf")
        ? zipfGroups(groups, slots, o.get(ZIPF_ALPHA), Rngs.isolated(o.seed()))
        : IntStream.range(0, slots).map(slot -> slot / perGroup).toArray();
    // each group's prompts start with its system prompt: counted from a cut near its end, not from the start
    List<PrefixCounts> counts = fastPrepare ? null : systemPrompts.parallelStream()
        .map(system -> PrefixCounts.of(system.text() + "\n\n", tokenizer)).toList();
    String routingPrefix = o.get(SEND_ROUTING_KEY)
        ? UUID.randomUUID().toString().substring(0, 8) + "_" + LocalDateTime.now().format(ROUTING_TIME) + "_"
        : null;
    List<DatasetRow> rows = IntStream.range(0, slots).parallel().mapToObj(slot -> {
      int group = groupOf[slot];
      List<String> slotQuestions =
          questions.subList(slot * turns, (slot + 1) * turns).stream().map(Text::text).toList();
      String first = systemPrompts.get(group).text() + "\n\n" + slotQuestions.get(0);
      int promptLen = fastPrepare ? 1 : counts.get(group).count(first);
      DatasetRow row = DatasetRow.ofText(first, promptLen, outputLens[slot])
          .withNextTurns(slotQuestions.subList(1, turns));
      return routingPrefix == null ? row : row.withRoutingKey(routingPrefix + group);
    }).toList();
    if (!o.get(ORDERED)) {
      rows = rngs.shuffled(rows);
    }
    Workload workload = Workload.of(rows);
    return new Workload(rows, workload.stats().withDetails(statistics(o, workload, systemPrompts, questions)));
  }

  /**
   * A generated text and its {@code len(tokenizer.encode(text))}, special tokens included (0 when not tokenized).
   */
  private record Text(String text, int tokens) {
    static Text of(ExactText.Fitted fitted, int specials) {
      return new Text(fitted.text(), fitted.ids().length + specials);
    }
  }

  /** One text per length, each from its own stream split off in order, so they can be built on every core. */
  private static List<Text> texts(int[] lengths, BiFunction<Integer, RandomGenerator, Text> text,
      SplittableRandom rng) {
    List<SplittableRandom> streams = Stream.generate(rng::split).limit(lengths.length).toList();
    return IntStream.range(0, lengths.length).parallel()
        .mapToObj(i -> text.apply(lengths[i], streams.get(i))).toList();
  }

  /** Each slot's group, drawn by inverse CDF as numpy's {@code Generator.choice(n, p=...)}. */
  static int[] zipfGroups(int groups, int slots, double alpha, RandomGenerator rng) {
    double[] cumulative = new double[groups];
    double total = 0;
    for (int g = 0; g < groups; g++) {
      total += Math.pow(g + 1, -alpha);
      cumulative[g] = total;
    }
    int[] groupOf = new int[slots];
    for (int slot = 0; slot < slots; slot++) {
      int found = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
      // the first group whose cumulative weight exceeds the draw
      groupOf[slot] = Math.min(found >= 0 ? found + 1 : -found - 1, groups - 1);
    }
    return groupOf;
  }

  /** The reference's "Generated shared prefix dataset statistics" lines. */
  private static List<String> statistics(DatasetOptions o, Workload workload, List<Text> systemPrompts,
      List<Text> questions) {
    List<String> lines = new ArrayList<>(List.of(
        "Generated shared prefix dataset statistics:",
        "Number of groups: " + o.get(NUM_GROUPS),
        "Prompts per group: " + o.get(PROMPTS_PER_GROUP),
        "Number of turns: " + o.get(NUM_TURNS),
        "Group distribution: " + o.get(GROUP_DISTRIBUTION)));
    if (o.get(ZIPF_ALPHA) != null) {
      lines.add("Zipf alpha: " + PythonFormat.repr(o.get(ZIPF_ALPHA)));
    }
    lines.add("Total prompts: " + workload.rows().size());
    if (!o.get(FAST_PREPARE)) {
      lines.add("Total input tokens: " + workload.stats().inputTokens());
      lines.add("Total output tokens: " + workload.stats().outputTokens());
      lines.add("Average system prompt length: " + averageTokens(systemPrompts) + " tokens");
      lines.add("Average question length: " + averageTokens(questions) + " tokens");
    }
    return lines;
  }

  /** Mean of {@code len(tokenizer.encode(text))}, as Python's {@code :.1f}. */
  private static String averageTokens(List<Text> texts) {
    return PythonFormat.format(texts.stream().mapToInt(Text::tokens).average().orElseThrow(), 1);
  }
}
