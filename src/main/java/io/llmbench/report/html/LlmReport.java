package io.llmbench.report.html;

import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code llm-report.html}: one self-contained page per run (run facts, SGLang's figures and ours, latency
 * distributions, a request timeline and the run over time), drawn by the page's own script on canvases from one
 * JSON blob. Nothing in it is fetched: the template has no external resource and the data no URL a browser would
 * follow.
 */
public final class LlmReport {
  public static final String FILE_NAME = "llm-report.html";
  public static final OptionSpec<List<Double>> ITL_THRESHOLDS = OptionSpec.strings("report.itl-thresholds-ms",
      List.of("25", "50"), "the timeline's ITL colour bands: a gap below the first is green, below the second amber, "
          + "beyond red").map(List.of(25.0, 50.0), LlmReport::thresholds).allowing("increasing numbers of ms");
  public static final OptionGroup OPTIONS = new OptionGroup("report page", List.of(ITL_THRESHOLDS));

  private static final String TEMPLATE = "report/llm-report.html";
  private static final String DATA_PLACEHOLDER = "/*LLMBENCH_DATA*/";

  private LlmReport() {}

  /** Writes the page into the run folder. */
  public static Path write(Path runFolder, PageInput in) {
    Path file = runFolder.resolve(FILE_NAME);
    try {
      Files.writeString(file, html(in, in.info().options().get(ITL_THRESHOLDS)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  static String html(PageInput in, List<Double> itlThresholdsMs) {
    return template().replace(DATA_PLACEHOLDER, scriptSafe(PageData.json(in, itlThresholdsMs)));
  }

  /**
   * JSON that can sit inside a {@code <script>} element: "<" and "/" occur only inside strings, where {@code \u003c}
   * and {@code \/} mean the same, so no {@code </script>} or comment opener can end the element early, and no
   * "http://" in the data (the target's URL, say) reads as a link.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace("/", "\\/");
  }

  private static String template() {
    try (InputStream in = LlmReport.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(TEMPLATE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Double> thresholds(List<String> values) {
    List<Double> ms = values.stream().map(String::trim).map(Double::valueOf).toList();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i) <= 0 || i > 0 && ms.get(i) <= ms.get(i - 1)) {
        throw new IllegalArgumentException("expected increasing positive numbers of milliseconds, such as [25, 50]");
      }
    }
    return ms;
  }
}
