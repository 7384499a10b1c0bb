package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.dataset.ImageResolution.Size;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class ImageDatasetTest {
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options(int prompts, String resolution, int count, boolean randomCount,
      String format, String content) {
    return DatasetOptions.defaults("image").withNumPrompts(prompts).withRandomLengths(40, 20, 0.5)
        .with(ImageDataset.COUNT, count)
        .with(ImageDataset.RESOLUTION, resolution).with(ImageDataset.RANDOM_COUNT, randomCount)
        .with(ImageDataset.FORMAT, format).with(ImageDataset.CONTENT, content);
  }

  /** A decoded data URL and the name of the format ImageIO read it as. */
  record Decoded(BufferedImage image, String format) {}

  static Decoded decode(String dataUrl, String mime) {
    String prefix = "data:image/" + mime + ";base64,";
    assertTrue(dataUrl.startsWith(prefix), dataUrl.substring(0, Math.min(40, dataUrl.length())));
    byte[] bytes = java.util.Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      return new Decoded(reader.read(0), reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void resolutionsArePresetsHeightFirstSizesOrRandomBounds() {
    assertEquals(new Size(3840, 2160), ImageResolution.parse("4k").max());
    assertEquals(new Size(1920, 1080), ImageResolution.parse("1080p").max());
    assertEquals(new Size(1280, 720), ImageResolution.parse(" 720P ").min());
    assertEquals(new Size(640, 360), ImageResolution.parse("360p").min());
    ImageResolution custom = ImageResolution.parse("1080x1920"); // height first: 1920 wide
    assertEquals(new Size(1920, 1080), custom.min());
    assertEquals(custom.min(), custom.max());
    assertTrue(!custom.isRandom());
    ImageResolution random = ImageResolution.parse("random:100x200-300x400");
    assertEquals(new Size(200, 100), random.min());
    assertEquals(new Size(400, 300), random.max());
    assertTrue(random.isRandom());
    for (String bad : List.of("", "2k", "1080", "10x", "0x10", "10x0", "-5x10", "random:10x10", "random:10x10-5x20",
        "random:10x30-20x20", "99999999999x10")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageResolution.parse(bad));
      assertTrue(e.getMessage().startsWith("image-resolution '" + bad + "' is not valid")
          && e.getMessage().contains("HxW (height first"), e.getMessage());
    }
    ConfigError e = assertThrows(ConfigError.class,
        () -> ConfigLoader.of(Map.of("dataset-name", "image", "image-resolution", "1920*1080")));
    assertEquals("llmbench.image-resolution = \"1920*1080\": expected " + ImageResolution.ALLOWED, e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> options(1, "huge", 1, false, "jpeg", "random"));
  }

  @Test
  void imagesHaveTheResolutionAndFormatAsked() {
    for (String format : List.of("jpeg", "png")) {
      Workload w = Datasets.build(options(3, "48x64", 2, false, format, "random"), gpt2);
      assertEquals(3, w.rows().size());
      for (DatasetRow row : w.rows()) {
        assertEquals(2, row.images().size());
        for (String url : row.images()) {
          Decoded d = decode(url, format);
          assertEquals(format, d.format());
          assertEquals(64, d.image().getWidth());
          assertEquals(48, d.image().getHeight());
        }
      }
    }
  }

  @Test
  void blankIsWhiteAndSharedRandomIsNoiseAndDistinct() {
    List<DatasetRow> blank = Datasets.generate(options(4, "12x16", 2, false, "png", "blank"), gpt2);
    String first = blank.get(0).images().get(0);
    BufferedImage white = decode(first, "png").image();
    for (int y = 0; y < 12; y++) {
      for (int x = 0; x < 16; x++) {
        assertEquals(0xFFFFFF, white.getRGB(x, y) & 0xFFFFFF);
      }
    }
    blank.forEach(r -> r.images().forEach(url -> assertSame(first, url))); // encoded once, one string

    List<DatasetRow> noise = Datasets.generate(options(4, "12x16", 2, false, "png", "random"), gpt2);
    BufferedImage pixels = decode(noise.get(0).images().get(0), "png").image();
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < 12; y++) {
      for (int x = 0; x < 16; x++) {
        colours.add(pixels.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertTrue(colours.size() > 150, colours.size() + " colours in 192 pixels");
    assertEquals(8, noise.stream().flatMap(r -> r.images().stream()).distinct().count());
    assertNotSame(noise.get(0).images().get(0), noise.get(1).images().get(0));
  }

  @Test
  void countsFixedOrUniformFromOne() {
    Datasets.generate(options(20, "6x8", 3, false, "jpeg", "blank"), gpt2)
        .forEach(r -> assertEquals(3, r.images().size()));
    Workload w = Datasets.build(options(300, "6x8", 4, true, "jpeg", "blank"), gpt2);
    int[] counts = w.rows().stream().mapToInt(r -> r.images().size()).toArray();
    assertEquals(new TreeSet<>(List.of(1, 2, 3, 4)), new TreeSet<>(Arrays.stream(counts).boxed().toList()));
    int total = Arrays.stream(counts).sum();
    List<String> lines = w.stats().lines();
    assertTrue(lines.contains("#Total images: " + total), lines.toString());
    assertTrue(lines.contains(String.format(java.util.Locale.ROOT, "#Images per request: min=1, max=4, mean=%.2f",
        total / 300.0)), lines.toString());
    assertTrue(lines.contains(MultimodalDataset.TEXT_ONLY), lines.toString());
    long bytes = w.rows().stream().flatMap(r -> r.images().stream()).mapToLong(String::length).sum();
    assertEquals("Created 300 blank jpeg images with average " + bytes / 300 + " bytes per request",
        lines.get(lines.size() - 1));
    assertTrue(Datasets.build(options(2, "6x8", 2, false, "jpeg", "blank"), gpt2).stats().lines()
        .contains("#Images per request: 2 (fixed)"));
  }

  @Test
  void randomResolutionGivesEachImageItsOwnSizeWithinBounds() {
    Workload w = Datasets.build(options(30, "random:4x5-9x12", 2, false, "png", "blank"), gpt2);
    Set<Size> sizes = new HashSet<>();
    for (DatasetRow row : w.rows()) {
      for (String url : row.images()) {
        BufferedImage image = decode(url, "png").image();
        assertTrue(image.getWidth() >= 5 && image.getWidth() <= 12, "width " + image.getWidth());
        assertTrue(image.getHeight() >= 4 && image.getHeight() <= 9, "height " + image.getHeight());
        sizes.add(new Size(image.getWidth(), image.getHeight()));
      }
    }
    assertTrue(sizes.size() > 20, sizes.size() + " sizes in 60 images");
    assertTrue(w.stats().lines().stream().anyMatch(l -> l.startsWith("#Image sizes: width min=5, max=12")),
        w.stats().lines().toString());
  }

  @Test
  void textIsVocabularyWithoutSpecialsCountedAsText() {
    List<DatasetRow> rows = Datasets.generate(options(50, "6x8", 1, false, "jpeg", "blank"), gpt2);
    for (DatasetRow row : rows) {
      assertEquals(gpt2.encode(row.text(), true).length, row.promptLen());
      assertTrue(row.outputLen() >= 10 && row.outputLen() <= 20, "output " + row.outputLen());
    }
    assertTrue(rows.stream().mapToInt(DatasetRow::promptLen).distinct().count() > 5);
    int[] pool = VocabText.withoutSpecials(gpt2).ids();
    assertEquals(List.of(50256), Arrays.stream(gpt2.specialIds()).boxed().toList()); // <|endoftext|>
    assertEquals(gpt2.allVocabIds().length - 1, pool.length);
    assertTrue(Arrays.stream(pool).noneMatch(id -> id == 50256));
  }

  @Test
  void qwenTextLeavesOutItsImagePadAndOtherSpecialsButNotThink() {
    Tokenizer qwen3 = Fixtures.qwen3();
    int[] specials = qwen3.specialIds();
    assertEquals(14, specials.length); // of 26 added tokens
    assertTrue(Arrays.binarySearch(specials, 151655) >= 0, "<|image_pad|>");
    assertTrue(Arrays.binarySearch(specials, 151645) >= 0, "<|im_end|>");
    int[] pool = VocabText.withoutSpecials(qwen3).ids();
    assertEquals(qwen3.allVocabIds().length - 14, pool.length);
    assertTrue(Arrays.binarySearch(pool, 151667) >= 0, "<think> is not special");
    assertTrue(Arrays.binarySearch(pool, 151655) < 0);
  }

  @Test
  void sameSeedSameRowsOtherSeedOthers() {
    DatasetOptions o = options(5, "random:6x6-12x12", 3, true, "jpeg", "random");
    List<DatasetRow> a = Datasets.generate(o, gpt2);
    assertEquals(a, Datasets.generate(o, gpt2));
    List<DatasetRow> b = Datasets.generate(o.withSeed(7), gpt2);
    assertNotEquals(a.stream().map(DatasetRow::text).toList(), b.stream().map(DatasetRow::text).toList());
    assertNotEquals(a.get(0).images().get(0), b.get(0).images().get(0));
  }

  @Test
  void tokenizePromptIsRefusedChatTemplateAccepted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("image").withTokenizePrompt(true)));
    assertEquals("tokenize-prompt is not allowed with dataset-name image: its prompts are text with images",
        e.getMessage());
    Datasets.validate(DatasetOptions.defaults("image").withApplyChatTemplate(true));
  }

  @Test
  void largeImageSetsWarnAsTheReference() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // blank: the 100 images are one encode
      Datasets.generate(options(50, "1080p", 2, false, "jpeg", "blank"), gpt2);
      assertTrue(captured.toString(StandardCharsets.UTF_8).contains(
          "UserWarning: High resolution (1920x1080) with 100 total images may take a long time."));
      captured.reset();
      Datasets.generate(options(49, "1080p", 2, false, "jpeg", "blank"), gpt2);
      Datasets.generate(options(100, "1079x1920", 1, false, "jpeg", "blank"), gpt2);
      assertEquals("", captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }
}
