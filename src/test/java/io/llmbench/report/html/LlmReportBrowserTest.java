package io.llmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import io.llmbench.tokenizer.TestTokenizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser (Debian's Chromium, headless; .ci/run installs it): a known run's page loads without a
 * console error or any request but its own file, draws one timeline row per request, and hovering a row shows that
 * request. The screenshot is kept as {@code target/llm-report.png}. Without Chromium this test fails, naming the
 * command that installs it.
 */
class LlmReportBrowserTest {
  static final Path SCREENSHOT = Path.of("target", "llm-report.png");

  @Test
  void aKnownRunsPageLoadsOfflineWithOneRowPerRequestAndHoverShowsTheRequest(@TempDir Path dir) throws Exception {
    RunFolder folder = SyntheticRun.write(dir, 40, 10);
    PostProcessor.process(folder, RunManifest.read(folder.manifest()), TestTokenizers.gpt2());
    Path page = dir.resolve(LlmReport.FILE_NAME);

    try (HeadlessChromium browser = HeadlessChromium.start(1400, 1000)) {
      browser.open(page, "rows");
      assertEquals("40", browser.evaluate("document.body.dataset.rows"), "one timeline row per request");

      JsonNode at = new ObjectMapper().readTree(browser.evaluate("JSON.stringify(llmReport.pointAt(7))"));
      browser.moveMouse(at.get("x").asDouble(), at.get("y").asDouble());
      String tip = browser.evaluate("document.getElementById('tip').textContent");
      assertTrue(tip.startsWith("request 7\nscheduled at 0.7 s\n"), tip);
      assertTrue(tip.contains("TTFT: 50 ms\n"), tip);

      JsonNode failed = new ObjectMapper().readTree(browser.evaluate("JSON.stringify(llmReport.pointAt(29))"));
      browser.moveMouse(failed.get("x").asDouble(), failed.get("y").asDouble());
      assertTrue(browser.evaluate("document.getElementById('tip').textContent")
          .endsWith("FAILED: " + SyntheticRun.FAILURE), "a failure shows its reason");

      browser.evaluate("window.scrollTo(0, 0)");
      browser.screenshot(SCREENSHOT);
      assertEquals(List.of(), browser.errors, "console errors");
      assertEquals(List.of(page.toUri().toString()), browser.requests, "requests other than the page itself");
    }
    assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot with something in it");
  }
}
