package io.llmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import io.llmbench.tokenizer.TestTokenizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's contents without a browser: what the post-processor writes, and the data the script reads. */
class LlmReportTest {
  private static final Pattern DATA = Pattern.compile("<script id=\"data\" type=\"application/json\">(.*?)</script>",
      Pattern.DOTALL);

  static JsonNode data(String html) throws IOException {
    Matcher m = DATA.matcher(html);
    assertTrue(m.find(), "the page has its data blob");
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void thePostProcessorWritesASelfContainedPageWithOneTimelineRowPerRequest(@TempDir Path dir) throws IOException {
    RunFolder folder = SyntheticRun.write(dir, 20, 10);
    PostProcessor.process(folder, RunManifest.read(folder.manifest()), TestTokenizers.gpt2());
    String html = Files.readString(dir.resolve(LlmReport.FILE_NAME));

    // nothing a browser would fetch: no URL at all, no src or href attribute (the script links Gatling's report,
    // beside the page in the run folder)
    assertFalse(html.contains("http://") || html.contains("https://"), "the page names no web resource");
    assertFalse(Pattern.compile("\\s(src|href)\\s*=").matcher(html).find(), "no src or href attribute");
    JsonNode d = data(html);
    assertEquals("gatling/index.html", d.get("run").get("gatlingReport").asText());

    JsonNode r = d.get("requests");
    assertEquals(20, r.get("count").asInt());
    for (String column : List.of("index", "scheduled", "ready", "start", "first", "end", "outputTokens", "error",
        "bands")) {
      assertEquals(20, r.get(column).size(), column);
    }
    // times are ms since t=0 with one decimal: request 3 was scheduled at 300 ms, sent 0.2 ms later
    assertEquals(300.0, r.get("scheduled").get(3).asDouble());
    assertEquals(300.2, r.get("start").get(3).asDouble());
    assertEquals(350.2, r.get("first").get(3).asDouble());
    // 10 ms gaps (green) from the first chunk, 30 ms (amber) into chunk 5, 10 ms again, 60 ms (red) into chunk 9
    assertEquals("[350.2,0,390.2,1,420.2,0,450.2,2,510.2,0]", r.get("bands").get(3).toString());
    // request 9 failed: its reason is listed once and pointed at
    assertEquals(0, r.get("error").get(9).asInt());
    assertEquals(-1, r.get("error").get(3).asInt());
    assertEquals(List.of(SyntheticRun.FAILURE), texts(r.get("reasons")));

    assertEquals("http://127.0.0.1:30000", d.get("run").get("target").asText(), "the target is shown, escaped");
    assertEquals("20", d.get("run").get("changed").get("num-prompts").asText());
    assertTrue(d.get("summary").asText().contains("Serving Benchmark Result"));
    assertEquals("[25,50]", d.get("itlThresholdsMs").toString());
    JsonNode ttft = d.get("distributions").get(0);
    assertEquals("TTFT", ttft.get("name").asText());
    assertEquals(18, ttft.get("count").asInt(), "successful requests only");
    assertEquals(50.0, ttft.get("marks").get("median").asDouble());
    // 10 req/s of 221 ms requests (50 ms TTFT, 170 ms of chunks, 1 ms to the end): 2.2 in flight on average
    JsonNode inFlight = d.get("series").get("inFlight");
    assertEquals(2.2, inFlight.get(1).asDouble(), 0.05);
    assertEquals(0, d.get("server").size(), "the server series' place, empty");
  }

  @Test
  void gatesAndTheSteadyStateWindowAreOnThePage(@TempDir Path dir) throws IOException {
    RunFolder folder = SyntheticRun.write(dir, 10, 10);
    RunManifest plain = RunManifest.read(folder.manifest());
    RunManifest gated = RunManifest.of(plain.runName(), plain.baseUrl(), plain.model(), plain.tokenizer(), false,
        false, ConfigLoader.of(Map.of("assertions.p99-ttft-ms", 40, "assertions.max-failed-pct", 20,
            "steady-state", "0s..0.5s", "goodput", "ttft:60", "assertions.min-goodput-pct", 95)).options(),
        plain.originNanos(), plain.endNanos(), null, null, false);
    PostProcessor.process(folder, gated, TestTokenizers.gpt2());
    JsonNode page = data(Files.readString(dir.resolve(LlmReport.FILE_NAME)));
    assertEquals("{\"mode\":\"fixed\",\"startS\":0.0,\"endS\":0.5}", page.get("steady").toString());
    JsonNode gates = page.get("gates");
    assertEquals("{\"gate\":\"p99-ttft-ms\",\"limit\":40.0,\"value\":50.0,\"holds\":false}", gates.get(0).toString());
    assertEquals("{\"gate\":\"max-failed-pct\",\"limit\":20.0,\"value\":10.0,\"holds\":true}", gates.get(1).toString());
    // 9 of 10 requests succeed within 60 ms: 90 % is below a lower bound of 95 %
    assertEquals("{\"gate\":\"min-goodput-pct\",\"limit\":95.0,\"value\":90.0,\"holds\":false}",
        gates.get(2).toString());
  }

  @Test
  void dataCannotEndItsScriptElement() {
    String safe = LlmReport.scriptSafe("{\"error\":\"</script><script>alert(1)</script>\"}");
    assertFalse(safe.contains("</") || safe.contains("<script"), safe);
  }

  @Test
  void bandsCountTheThresholdsAGapReaches() {
    List<Double> thresholds = List.of(25.0, 50.0);
    assertEquals(0, PageData.band(24.9, thresholds));
    assertEquals(1, PageData.band(25, thresholds));
    assertEquals(2, PageData.band(50, thresholds));
  }

  @Test
  void thresholdsMustIncrease() {
    ConfigError e = assertThrows(ConfigError.class,
        () -> ConfigLoader.of(Map.of("report.itl-thresholds-ms", "50,25")).options());
    assertTrue(e.getMessage().contains("report.itl-thresholds-ms"), e.getMessage());
    assertEquals(List.of(10.0, 20.0, 40.0),
        ConfigLoader.of(Map.of("report.itl-thresholds-ms", "10,20,40")).get(LlmReport.ITL_THRESHOLDS));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
