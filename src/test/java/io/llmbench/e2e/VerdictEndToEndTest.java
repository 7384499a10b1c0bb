package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.verdict.Check;
import io.llmbench.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict files of runs against the embedded mock: fixed gates, and a comparison with a baseline run. */
class VerdictEndToEndTest {
  /** A throw-away run first: a JVM's first seconds of JIT compilation would be in the baseline's figures. */
  @BeforeAll
  static void warmTheJvm(@TempDir Path dir) {
    run(dir, "mock.ttft-ms", 1, "num-prompts", 200);
  }

  private static GatlingRun run(Path dir, Object... options) {
    Map<String, Object> all = GatlingRun.options("num-prompts", 30, "random-input-len", 16, "random-output-len", 8,
        "request-rate", 100, "warmup-requests", 4, "mock.itl-ms", 2);
    all.putAll(GatlingRun.options(options));
    return GatlingRun.run(E2eSimulation.class, dir, all);
  }

  private static Verdict verdict(GatlingRun run) {
    return Verdict.read(run.folder().path().resolve(Verdict.JSON_FILE));
  }

  private static List<Check> failed(Verdict v) {
    return v.checks().stream().filter(c -> c.result() != Check.Result.PASSED).toList();
  }

  @Test
  void aBreachedGateIsOneFailingTestCaseWithItsValueAndBound(@TempDir Path dir) throws Exception {
    GatlingRun tight = run(dir, "mock.ttft-ms", 20, "assertions.p99-ttft-ms", 1, "assertions.max-failed-pct", 0);
    Verdict v = verdict(tight);
    assertEquals(1, v.failures());
    Check breach = failed(v).get(0);
    assertEquals("p99 TTFT", breach.name());
    assertTrue(breach.measured() > 20 && breach.bound() == 1.0, breach.toString());
    String xml = Files.readString(tight.folder().path().resolve(Verdict.JUNIT_FILE));
    assertTrue(xml.contains("failures=\"1\" errors=\"0\""), xml);
    assertTrue(xml.contains("<failure message=\"p99 TTFT = "), xml);

    Verdict loose = verdict(run(dir, "mock.ttft-ms", 20, "assertions.p99-ttft-ms", 10_000));
    assertTrue(loose.passed(), loose.toString());
    assertEquals(2, loose.tests(), "the run, and the gate");
  }

  /**
   * Runs long enough, with gaps wide enough, that a few ms stall of this shared test JVM moves no p99: with 30
   * requests of 2 ms gaps one stall doubled p99 ITL, a "regression" of the same server (seen under load).
   */
  private static GatlingRun comparable(Path dir, Object... options) {
    List<Object> all = new ArrayList<>(List.of("num-prompts", 240, "request-rate", 120, "mock.itl-ms", 10));
    all.addAll(List.of(options));
    return run(dir, all.toArray());
  }

  @Test
  void aDoubledTtftAgainstTheBaselineIsASignificantRegressionTheSameServerIsNot(@TempDir Path dir) {
    GatlingRun base = comparable(dir, "mock.ttft-ms", 30);
    String baseline = base.folder().path().toString();
    Verdict slower =
        verdict(comparable(dir, "mock.ttft-ms", 60, "baseline", baseline, "assertions.max-regression-pct", 10));
    assertFalse(slower.passed());
    assertTrue(failed(slower).stream().anyMatch(c -> c.name().equals("p50 TTFT vs baseline")), slower.toString());
    assertTrue(failed(slower).stream().allMatch(c -> c.message().contains("beyond the bound of 10.00 %")),
        slower.toString());

    Verdict same =
        verdict(comparable(dir, "mock.ttft-ms", 30, "baseline", baseline, "assertions.max-regression-pct", 10));
    assertTrue(same.passed(), same.toString());
    assertEquals(1 + 4 * 4 + 1, same.tests(), "the run, mean/p50/p90/p99 of four latencies, throughput");
  }
}
