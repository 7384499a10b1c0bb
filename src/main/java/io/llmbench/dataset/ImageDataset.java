package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.dataset.ImageResolution.Size;
import io.llmbench.report.Console;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * SGLang's {@code image} dataset (spec §5.6): random vocabulary text of a sampled length (special tokens excluded)
 * with {@code image-count} synthetic images per request (uniform in [1, image-count] with {@code random-image-count}),
 * each of {@code image-resolution}'s size or of its own random size, random noise or blank white, sent as {@code
 * data:image/<format>;base64,...} URLs. See {@link MultimodalDataset} for what differs from SGLang.
 *
 * <p>All images are encoded before load, on every core. Noise images are each different, as in SGLang; blank images
 * of the same size are identical, so each size is encoded once and its URL shared by all rows.
 */
public final class ImageDataset implements MultimodalDataset {
  public static final OptionSpec<Integer> COUNT = OptionSpec.integer("image-count", 1, 1, Integer.MAX_VALUE,
      "images per request, or the upper bound with random-image-count");
  public static final OptionSpec<String> RESOLUTION = OptionSpec.string("image-resolution", "1080p",
      "image size").check(r -> {
        try {
          ImageResolution.parse(r);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("expected " + ImageResolution.ALLOWED);
        }
      }).allowing(ImageResolution.ALLOWED);
  static final OptionSpec<Boolean> RANDOM_COUNT = OptionSpec.bool("random-image-count", false,
      "each request's image count uniform in [1, image-count]");
  static final OptionSpec<String> FORMAT = OptionSpec.oneOf("image-format", "jpeg", List.of("jpeg", "png"),
      "image encoding");
  static final OptionSpec<String> CONTENT = OptionSpec.oneOf("image-content", "random", List.of("random", "blank"),
      "pixels: random noise or blank white");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(COUNT, RESOLUTION, RANDOM_COUNT, FORMAT, CONTENT);
  }

  /** One image to make: its size, and the seed of its noise (unused for blank images). */
  private record Planned(Size size, long seed) {}

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    ImageResolution resolution = ImageResolution.parse(o.get(RESOLUTION));
    int count = o.get(COUNT);
    boolean randomCount = o.get(RANDOM_COUNT);
    String format = o.get(FORMAT);
    int n = o.numPrompts();
    // the reference's order of NumPy draws: counts, input lengths, output lengths, then sizes and pixels
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[i] = randomCount ? rngs.sampling().nextInt(1, count + 1) : count;
    }
    long totalImages = Arrays.stream(counts).asLongStream().sum();
    if (resolution.maxArea() >= 1920L * 1080 && totalImages >= 100) {
      Console.error(String.format(Locale.ROOT, "UserWarning: High resolution (%dx%d) with %d total images may take a"
          + " long time. Consider reducing resolution or image count.", resolution.max().width(),
          resolution.max().height(), totalImages));
    }
    int[] inputLens = LengthSampler.sample(o.randomInputLen(), o.randomRangeRatio(), n, rngs.sampling());
    int[] outputLens = LengthSampler.sample(o.randomOutputLen(), o.randomRangeRatio(), n, rngs.sampling());
    VocabText vocab = VocabText.withoutSpecials(tokenizer);
    boolean blank = o.get(CONTENT).equals("blank");
    List<String> texts = new ArrayList<>(n);
    List<Planned> plans = new ArrayList<>((int) totalImages);
    for (int i = 0; i < n; i++) {
      texts.add(vocab.decoded(inputLens[i], rngs.shuffling())); // Python's random.choices in SGLang
      for (int k = 0; k < counts[i]; k++) {
        plans.add(new Planned(resolution.sample(rngs.sampling()), blank ? 0 : rngs.sampling().nextLong()));
      }
    }
    Map<Size, String> blanks = new ConcurrentHashMap<>();
    List<String> urls = plans.parallelStream()
        .map(p -> blank
            ? blanks.computeIfAbsent(p.size(), size -> ImageEncoding.dataUrl(ImageEncoding.blank(size), format))
            : ImageEncoding.dataUrl(ImageEncoding.noise(p.size(), p.seed()), format))
        .toList();
    int[] firstImage = new int[n + 1];
    for (int i = 0; i < n; i++) {
      firstImage[i + 1] = firstImage[i] + counts[i];
    }
    List<DatasetRow> rows = IntStream.range(0, n).parallel()
        .mapToObj(i -> MultimodalDataset.row(texts.get(i), outputLens[i],
            urls.subList(firstImage[i], firstImage[i + 1]), tokenizer))
        .toList();
    Workload workload = Workload.of(rows);
    return new Workload(rows, workload.stats().withDetails(details(o, resolution, counts, plans, urls)));
  }

  /** SGLang's lines after {@code #Output tokens}, its token breakdown replaced by what we can count. */
  private static List<String> details(DatasetOptions o, ImageResolution resolution, int[] counts,
      List<Planned> plans, List<String> urls) {
    List<String> lines = new ArrayList<>();
    lines.add("#Total images: " + plans.size());
    IntSummaryStatistics perRequest = Arrays.stream(counts).summaryStatistics();
    lines.add(o.get(RANDOM_COUNT)
        ? String.format(Locale.ROOT, "#Images per request: min=%d, max=%d, mean=%.2f",
            perRequest.getMin(), perRequest.getMax(), perRequest.getAverage())
        : "#Images per request: " + o.get(COUNT) + " (fixed)");
    if (resolution.isRandom()) {
      IntSummaryStatistics widths = plans.stream().mapToInt(p -> p.size().width()).summaryStatistics();
      IntSummaryStatistics heights = plans.stream().mapToInt(p -> p.size().height()).summaryStatistics();
      lines.add(String.format(Locale.ROOT,
          "#Image sizes: width min=%d, max=%d, mean=%.1f; height min=%d, max=%d, mean=%.1f",
          widths.getMin(), widths.getMax(), widths.getAverage(),
          heights.getMin(), heights.getMax(), heights.getAverage()));
    }
    lines.add(TEXT_ONLY);
    // SGLang counts the UTF-8 bytes of the data URLs (ASCII), and names the number of requests here
    long bytes = urls.stream().mapToLong(String::length).sum();
    lines.add("Created " + counts.length + " " + o.get(CONTENT) + " " + o.get(FORMAT)
        + " images with average " + (counts.length == 0 ? 0 : bytes / counts.length) + " bytes per request");
    return lines;
  }
}
