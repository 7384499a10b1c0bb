package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code https://} target, as a user meets it from {@code mvn gatling:test}'s forked JVM, against the mock serving
 * TLS with a certificate it made at start: refused before load unless trusted through {@code tls.ca-file}, or
 * unchecked with {@code tls.insecure} and a warning.
 */
class TlsTest {
  private static final String KEY = "sk-llmbench-tls-test-0123456789";
  private static final String STACK_FRAME = "(?s).*\\n\\s+at [\\w.$]+\\(.*";

  record Outcome(int exitCode, String output) {}

  /** The mock's certificate in PEM, in {@code dir}: what a user passes as {@code tls.ca-file}. */
  static Path caFile(MockServer mock, Path dir) throws IOException {
    return Files.writeString(dir.resolve("mock-ca.pem"), mock.certificate().pem());
  }

  private static Outcome run(MockServer mock, Path dir, String... options) throws Exception {
    List<String> all = new ArrayList<>(List.of("-Dllmbench.base-url=" + mock.baseUrl(),
        "-Dllmbench.backend=vllm-chat", "-Dllmbench.tokenizer=builtin:gpt2", "-Dllmbench.num-prompts=4",
        "-Dllmbench.random-input-len=8", "-Dllmbench.random-output-len=4", "-Dllmbench.warmup-requests=1"));
    all.addAll(List.of(options));
    ProcessBuilder gatling = ForkedGatling.of(dir, false, all);
    gatling.environment().put("OPENAI_API_KEY", KEY);
    Process p = gatling.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the JVM ended");
    return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static MockServer tlsMock() {
    return MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(1).withTls(true));
  }

  @Test
  void aSelfSignedServerIsRefusedBeforeLoadInOneLine(@TempDir Path dir) throws Exception {
    try (MockServer mock = tlsMock()) {
      Outcome run = run(mock, dir);
      assertEquals(1, run.exitCode(), run.output());
      assertTrue(run.output().contains("llmbench: the TLS certificate of " + mock.baseUrl() + " was refused (unable to"
          + " find valid certification path to requested target): set llmbench.tls.ca-file to the PEM file of its CA,"
          + " or llmbench.tls.insecure = true to skip the check\n"), run.output());
      assertFalse(run.output().matches(STACK_FRAME), run.output());
      assertFalse(run.output().contains(KEY), "the key is not in the output");
      assertEquals(List.of(), mock.log(), "no request got through");
      assertFalse(Files.exists(dir.resolve("reports")) && Files.list(dir.resolve("reports")).findAny().isPresent(),
          "no run folder");
    }
  }

  @Test
  void withNoQueryBeforeLoadTheRequestsThemselvesAreRefused(@TempDir Path dir) throws Exception {
    try (MockServer mock = tlsMock()) {
      // no readiness poll, no model query: Gatling's engine must check the certificate itself
      Outcome run = run(mock, dir, "-Dllmbench.ready-check-timeout-sec=0", "-Dllmbench.model=llmbench-mock");
      assertEquals(1, run.exitCode(), run.output());
      assertTrue(run.output().contains("Warmup failed"), run.output());
      assertTrue(run.output().contains("unable to find valid certification path to requested target"), run.output());
      assertFalse(run.output().contains(KEY), "the key is not in the output");
      assertEquals(List.of(), mock.log(), "no request got through");
    }
  }

  @Test
  void withItsCertificateAsCaFileTheRunGoesThroughTls(@TempDir Path dir) throws Exception {
    try (MockServer mock = tlsMock()) {
      Outcome run = run(mock, dir, "-Dllmbench.tls.ca-file=" + caFile(mock, dir));
      assertEquals(0, run.exitCode(), run.output());
      assertTrue(run.output().contains("Successful requests:                     4"), run.output());
      assertEquals(5, MockTruth.of(mock).generations().size(), "warm-up and 4 measured requests, over TLS");
      assertFalse(run.output().contains("tls.insecure = true"), run.output());
    }
  }

  @Test
  void insecureRunsWithAWarning(@TempDir Path dir) throws Exception {
    try (MockServer mock = tlsMock()) {
      Outcome run = run(mock, dir, "-Dllmbench.tls.insecure=true");
      assertEquals(0, run.exitCode(), run.output());
      assertTrue(run.output().contains("llmbench: WARNING: llmbench.tls.insecure = true: the certificate of "
          + mock.baseUrl() + " is not checked; whoever answers there gets the requests and their API key\n"),
          run.output());
      assertTrue(run.output().contains("Successful requests:                     4"), run.output());
    }
  }
}
