package io.llmbench.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Distribution;
import io.llmbench.metrics.Metrics;
import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Samples;
import io.llmbench.metrics.CachedTokens;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictTest {
  private static RequestOutcome ok(double ttft, double latency, List<Double> itl) {
    return new RequestOutcome(true, "", 10, 10, 10, 0, itl.size() + 1, itl.size() + 1, 0, 0, ttft, latency, itl, itl,
        "text", CachedTokens.NONE);
  }

  private static final List<RequestOutcome> RUN = List.of(
      ok(0.031, 0.1, List.of(0.02, 0.03)), ok(0.047, 0.2, List.of(0.05)),
      new RequestOutcome(false, "boom", 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), "", CachedTokens.NONE),
      ok(0.029, 0.3, List.of(0.01, 0.01, 0.07)));

  private static Thresholds gates(Map<String, ?> assertions) {
    return ConfigLoader.of(Map.of("assertions", assertions)).assertions();
  }

  @Test
  void goodputGateCountsFailuresAndMeetsBoundsInclusively() {
    Samples s = Samples.of(RUN, 2.0, false);
    // TTFTs 31, 47, (failed), 29 ms: 31 ms meets a 31 ms bound (vLLM's slo >= value), so 2 of 4 are good
    Goodput ttft = Goodput.parse("ttft:31");
    assertEquals(new Goodput.Figures(2, 4, 1.0, 50.0), ttft.of(s));
    Check pass = Gates.judge(gates(Map.of("min-goodput-pct", 50)), ttft, s).get(0);
    assertEquals(Check.Result.PASSED, pass.result());
    Check fail = Gates.judge(gates(Map.of("min-goodput-pct", 50.5)), ttft, s).get(0);
    assertEquals(Check.Result.FAILED, fail.result());
    assertEquals("good requests = 50.00 %, below the bound of 50.50 %", fail.message());
    // ITL: every gap within the bound; the 70 ms gap of the last request breaks 50 ms, the 50 ms gap meets it
    assertEquals(2, Goodput.parse("itl:50").of(s).good());
    assertEquals(0, Goodput.parse("ttft:30 e2el:100").of(s).good(), "the 29 ms TTFT request took 300 ms");
  }

  @Test
  void gatesReadTheExactFiguresOfTheConsoleBlock() {
    Samples s = Samples.of(RUN, 2.0, false);
    Distribution ttft = Metrics.compute(RUN, 2.0).ttftMs();
    List<Check> checks = Gates.judge(gates(Map.of("p99-ttft-ms", 46.5, "mean-ttft-ms", 100, "p75-itl-ms", 60,
        "max-failed-pct", 30)), Goodput.NONE, s);
    assertEquals(List.of("p99 TTFT", "mean TTFT", "p75 ITL", "failed requests"), checks.stream().map(Check::name).toList());
    assertEquals(ttft.p99(), checks.get(0).measured(), "bit for bit SGLang's P99 TTFT");
    assertEquals(ttft.mean(), checks.get(1).measured());
    assertEquals(Check.Result.FAILED, checks.get(0).result());
    assertEquals("p99 TTFT = 46.68 ms, above the bound of 46.50 ms", checks.get(0).message());
    assertEquals(Check.Result.PASSED, checks.get(1).result());
    assertEquals(45.0, checks.get(2).measured(), 1e-9, "p75 of 20, 30, 50, 10, 10, 70 ms");
    assertEquals(25.0, checks.get(3).measured(), "one failure in four");
    assertEquals(Check.Result.PASSED, checks.get(3).result());
  }

  @Test
  void junitXmlHasOneCasePerCheckWithFailuresAndErrorsCounted(@TempDir Path dir) {
    Verdict v = Verdict.of("run-1", List.of(
        Check.atMost("gates", "p99 TTFT", "assertions.p99-ttft-ms", 77.06, 1, "ms"),
        Check.atMost("gates", "failed requests", "assertions.max-failed-pct", 0, 0, "%"),
        Check.error("run", "measured requests", "num-prompts", "no measured request was sent")));
    assertFalse(v.passed());
    String xml = v.junitXml();
    assertTrue(xml.contains("<testsuite name=\"run-1\" tests=\"3\" failures=\"1\" errors=\"1\" skipped=\"0\">"), xml);
    assertTrue(xml.contains("<testcase classname=\"llmbench.gates\" name=\"p99 TTFT\">\n      <failure message=\"p99 TTFT"
        + " = 77.06 ms, above the bound of 1.00 ms\" type=\"assertions.p99-ttft-ms\">"), xml);
    assertTrue(xml.contains("<error message=\"no measured request was sent\""), xml);
    v.write(dir);
    assertEquals(v, Verdict.read(dir.resolve(Verdict.JSON_FILE)), "verdict.json holds the same");
    assertEquals("llmbench: verdict FAILED (2 of 3 checks): p99 TTFT, measured requests (run-1/junit.xml)", v.line());
  }

  @Test
  void aRegressionFailsOnlyWhenSignificantlyBeyondItsBound() {
    Samples base = BootstrapTest.run(40, 0.050, 0.010, 1);
    Comparison doubled = Comparison.of("base", base, BootstrapTest.run(40, 0.100, 0.010, 2));
    List<Check> checks = doubled.judge(gates(Map.of("max-regression-pct", Map.of("all", 10, "p99-ttft", 500))));
    Check p50 = checks.stream().filter(c -> c.name().equals("p50 TTFT vs baseline")).findFirst().orElseThrow();
    assertEquals(Check.Result.FAILED, p50.result(), p50.message());
    assertEquals("assertions.max-regression-pct", p50.key());
    Check p99 = checks.stream().filter(c -> c.name().equals("p99 TTFT vs baseline")).findFirst().orElseThrow();
    assertEquals(Check.Result.PASSED, p99.result(), "its own bound of 500 %");
    assertTrue(doubled.table().contains("p50 TTFT (ms)"), doubled.table());

    Comparison noise = Comparison.of("base", base, BootstrapTest.run(40, 0.050, 0.010, 3));
    assertTrue(noise.judge(gates(Map.of("max-regression-pct", 1))).stream()
        .allMatch(c -> c.result() == Check.Result.PASSED), "another run of the same distribution: " + noise.table());
  }

  @Test
  void aNumberBesideAnObjectInSystemPropertiesIsRefused() {
    System.setProperty("llmbench.assertions.max-regression-pct", "10");
    System.setProperty("llmbench.assertions.max-regression-pct.p99-ttft", "5");
    try {
      ConfigError e = org.junit.jupiter.api.Assertions.assertThrows(ConfigError.class, () -> ConfigLoader.load(
          Map.of()).get(Thresholds.ASSERTIONS).maxRegressionPct("p99-ttft"));
      assertTrue(e.getMessage().contains("max-regression-pct.all"), e.getMessage());
    } finally {
      System.clearProperty("llmbench.assertions.max-regression-pct");
      System.clearProperty("llmbench.assertions.max-regression-pct.p99-ttft");
      com.typesafe.config.ConfigFactory.invalidateCaches();
    }
  }
}
