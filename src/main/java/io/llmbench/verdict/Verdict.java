package io.llmbench.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.llmbench.verdict.Check.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a run came to in CI terms: one check per gate, written as {@code junit.xml} (the JUnit XML that Jenkins,
 * GitLab and GitHub test reporters read) and as {@code verdict.json} with the same content for scripts.
 *
 * @param run the run folder's name: the test suite's name
 * @param passed no check failed and none is in error
 */
public record Verdict(String run, boolean passed, int tests, int failures, int errors, List<Check> checks) {
  public static final String JUNIT_FILE = "junit.xml";
  public static final String JSON_FILE = "verdict.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static Verdict of(String run, List<Check> checks) {
    int failures = count(checks, Result.FAILED);
    int errors = count(checks, Result.ERROR);
    return new Verdict(run, failures + errors == 0, checks.size(), failures, errors, List.copyOf(checks));
  }

  /** Writes both files into {@code folder}. */
  public void write(Path folder) {
    try {
      Files.writeString(folder.resolve(JUNIT_FILE), junitXml(), StandardCharsets.UTF_8);
      JSON.writeValue(folder.resolve(JSON_FILE).toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the verdict into " + folder, e);
    }
  }

  public static Verdict read(Path file) {
    try {
      return JSON.readValue(file.toFile(), Verdict.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the verdict " + file, e);
    }
  }

  /** One {@code llmbench:} line: passed, or the names of the checks that were not (their messages are in the files). */
  public String line() {
    if (passed) {
      return "llmbench: verdict passed (" + tests + " checks): " + run;
    }
    return "llmbench: verdict FAILED (" + (failures + errors) + " of " + tests + " checks): " + checks.stream()
        .filter(c -> c.result() != Result.PASSED).map(Check::name).collect(Collectors.joining(", ")) + " (" + run
        + "/" + JUNIT_FILE + ")";
  }

  /** One test suite, one test case per check: {@code <failure>} for a breach, {@code <error>} when not judged. */
  public String junitXml() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
    xml.append("<testsuites name=\"llmbench\"").append(counts).append(">\n");
    xml.append("  <testsuite name=\"").append(escape(run)).append('"').append(counts).append(" skipped=\"0\">\n");
    for (Check c : checks) {
      xml.append("    <testcase classname=\"llmbench.").append(escape(c.group())).append("\" name=\"")
          .append(escape(c.name())).append('"');
      if (c.result() == Result.PASSED) {
        xml.append(">\n      <system-out>").append(escape(c.message())).append("</system-out>\n    </testcase>\n");
        continue;
      }
      String element = c.result() == Result.FAILED ? "failure" : "error";
      xml.append(">\n      <").append(element).append(" message=\"").append(escape(c.message())).append("\" type=\"")
          .append(escape(c.key())).append("\">").append(escape(c.message())).append("</").append(element)
          .append(">\n    </testcase>\n");
    }
    return xml.append("  </testsuite>\n</testsuites>\n").toString();
  }

  private static int count(List<Check> checks, Result result) {
    return (int) checks.stream().filter(c -> c.result() == result).count();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
