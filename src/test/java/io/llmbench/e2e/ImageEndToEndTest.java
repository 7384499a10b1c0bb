package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.report.SglangJsonl;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets image and mmmu, end to end: the images reach the mock in each backend's own place, in order. */
class ImageEndToEndTest {
  private static final int PROMPTS = 4;

  @TempDir Path dir;

  @Test
  void chatBackendsSendImagePartsThenTheText() throws Exception {
    Sent sent = send("sglang-oai-chat", "image", "image-count", 2, "image-resolution", "48x64",
        "image-format", "png");
    List<JsonNode> bodies = sent.bodies();
    assertEquals(PROMPTS, bodies.size());
    // SGLang's default file name for this dataset
    String jsonl = SglangJsonl.defaultFileName("sglang-oai-chat", "image", PROMPTS, 16, 16, 2, "48x64", LocalDate.now());
    assertTrue(jsonl.endsWith("_4_16_16_2imgs_48x64.jsonl"), jsonl);
    assertTrue(Files.isRegularFile(sent.folder().resolve(jsonl)), jsonl);
    for (JsonNode body : bodies) {
      JsonNode messages = body.get("messages");
      assertEquals(1, messages.size());
      assertEquals("user", messages.get(0).get("role").asText());
      JsonNode content = messages.get(0).get("content");
      assertEquals(3, content.size(), content.toString().substring(0, 80));
      for (int k = 0; k < 2; k++) {
        assertEquals("image_url", content.get(k).get("type").asText());
        assertSize(content.get(k).get("image_url").get("url").asText(), "png", 64, 48);
      }
      assertEquals("text", content.get(2).get("type").asText());
      assertFalse(content.get(2).get("text").asText().isEmpty());
      assertEquals(List.of("model", "messages", "max_completion_tokens", "stream"), fieldNames(body).subList(0, 4));
    }
  }

  @Test
  void nativeBackendSendsImageDataAfterTheRest() throws Exception {
    List<JsonNode> bodies = run("sglang", "image", "image-count", 3, "random-image-count", true,
        "image-resolution", "20x30", "image-content", "blank");
    for (JsonNode body : bodies) {
      assertTrue(body.get("text").isTextual());
      JsonNode images = body.get("image_data");
      assertTrue(images.size() >= 1 && images.size() <= 3, images.size() + " images");
      for (JsonNode url : images) {
        assertSize(url.asText(), "jpeg", 30, 20);
      }
      List<String> fields = fieldNames(body);
      assertEquals("image_data", fields.get(fields.size() - 1), "last key, as bench_serving");
    }
  }

  @Test
  void mmmuFromTheLocalFileToVllmChat() throws Exception {
    Path file = Path.of(ImageEndToEndTest.class.getResource("/dataset/mmmu/mmmu.jsonl").toURI());
    List<JsonNode> bodies = run("vllm-chat", "mmmu", "dataset-path", file.toString(), "num-prompts", 10);
    assertEquals(3, bodies.size(), "the example without an image is skipped");
    int[][] sizes = {{40, 30}, {24, 16}, {8, 8}};
    for (int i = 0; i < 3; i++) {
      JsonNode content = bodies.get(i).get("messages").get(0).get("content");
      assertEquals(2, content.size());
      assertSize(content.get(0).get("image_url").get("url").asText(), "png", sizes[i][0], sizes[i][1]);
      assertTrue(content.get(1).get("text").asText().startsWith("Question: "));
      assertTrue(content.get(1).get("text").asText().endsWith("\n\nAnswer: "));
      assertEquals(16, bodies.get(i).get("max_completion_tokens").asInt());
    }
  }

  /**
   * What a run sent.
   *
   * @param bodies the measured requests' bodies as the mock received them, in request order
   * @param folder the run folder
   */
  private record Sent(List<JsonNode> bodies, Path folder) {}

  private List<JsonNode> run(String backend, String dataset, Object... more) throws IOException {
    return send(backend, dataset, more).bodies();
  }

  /** Runs the dataset against the mock; every request must succeed. */
  private Sent send(String backend, String dataset, Object... more) throws IOException {
    Map<String, Object> options = GatlingRun.options("backend", backend, "tokenizer", "builtin:gpt2",
        "dataset-name", dataset, "num-prompts", PROMPTS, "random-input-len", 16, "random-output-len", 16,
        "warmup-requests", 1);
    options.putAll(GatlingRun.options(more));
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(0.5))) {
      options.put("base-url", mock.baseUrl());
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, options);
      assertEquals(0, run.exitCode());
      List<RequestRecord> measured = RequestLog.read(run.folder().requestLog()).stream()
          .filter(r -> !r.warmup()).sorted(java.util.Comparator.comparingInt(RequestRecord::index)).toList();
      MockTruth truth = MockTruth.of(mock);
      List<JsonNode> bodies = new ArrayList<>();
      for (RequestRecord r : measured) {
        assertTrue(r.success(), r.response().error());
        bodies.add(EndToEndTest.JSON.readTree(truth.measured(r.index()).body()));
      }
      return new Sent(bodies, run.folder().path());
    }
  }

  private static void assertSize(String dataUrl, String format, int width, int height) throws IOException {
    String prefix = "data:image/" + format + ";base64,";
    assertTrue(dataUrl.startsWith(prefix), dataUrl.substring(0, 30));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(prefix.length()))));
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
  }

  private static List<String> fieldNames(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
