package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import io.llmbench.run.RunFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM halfway through a run in Gatling's own JVM (as {@code mvn gatling:test} forks it): a non-zero exit, the run
 * folder written and marked interrupted, and every request the server finished before the signal in requests.jsonl.
 * The server is in this JVM; both processes stamp the same monotonic clock.
 */
class InterruptTest {

  @Test
  void sigtermDrainsWritesTheFolderAndLosesNothing(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(200).withGapMs(20))) {
      Path reports = dir.resolve("reports");
      Process gatling = ForkedGatling.of(dir, false, List.of("-Dllmbench.base-url=" + mock.baseUrl(),
          "-Dllmbench.backend=sglang-oai-chat", "-Dllmbench.tokenizer=builtin:gpt2", "-Dllmbench.num-prompts=300",
          "-Dllmbench.random-input-len=16", "-Dllmbench.random-output-len=20", "-Dllmbench.request-rate=20",
          "-Dllmbench.max-concurrency=8", "-Dllmbench.warmup-requests=0", "-Dllmbench.drain-timeout=300ms"))
          .redirectOutput(dir.resolve("out.txt").toFile()).start();
      // halfway: once the server has finished some requests
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (finished(mock).size() < 20 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      long signal = System.nanoTime();
      gatling.destroy(); // SIGTERM
      assertTrue(gatling.waitFor(60, TimeUnit.SECONDS), "the JVM ended");
      String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
      assertNotEquals(0, gatling.exitValue(), out);

      RunFolder folder;
      try (Stream<Path> runs = Files.list(reports)) {
        folder = new RunFolder(runs.findFirst().orElseThrow());
      }
      assertTrue(Files.readString(folder.summary()).contains("INTERRUPTED: a signal stopped the run"), out);
      // and CI sees it: the run's case is an error in junit.xml
      String junit = Files.readString(folder.path().resolve("junit.xml"));
      assertTrue(junit.contains("<error") && junit.contains("interrupted by a signal"), junit);
      Map<Integer, RequestRecord> logged = RequestLog.read(folder.requestLog()).stream()
          .collect(Collectors.toMap(RequestRecord::index, Function.identity()));
      List<MockRequestLog> before = finished(mock).stream().filter(l -> l.endNanos() < signal).toList();
      assertTrue(before.size() >= 20, "finished before the signal: " + before.size());
      for (MockRequestLog l : before) {
        int index = Integer.parseInt(MockTruth.header(l, "X-Llmbench-Request").substring("measured-".length()));
        RequestRecord r = logged.get(index);
        assertTrue(r != null && r.success(), "request " + index + " finished by the server is logged: " + r);
      }
      assertTrue(logged.size() < 300, "the signal stopped the run: " + logged.size() + " requests");
      assertTrue(out.contains("llmbench: interrupted; "), out);
      assertEquals(logged.size(), logged.values().stream().filter(r -> !r.warmup()).count());
    }
  }

  private static List<MockRequestLog> finished(MockServer mock) {
    return mock.log().stream().filter(l -> l.generation() > 0 && l.outcome() == MockRequestLog.Outcome.COMPLETE)
        .toList();
  }
}
