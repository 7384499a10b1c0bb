package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmmuDatasetTest {
  private static final Path FILE = Fixtures.resource("mmmu/mmmu.jsonl");
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options(Path file, int prompts) {
    return DatasetOptions.defaults("mmmu").withDatasetPath(file).withNumPrompts(prompts)
        .withRandomLengths(1024, 77, 0.0);
  }

  @Test
  void everyExampleWithAnImageInFileOrderWhenThereAreNotMore() {
    Workload w = Datasets.build(options(FILE, 10), gpt2);
    List<DatasetRow> rows = w.rows();
    assertEquals(List.of("Question: What is the area of the shaded region?\n\nAnswer: ",
        "Question: Which curve grows fastest?\n\nAnswer: ", "Question: Read the value at <image 1>.\n\nAnswer: "),
        rows.stream().map(DatasetRow::text).toList());
    for (DatasetRow row : rows) {
      assertEquals(77, row.outputLen());
      assertEquals(gpt2.encode(row.text(), true).length, row.promptLen());
      assertEquals(1, row.images().size());
    }
    // re-encoded as PNG; the RGBA image loses its alpha and keeps its colours
    BufferedImage rgba = ImageDatasetTest.decode(rows.get(0).images().get(0), "png").image();
    assertEquals(40, rgba.getWidth());
    assertEquals(30, rgba.getHeight());
    assertFalse(rgba.getColorModel().hasAlpha());
    assertEquals((5 * 6 << 16) | (7 * 8 << 8) | 200, rgba.getRGB(5, 7) & 0xFFFFFF);
    BufferedImage rgb = ImageDatasetTest.decode(rows.get(1).images().get(0), "png").image();
    assertEquals(0xFF0000 | (3 * 10 << 8) | 2 * 15, rgb.getRGB(3, 2) & 0xFFFFFF);
    BufferedImage gray = ImageDatasetTest.decode(rows.get(2).images().get(0), "png").image();
    assertEquals(8, gray.getWidth());
    assertEquals(List.of("#Input tokens: " + rows.stream().mapToInt(DatasetRow::promptLen).sum(),
        "#Output tokens: " + 3 * 77, "#Examples without an image, skipped: 1", MultimodalDataset.TEXT_ONLY,
        "Created 3 MMMU prompts"), w.stats().lines());
  }

  @Test
  void moreExamplesThanPromptsAreSampledBySeed() {
    DatasetOptions two = options(FILE, 2);
    List<DatasetRow> rows = Datasets.generate(two, gpt2);
    assertEquals(rows, Datasets.generate(two, gpt2));
    assertTrue(rows.size() == 1 || rows.size() == 2, rows.size() + " rows"); // 2 of 4 drawn, 1 of 4 has no image
    Set<List<String>> picks = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      picks.add(Datasets.generate(two.withSeed(seed), gpt2).stream().map(DatasetRow::text).toList());
    }
    assertTrue(picks.size() > 3, picks.toString());
  }

  @Test
  void jpegImagesAreReadToo(@TempDir Path dir) throws IOException {
    BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_3BYTE_BGR);
    ImageIO.write(image, "jpeg", dir.resolve("photo.jpg").toFile());
    Path file = dir.resolve("m.jsonl");
    Files.writeString(file, "{\"question\": \"q\", \"image\": \"photo.jpg\"}\n");
    DatasetRow row = Datasets.generate(options(file, 1), gpt2).get(0);
    BufferedImage decoded = ImageDatasetTest.decode(row.images().get(0), "png").image();
    assertEquals(20, decoded.getWidth());
    assertEquals(10, decoded.getHeight());
  }

  @Test
  void badLinesAndImagesNameTheFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.png"), "not an image");
    Files.copy(Fixtures.resource("mmmu/images/rgb.png"), dir.resolve("ok.png"));
    String ok = "{\"question\": \"q\", \"image\": \"ok.png\"}\n";
    for (String[] c : new String[][] {
        {"{\"question\": \"q\", \"image\": \"missing.png\"}", "image " + dir.resolve("missing.png") + " not found"},
        {"{\"question\": \"q\", \"image\": \"notes.png\"}", "is not a PNG or JPEG file"},
        {"{\"question\": 3, \"image\": \"ok.png\"}", "'question' is 3, not a string"},
        {"{\"image\": \"ok.png\"}", "'question' is missing, not a string"},
        {"{\"question\": \"q\", \"image\": 5}", "'image' is 5, not a path"},
        {"[1, 2]", "not a JSON object"},
        {"{\"question\": ", "not JSON"}}) {
      Path file = dir.resolve("m.jsonl");
      Files.writeString(file, ok + "\n" + c[0] + "\n");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Datasets.generate(options(file, 5), gpt2), c[0]);
      assertTrue(e.getMessage().startsWith("dataset-path " + file + " at line 3: ") && e.getMessage().contains(c[1])
          && e.getMessage().endsWith("(see docs/datasets-mmmu.md)"), e.getMessage());
    }
  }

  @Test
  void aPathIsRequiredAndTokenIdsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("mmmu")));
    assertTrue(e.getMessage().startsWith("dataset-name mmmu needs dataset-path"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(FILE, 1).withTokenizePrompt(true)));
    assertEquals("tokenize-prompt is not allowed with dataset-name mmmu: its prompts are text with images",
        e.getMessage());
    assertTrue(Datasets.generate(options(FILE, 4).withApplyChatTemplate(true), gpt2).size() == 3);
  }
}
