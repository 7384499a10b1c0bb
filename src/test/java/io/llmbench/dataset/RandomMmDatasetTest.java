package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.dataset.ImageResolution.Size;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomMmDatasetTest {
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();
  private static final String SMALL = "{(32, 48, 1): 0.5, (64, 64, 1): 0.5}";

  private static DatasetOptions options(int prompts, int base, double itemsRatio, int imageLimit, String buckets,
      int prefixLen) {
    return DatasetOptions.defaults("random-mm").withNumPrompts(prompts).withRandomLengths(40, 20, 0.5)
        .with(RandomMmDataset.BASE_ITEMS, base).with(RandomMmDataset.ITEMS_RANGE_RATIO, itemsRatio)
        .with(RandomMmDataset.LIMIT_MM_PER_PROMPT, Map.of("image", imageLimit, "video", 1))
        .with(RandomMmDataset.BUCKET_CONFIG, buckets).with(RandomMmDataset.PREFIX_LEN, prefixLen);
  }

  private static List<DatasetRow> rows(DatasetOptions o) {
    Datasets.validate(o);
    return Datasets.generate(o, gpt2);
  }

  @Test
  void bucketConfigIsReadInVllmsSyntax() {
    MmBuckets b = MmBuckets.parse(" { (256,256,1) : 0.5 , (720, 1280, 1): 1, (720, 1280, 16): 0.0, } ");
    assertEquals(List.of(new MmBuckets.Bucket(256, 256, 1, 0.5), new MmBuckets.Bucket(720, 1280, 1, 1.0),
        new MmBuckets.Bucket(720, 1280, 16, 0.0)), b.buckets());
    assertEquals(2, b.drawable().size());
    assertTrue(!b.drawsVideo() && b.mentions("video") && b.mentions("image"));
    assertEquals(1e-3, MmBuckets.parse("{(1, 2, 1): 1e-3}").buckets().get(0).probability());
    assertEquals(new Size(48, 32), MmBuckets.parse("{(32, 48, 1): .5}").pick(new SplittableRandom(1)),
        "height first, as vLLM's (H, W, T)");
  }

  @Test
  void badBucketConfigsAreRefusedNamingTheOption() {
    for (String bad : List.of("", "{}", "(1, 1, 1): 1", "{(1, 1): 1}", "{(1, 1, 1, 1): 1}", "{(1, 1, 1) 1}",
        "{(1, 1, 1): 1 (2, 2, 1): 1}", "{(1, 1, 1): -0.5}", "{(1, 1, 1): 0}", "{(0, 1, 1): 1}", "{(1, 1, 0): 1}",
        "{(1.5, 1, 1): 1}", "{(1, 1, 1): 1, (1, 1, 1): 2}", "{(1, 1, 1): abc}", "{(99999999999, 1, 1): 1}",
        "{,}")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MmBuckets.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("random-mm-bucket-config '" + bad + "' is not valid ("), e.getMessage());
    }
    ConfigError e = assertThrows(ConfigError.class,
        () -> ConfigLoader.of(Map.of("random-mm-bucket-config", "{(1, 1): 1}")));
    assertTrue(e.getMessage().startsWith("llmbench.random-mm-bucket-config = \"{(1, 1): 1}\": random-mm-bucket-config"),
        e.getMessage());
  }

  @Test
  void optionsAreReadFromHoconOrJsonWithVllmsDefaults() {
    DatasetOptions defaults = randomMm(Map.of());
    assertEquals(List.of(1, 0.0, Map.of("image", 255, "video", 1),
        "{(256, 256, 1): 0.5, (720, 1280, 1): 0.5, (720, 1280, 16): 0.0}", 0), values(defaults));
    DatasetOptions read = randomMm(Map.of("random-mm-base-items-per-request", 3,
        "random-mm-num-mm-items-range-ratio", 0.5, "random-mm-limit-mm-per-prompt", "{\"image\": 4, \"video\": 0}",
        "random-mm-bucket-config", SMALL, "random-prefix-len", 7));
    assertEquals(List.of(3, 0.5, Map.of("image", 4, "video", 0), SMALL, 7), values(read));
    assertEquals(Map.of("image", 2, "video", 1),
        randomMm(Map.of("random-mm-limit-mm-per-prompt", Map.of("image", 2))).get(RandomMmDataset.LIMIT_MM_PER_PROMPT),
        "a HOCON object merges with the defaults");
    for (Object bad : List.of("{\"audio\": 1}", "{\"image\": -1}", "{\"image\": 1.5}", "[1]")) {
      ConfigError e = assertThrows(ConfigError.class,
          () -> ConfigLoader.of(Map.of("random-mm-limit-mm-per-prompt", bad)));
      assertTrue(e.getMessage().startsWith("llmbench.random-mm-limit-mm-per-prompt = "), e.getMessage());
    }
    ConfigError ratio = assertThrows(ConfigError.class,
        () -> ConfigLoader.of(Map.of("random-mm-num-mm-items-range-ratio", 1.5)));
    assertEquals("llmbench.random-mm-num-mm-items-range-ratio = 1.5: expected a number from 0.0 to 1.0",
        ratio.getMessage());
  }

  @Test
  void itemCountsStayWithinVllmsBoundsAndTheLimit() {
    // base 3, ratio 0.5: [1, 5]; the image limit 4 lowers the top
    assertEquals(List.of(1, 4), Arrays.stream(RandomMmDataset.itemBounds(options(1, 3, 0.5, 4, SMALL, 0)))
        .boxed().toList());
    assertEquals(List.of(0, 2), Arrays.stream(RandomMmDataset.itemBounds(options(1, 1, 1.0, 9, SMALL, 0)))
        .boxed().toList(), "ratio 1 allows no image");
    int[] counts = rows(options(120, 3, 0.5, 4, SMALL, 0)).stream().mapToInt(r -> r.images().size()).toArray();
    assertEquals(1, Arrays.stream(counts).min().orElseThrow());
    assertEquals(4, Arrays.stream(counts).max().orElseThrow());
    assertTrue(rows(options(5, 2, 0.0, 9, SMALL, 0)).stream().allMatch(r -> r.images().size() == 2), "ratio 0: fixed");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(1, 5, 0.0, 3, SMALL, 0)));
    assertTrue(e.getMessage().contains("random-mm-base-items-per-request 5") && e.getMessage().contains("limit 3"),
        e.getMessage());
    IllegalArgumentException noLimit = assertThrows(IllegalArgumentException.class, () -> Datasets.validate(
        options(1, 1, 0, 1, SMALL, 0).with(RandomMmDataset.LIMIT_MM_PER_PROMPT, Map.of("video", 1))));
    assertTrue(noLimit.getMessage().startsWith("random-mm-limit-mm-per-prompt {video=1} has no image limit"),
        noLimit.getMessage());
  }

  @Test
  void sizesAreDrawnByBucketProbability() {
    List<DatasetRow> rows = rows(options(100, 4, 0.0, 255, SMALL, 0)); // 400 images
    long small = 0;
    for (DatasetRow row : rows) {
      for (String url : row.images()) {
        BufferedImage image = ImageDatasetTest.decode(url, "jpeg").image();
        Size size = new Size(image.getWidth(), image.getHeight());
        assertTrue(size.equals(new Size(48, 32)) || size.equals(new Size(64, 64)), size.toString());
        small += size.height() == 32 ? 1 : 0;
      }
    }
    assertTrue(Math.abs(small - 200) <= 40, small + " of 400 from a 0.5 bucket: beyond 4 sigma (10)");
    // a bucket of weight 0 is never drawn, weights need not sum to 1
    assertTrue(rows(options(20, 2, 0.0, 255, "{(32, 48, 1): 3, (64, 64, 1): 0}", 0)).stream()
        .flatMap(r -> r.images().stream())
        .allMatch(url -> ImageDatasetTest.decode(url, "jpeg").image().getHeight() == 32));
  }

  @Test
  void lengthsFollowVllmsSymmetricRule() {
    int[] lens = LengthSampler.symmetric(40, 0.5, 0, 2000, new SplittableRandom(3));
    assertEquals(20, Arrays.stream(lens).min().orElseThrow());
    assertEquals(60, Arrays.stream(lens).max().orElseThrow());
    assertEquals(List.of(1), Arrays.stream(LengthSampler.symmetric(0, 0.5, 1, 5, new SplittableRandom(3)))
        .distinct().boxed().toList(), "the minimum raises both bounds");
    List<DatasetRow> rows = rows(options(300, 1, 0.0, 255, SMALL, 3));
    // GPT-2 adds no special token: input in [20, 60] plus the prefix of 3; output in [10, 30]
    int[] prompts = rows.stream().mapToInt(DatasetRow::promptLen).toArray();
    int[] outputs = rows.stream().mapToInt(DatasetRow::outputLen).toArray();
    assertTrue(Arrays.stream(prompts).min().orElseThrow() >= 23 && Arrays.stream(prompts).max().orElseThrow() <= 63,
        Arrays.toString(prompts));
    assertTrue(Arrays.stream(prompts).anyMatch(p -> p > 43), "some above random-input-len: symmetric");
    assertEquals(10, Arrays.stream(outputs).min().orElseThrow());
    assertEquals(30, Arrays.stream(outputs).max().orElseThrow());
    for (DatasetRow row : rows) {
      assertEquals(row.promptLen(), gpt2.encode(row.text(), false).length, "prompt_len counts the text tokens");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(1, 1, 0, 1, SMALL, 0).withRandomLengths(40, 20, 1.0)));
    assertTrue(e.getMessage().startsWith("random-range-ratio must be in [0, 1) with dataset-name random-mm"),
        e.getMessage());
  }

  @Test
  void promptsShareTheRandomPrefix() {
    List<int[]> ids = rows(options(10, 1, 0.0, 255, SMALL, 8)).stream()
        .map(r -> Arrays.copyOf(gpt2.encode(r.text(), false), 5)).toList();
    assertTrue(ids.stream().allMatch(i -> Arrays.equals(i, ids.get(0))), "the same first tokens");
    List<int[]> none = rows(options(10, 1, 0.0, 255, SMALL, 0)).stream()
        .map(r -> Arrays.copyOf(gpt2.encode(r.text(), false), 5)).toList();
    assertTrue(none.stream().anyMatch(i -> !Arrays.equals(i, none.get(0))), "without a prefix they differ");
  }

  @Test
  void sameSeedSameRowsOtherSeedOtherRows() {
    DatasetOptions o = options(6, 2, 0.5, 255, SMALL, 2);
    List<DatasetRow> a = rows(o);
    List<DatasetRow> b = rows(o);
    assertEquals(a.stream().map(DatasetRow::text).toList(), b.stream().map(DatasetRow::text).toList());
    assertEquals(a.stream().map(DatasetRow::images).toList(), b.stream().map(DatasetRow::images).toList());
    List<DatasetRow> c = rows(o.withSeed(43));
    assertNotEquals(a.stream().map(DatasetRow::text).toList(), c.stream().map(DatasetRow::text).toList());
    assertNotEquals(a.stream().map(DatasetRow::images).toList(), c.stream().map(DatasetRow::images).toList());
  }

  @Test
  void videoBucketsAreRefusedBeforeLoadUnlessNeverDrawn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(1, 1, 0.0, 255, "{(32, 48, 1): 0.5, (32, 48, 8): 0.5}", 0)));
    assertTrue(e.getMessage().startsWith("random-mm-bucket-config '{(32, 48, 1): 0.5, (32, 48, 8): 0.5}' has a video"
        + " bucket (num_frames > 1)"), e.getMessage());
    Datasets.validate(DatasetOptions.defaults("random-mm")); // vLLM's default has a video bucket of weight 0
  }

  @Test
  void tokenizePromptIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(1, 1, 0.0, 255, SMALL, 0).withTokenizePrompt(true)));
    assertTrue(e.getMessage().startsWith("tokenize-prompt is not allowed with dataset-name random-mm"));
  }

  private static DatasetOptions randomMm(Map<String, ?> options) {
    return DatasetOptions.from(ConfigLoader.of(options).options(), null, false);
  }

  private static List<Object> values(DatasetOptions o) {
    return List.of(o.get(RandomMmDataset.BASE_ITEMS), o.get(RandomMmDataset.ITEMS_RANGE_RATIO),
        o.get(RandomMmDataset.LIMIT_MM_PER_PROMPT), o.get(RandomMmDataset.BUCKET_CONFIG),
        o.get(RandomMmDataset.PREFIX_LEN));
  }
}
