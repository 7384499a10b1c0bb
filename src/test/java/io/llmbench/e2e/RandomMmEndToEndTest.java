package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset random-mm to vllm-chat, read back from the mock's log: image parts, their sizes, the output lengths. */
class RandomMmEndToEndTest {
  private static final int PROMPTS = 12;

  @TempDir Path dir;

  @Test
  void vllmChatGetsTheDrawnImagesAndLengths() throws Exception {
    Map<String, Object> options = GatlingRun.options("backend", "vllm-chat", "tokenizer", "builtin:gpt2",
        "dataset-name", "random-mm", "num-prompts", PROMPTS, "random-input-len", 16, "random-output-len", 16,
        "random-range-ratio", 0.25, "warmup-requests", 1,
        // base 2, ratio 0.5: [1, 3] images, the limit lowers the top to 2
        "random-mm-base-items-per-request", 2, "random-mm-num-mm-items-range-ratio", 0.5,
        "random-mm-limit-mm-per-prompt", "{\"image\": 2, \"video\": 0}",
        "random-mm-bucket-config", "{(32, 48, 1): 0.5, (64, 64, 1): 0.5}");
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(0.5))) {
      options.put("base-url", mock.baseUrl());
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, options);
      assertEquals(0, run.exitCode());
      List<RequestRecord> measured = RequestLog.read(run.folder().requestLog()).stream()
          .filter(r -> !r.warmup()).sorted(Comparator.comparingInt(RequestRecord::index)).toList();
      assertEquals(PROMPTS, measured.size());
      MockTruth truth = MockTruth.of(mock);
      Set<Integer> counts = new TreeSet<>();
      Set<String> sizes = new TreeSet<>();
      Set<Integer> outputs = new TreeSet<>();
      for (RequestRecord r : measured) {
        assertTrue(r.success(), r.response().error());
        JsonNode body = EndToEndTest.JSON.readTree(truth.measured(r.index()).body());
        JsonNode content = body.get("messages").get(0).get("content");
        List<JsonNode> parts = new ArrayList<>();
        content.forEach(parts::add);
        JsonNode text = parts.remove(parts.size() - 1);
        assertEquals("text", text.get("type").asText());
        assertFalse(text.get("text").asText().isEmpty());
        assertTrue(parts.size() >= 1 && parts.size() <= 2, parts.size() + " images");
        counts.add(parts.size());
        for (JsonNode part : parts) {
          assertEquals("image_url", part.get("type").asText());
          sizes.add(size(part.get("image_url").get("url").asText()));
        }
        int maxTokens = body.get("max_completion_tokens").asInt();
        assertTrue(maxTokens >= 12 && maxTokens <= 20, "vLLM's symmetric range [12, 20]: " + maxTokens);
        outputs.add(maxTokens);
      }
      assertEquals(Set.of(1, 2), counts);
      assertEquals(Set.of("32x48", "64x64"), sizes, "HxW of the buckets");
      assertTrue(outputs.size() > 1, "output lengths drawn, not fixed: " + outputs);
    }
  }

  /** The decoded JPEG's height x width. */
  private static String size(String dataUrl) throws Exception {
    String prefix = "data:image/jpeg;base64,";
    assertTrue(dataUrl.startsWith(prefix), dataUrl.substring(0, 30));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(prefix.length()))));
    return image.getHeight() + "x" + image.getWidth();
  }
}
