package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.dataset.ImageResolution.Size;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * vLLM's {@code random-mm} dataset ({@code RandomMultiModalDataset}): vLLM's {@code random} text prompts with random
 * noise images attached, sent as {@code image_url} parts of a chat message (JPEG {@code data:} URLs).
 *
 * <ul>
 *   <li>Lengths follow vLLM's symmetric rule, not SGLang's (which {@code random} keeps): input uniform in
 *       [⌊L·(1−r)⌋, ⌈L·(1+r)⌉] with L = {@code random-input-len} minus the tokenizer's special tokens, output likewise
 *       from {@code random-output-len}, at least 1; {@code random-range-ratio} must be below 1.
 *   <li>Each prompt is a random prefix of {@code random-prefix-len} tokens shared by all prompts, then the vocabulary
 *       (special tokens excluded) read in order from a random offset, fitted with {@link ExactText} to its length.
 *   <li>Items per request are uniform in [⌊n·(1−r)⌋, ⌈n·(1+r)⌉] (n = {@code random-mm-base-items-per-request}, r =
 *       {@code random-mm-num-mm-items-range-ratio}), the top clamped to the {@code random-mm-limit-mm-per-prompt}
 *       limits; each item's size is a {@code random-mm-bucket-config} bucket drawn by its probability.
 * </ul>
 *
 * <p>Deliberate differences: only images are made, so a video bucket (num_frames above 1) that can be drawn is
 * refused before load; JPEG goes through {@link ImageEncoding} (quality 0.85, PIL's default is 75), sizes in pixels
 * are vLLM's; {@code prompt_len} counts the text tokens, as vLLM's does (no processor is run, see {@link
 * MultimodalDataset}); the chat backends put the image parts before the text part (SGLang's order), vLLM after.
 */
final class RandomMmDataset implements MultimodalDataset {
  /** The modalities {@code random-mm-limit-mm-per-prompt} may name. */
  private static final List<String> MODALITIES = List.of("image", "video");
  static final OptionSpec<Integer> BASE_ITEMS = OptionSpec.integer("random-mm-base-items-per-request", 1, 0,
      Integer.MAX_VALUE, "images per request, n");
  static final OptionSpec<Double> ITEMS_RANGE_RATIO = OptionSpec.decimal("random-mm-num-mm-items-range-ratio", 0.0,
      0.0, 1.0, "images per request uniform in [floor(n*(1-r)), ceil(n*(1+r))], at most the image limit");
  static final OptionSpec<Map<String, Integer>> LIMIT_MM_PER_PROMPT = OptionSpec.jsonObject(
      "random-mm-limit-mm-per-prompt", Map.of(), "cap per modality, such as {\"image\": 255, \"video\": 1}")
      .map(Map.of("image", 255, "video", 1), RandomMmDataset::limits);
  static final OptionSpec<String> BUCKET_CONFIG = OptionSpec.string("random-mm-bucket-config",
      "{(256, 256, 1): 0.5, (720, 1280, 1): 0.5, (720, 1280, 16): 0.0}",
      "{(height, width, num_frames): probability, ...} as vLLM's; video buckets need probability 0").check(MmBuckets::parse)
      .allowing(MmBuckets.ALLOWED);
  static final OptionSpec<Integer> PREFIX_LEN = OptionSpec.integer("random-prefix-len", 0, 0, Integer.MAX_VALUE,
      "random tokens shared by every prompt, before its own (random-mm; random in vllm mode)");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(BASE_ITEMS, ITEMS_RANGE_RATIO, LIMIT_MM_PER_PROMPT, BUCKET_CONFIG, PREFIX_LEN);
  }

  /** vLLM's {"image": 255, "video": 1}: integers >= 0 for image and/or video. */
  private static Map<String, Integer> limits(Map<String, Object> raw) {
    Map<String, Integer> limits = new java.util.LinkedHashMap<>();
    raw.forEach((modality, limit) -> {
      if (!MODALITIES.contains(modality) || !(limit instanceof Integer i) || i < 0) {
        throw new IllegalArgumentException("expected an object of integers >= 0 for image and/or video, such as"
            + " {\"image\": 255, \"video\": 1}");
      }
      limits.put(modality, i);
    });
    return limits;
  }

  /** One request's draws after its text's ({@link VllmRandomText}): before its text is fitted and its images made. */
  private record Planned(long textSeed, Size[] sizes, long[] imageSeeds) {}

  @Override
  public Set<BackendNeed> needs(DatasetOptions options) {
    return Set.of(BackendNeed.IMAGE_PARTS);
  }

  @Override
  public void validate(DatasetOptions o) {
    VllmRandomText.validate(o);
    itemBounds(o);
  }

  /**
   * vLLM's {@code get_mm_item_sampling_params}: the least and most items per request.
   *
   * @throws IllegalArgumentException naming the option at fault
   */
  static int[] itemBounds(DatasetOptions o) {
    String bucketConfig = o.get(BUCKET_CONFIG);
    Map<String, Integer> limits = o.get(LIMIT_MM_PER_PROMPT);
    MmBuckets buckets = MmBuckets.parse(bucketConfig);
    if (buckets.drawsVideo()) {
      throw new IllegalArgumentException("random-mm-bucket-config '" + bucketConfig + "' has a video"
          + " bucket (num_frames > 1) with a probability above 0: only images are generated; give video buckets"
          + " probability 0 or remove them");
    }
    for (String modality : MODALITIES) {
      if (buckets.mentions(modality) && !limits.containsKey(modality)) {
        throw new IllegalArgumentException("random-mm-limit-mm-per-prompt " + limits
            + " has no " + modality + " limit, but random-mm-bucket-config has " + modality + " buckets");
      }
    }
    int n = o.get(BASE_ITEMS);
    double r = o.get(ITEMS_RANGE_RATIO);
    long max = Math.min(limits.get("image"), (long) Math.ceil(n * (1 + r)));
    long min = Math.max(0, (long) Math.floor(n * (1 - r)));
    if (min > max) {
      throw new IllegalArgumentException("random-mm-base-items-per-request " + n + " with"
          + " random-mm-num-mm-items-range-ratio " + r + " needs at least " + min + " images per request, above"
          + " random-mm-limit-mm-per-prompt's image limit " + max);
    }
    return new int[] {(int) min, (int) max};
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    int[] bounds = itemBounds(o);
    MmBuckets buckets = MmBuckets.parse(o.get(BUCKET_CONFIG));
    int n = o.numPrompts();
    SplittableRandom rng = rngs.sampling();
    // vLLM's order of draws: input lengths, output lengths, offsets, prefix, then per request its items
    VllmRandomText text = VllmRandomText.draw(o, tokenizer, rng);
    List<Planned> plans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Size[] sizes = new Size[rng.nextInt(bounds[0], bounds[1] + 1)];
      Arrays.setAll(sizes, k -> buckets.pick(rng));
      plans.add(new Planned(rng.nextLong(), sizes, rng.longs(sizes.length).toArray()));
    }
    // every row depends only on its plan, so building them on every core gives the same rows
    List<DatasetRow> rows = IntStream.range(0, n).parallel().mapToObj(i -> {
      Planned p = plans.get(i);
      ExactText.Fitted fitted = text.text(i, p.textSeed());
      List<String> urls = IntStream.range(0, p.sizes().length).parallel()
          .mapToObj(k -> ImageEncoding.dataUrl(ImageEncoding.noise(p.sizes()[k], p.imageSeeds()[k]), "jpeg"))
          .toList();
      return DatasetRow.ofText(fitted.text(), fitted.ids().length, text.outputLens()[i]).withImages(urls);
    }).toList();
    Workload workload = Workload.of(rows);
    return new Workload(rows, workload.stats().withExactInputs(text.exact(rows), n).withDetails(details(plans)));
  }

  /** The images made, as vLLM logs its sampling ranges, and what the input figures count. */
  private static List<String> details(List<Planned> plans) {
    IntSummaryStatistics perRequest = plans.stream().mapToInt(p -> p.sizes().length).summaryStatistics();
    Map<String, Long> bySize = plans.stream().flatMap(p -> Arrays.stream(p.sizes()))
        .collect(Collectors.groupingBy(s -> s.height() + "x" + s.width(), TreeMap::new, Collectors.counting()));
    return List.of(
        "#Total images: " + perRequest.getSum(),
        String.format(Locale.ROOT, "#Images per request: min=%d, max=%d, mean=%.2f",
            perRequest.getMin(), perRequest.getMax(), perRequest.getAverage()),
        "#Images by size (HxW): " + bySize,
        TEXT_ONLY);
  }
}
