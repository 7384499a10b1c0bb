package io.llmbench.report.html;

import io.llmbench.run.PostProcessor;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import io.llmbench.tokenizer.TestTokenizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Bounded benchmark (not a unit test): how long {@code llm-report.html} takes to write and to open in headless
 * Chromium for synthetic runs of 1,000 and 100,000 requests ({@link SyntheticRun}: 12 chunks each). Per size: the
 * post-processor's time (the page included), the page's size, then over {@value #LOADS} loads the median time from
 * navigation start to the end of the page's script (everything drawn), the script's own share of it (parse the data,
 * draw), and the median time to scroll the timeline to its middle and redraw it. Command and figures in docs/benchmarks.md. Args: request counts (1000 100000).
 */
public final class ReportRenderBenchmark {
  private static final int LOADS = 5;

  private ReportRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {1_000, 100_000};
    for (int n : sizes) {
      Path dir = Files.createTempDirectory("llmbench-render");
      RunFolder folder = SyntheticRun.write(dir, n, 100);
      long t0 = System.nanoTime();
      PostProcessor.process(folder, RunManifest.read(folder.manifest()), TestTokenizers.gpt2());
      double postMs = (System.nanoTime() - t0) / 1e6;
      Path page = dir.resolve(LlmReport.FILE_NAME);
      double[] loadMs = new double[LOADS];
      double[] scrollMs = new double[LOADS];
      double[] scriptMs = new double[LOADS];
      try (HeadlessChromium browser = HeadlessChromium.start(1400, 1000)) {
        for (int i = 0; i < LOADS; i++) {
          browser.open(page, "renderedMs");
          loadMs[i] = Double.parseDouble(browser.evaluate("document.body.dataset.renderedMs"));
          scriptMs[i] = Double.parseDouble(browser.evaluate("document.body.dataset.scriptMs"));
          scrollMs[i] = Double.parseDouble(browser.evaluate("(() => { const t = performance.now();"
              + " scroller.scrollTop = scroller.scrollHeight / 2; drawTimeline(); drawOverview();"
              + " return performance.now() - t; })()"));
          browser.call("Page.navigate", java.util.Map.of("url", "about:blank"));
        }
        if (!browser.errors.isEmpty()) {
          throw new AssertionError("console errors: " + browser.errors);
        }
      }
      System.out.printf("%,d requests: post-processing %.0f ms, page %.1f MB, load to drawn median %.0f ms"
              + " (of %s), of which the script (parse the data, draw) %.0f ms, scroll redraw median %.1f ms%n", n, postMs,
          Files.size(page) / 1e6, median(loadMs), Arrays.toString(loadMs), median(scriptMs), median(scrollMs));
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
