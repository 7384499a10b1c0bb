package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.Fault;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API key goes to the server and nowhere else: a run in Gatling's own JVM with {@code OPENAI_API_KEY} set, some
 * requests failing (HTTP 500, 429, a mid-stream disconnect), its console output and every file it leaves (run folder,
 * Gatling's results and HTML report) scanned for the key and for the Authorization header; over plain HTTP and over
 * TLS (the mock's own certificate, trusted through {@code tls.ca-file}).
 */
class SecretsTest {
  private static final String KEY = "sk-llmbench-secrets-test-0123456789";

  @ParameterizedTest(name = "tls={0}")
  @ValueSource(booleans = {false, true})
  void theKeyReachesTheServerAndNoOutput(boolean tls, @TempDir Path dir) throws Exception {
    MockConfig config = MockConfig.defaults().withTtftMs(2).withGapMs(1).withTls(tls)
        .withFaultAt(2, Fault.parse("500")).withFaultAt(3, Fault.parse("429")).withFaultAt(4, Fault.parse("disconnect:2"));
    try (MockServer mock = MockServer.start(config)) {
      List<String> options = new ArrayList<>(List.of("-Dllmbench.base-url=" + mock.baseUrl(),
          "-Dllmbench.backend=vllm-chat", "-Dllmbench.tokenizer=builtin:gpt2", "-Dllmbench.num-prompts=12",
          "-Dllmbench.random-input-len=8", "-Dllmbench.random-output-len=4", "-Dllmbench.warmup-requests=1",
          "-Dllmbench.max-concurrency=2"));
      if (tls) {
        options.add("-Dllmbench.tls.ca-file=" + TlsTest.caFile(mock, dir));
      }
      // with Gatling's HTML report, which is scanned too
      ProcessBuilder gatling = ForkedGatling.of(dir, true, options).redirectOutput(dir.resolve("console.txt").toFile());
      gatling.environment().put("OPENAI_API_KEY", KEY);
      Process p = gatling.start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");

      // the header went out with every request (the mock's log keeps it redacted)
      assertTrue(mock.log().stream().filter(l -> l.generation() > 0)
          .allMatch(l -> MockTruth.header(l, "Authorization") != null));
      String console = Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);
      assertTrue(console.contains("Successful requests:                     9"), console);
      assertTrue(console.contains("Failed requests:                         3"), console);

      List<String> leaks = new ArrayList<>();
      List<Path> files;
      try (Stream<Path> all = Files.walk(dir)) {
        files = all.filter(Files::isRegularFile).toList();
      }
      assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("index.html")), "Gatling's report");
      for (Path f : files) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (text.contains(KEY) || text.contains("sk-llmbench") || text.toLowerCase().contains("authorization:")
            || text.contains("\"Authorization\"")) {
          leaks.add(dir.relativize(f).toString());
        }
      }
      assertEquals(List.of(), leaks, "files that hold the key or the header");
    }
  }
}
