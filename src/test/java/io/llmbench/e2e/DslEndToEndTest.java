package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario of the user's own, with the DSL, against a server the simulation reaches by URL. */
class DslEndToEndTest {

  @Test
  void theReadmeExampleRunsUnchanged(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = withTarget(mock, () -> GatlingRun.run(userChat(), dir, Map.of()));
      assertEquals(0, run.exitCode());
      // constantUsersPerSec(10).during(3): exactly 30 requests reach the server, none twice
      assertEquals(30, MockTruth.of(mock).generations().size());
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertEquals(30, records.size());
      assertTrue(records.stream().allMatch(RequestRecord::success));
      // each prompt counted with the protocol's tokenizer, as SGLang counts a text prompt
      var gpt2 = io.llmbench.tokenizer.TestTokenizers.gpt2();
      java.util.Set<Integer> counts = java.util.Set.of(gpt2.encode("Tell me a story", true).length,
          gpt2.encode("Count to ten", true).length);
      assertTrue(records.stream().allMatch(r -> counts.contains(r.promptLen())), () -> records.toString());
      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(30, line.get("completed").asInt());
      assertEquals("scenario", line.get("dataset_name").asText());
      assertTrue(Files.readString(run.folder().summary()).contains("Successful requests:                     30"));
    }
  }

  @Test
  void checksSessionResultsAndGatlingRowsCountRealRequests(@TempDir Path dir) {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = withTarget(mock, () -> GatlingRun.run(DslChatSimulation.class, dir, Map.of()),
          "dsl.users", "6", "dsl.ttft-bound", "10000", "dsl.expect-requests", "12");
      // the assertions hold: Global is the 12 real requests, the metric rows sit under the user's groups
      assertEquals(0, run.exitCode());
      List<MockRequestLog> received = MockTruth.of(mock).generations();
      assertEquals(12, received.size());
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertTrue(records.stream().allMatch(RequestRecord::success), () -> records.toString());
      // the second turn carries the first reply twice (EL on llm.ask.text, and the check's saveAs) and the fed length
      for (MockRequestLog follow : received.stream().filter(l -> l.body().contains("assistant")).toList()) {
        String reply = records.stream().filter(r -> r.requestedOutputLen() == 12)
            .map(r -> r.response().generatedText()).filter(t -> follow.body().contains(t.substring(0, 20)))
            .findFirst().orElseThrow(() -> new AssertionError("no first reply in " + follow.body()));
        String start = reply.substring(0, 20);
        assertEquals(2, follow.body().split(java.util.regex.Pattern.quote(start), -1).length - 1, follow.body());
        assertTrue(follow.body().contains("tokens\": 5,"), follow.body());
      }
    }
  }

  @Test
  void aClosedModelWithALoopCountsEveryRequestOnce(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = withTarget(mock, () -> GatlingRun.run(DslLoopSimulation.class, dir, Map.of()));
      assertEquals(0, run.exitCode());
      int received = MockTruth.of(mock).generations().size();
      assertTrue(received >= 6 && received % 3 == 0, "whole loops of 3: " + received);
      assertEquals(received, RequestLog.read(run.folder().requestLog()).size());
      assertEquals(received, EndToEndTest.sglangLine(run).get("completed").asInt());
    }
  }

  @Test
  void aSeededScheduleSendsEachRequestAtItsIntendedTime(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = withTarget(mock, () -> GatlingRun.run(DslArrivalsSimulation.class, dir, Map.of()));
      assertEquals(0, run.exitCode());
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertEquals(24, records.size());
      long[] scheduled = records.stream().mapToLong(RequestRecord::scheduledNanos).sorted().toArray();
      long[] offsets = io.llmbench.schedule.ArrivalSchedule.poisson(24, 40, 7).offsetsNanos();
      for (int i = 1; i < 24; i++) {
        assertEquals(offsets[i] - offsets[i - 1], scheduled[i] - scheduled[i - 1], "gap " + i);
      }
      // sent at the intended time, or after it when the cap of 4 held the request back; never before
      assertTrue(records.stream().allMatch(r -> r.startNanos() >= r.scheduledNanos()));
      assertTrue(EndToEndTest.sglangLine(run).get("peak_overlapping_requests").asInt() <= 4);
    }
  }

  @Test
  void aFailedCheckIsAKoAndACountedFailure(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = withTarget(mock, () -> GatlingRun.run(DslChatSimulation.class, dir, Map.of()),
          "dsl.users", "4", "dsl.ttft-bound", "1", "dsl.expect-requests", "8");
      // the first turn's check fails: KO in Gatling's stats (the failed-count assertion of UserChat would fire),
      // and a failure in our summary, counted by its check
      assertNotEquals(0, run.exitCode());
      List<RequestRecord> asks = RequestLog.read(run.folder().requestLog()).stream()
          .filter(r -> r.requestedOutputLen() == 12).toList();
      assertEquals(4, asks.size());
      for (RequestRecord r : asks) {
        assertFalse(r.success());
        assertTrue(r.response().error().startsWith("check: ttft.find.lessThan(1)\n"), r.response().error());
      }
      String summary = Files.readString(run.folder().summary());
      assertTrue(summary.contains("Failed requests:                         4"), summary);
      assertTrue(summary.contains("check: ttft.find.lessThan(1)"), summary);
    }
  }

  /** The README's example lives in the default package, as a user drops it into simulations/. */
  private static Class<?> userChat() {
    try {
      return Class.forName("UserChat");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The simulation reads its target (and its knobs) from system properties, as a user's would. */
  private static GatlingRun withTarget(MockServer mock, java.util.function.Supplier<GatlingRun> run, String... knobs) {
    System.setProperty("target", mock.baseUrl());
    for (int i = 0; i < knobs.length; i += 2) {
      System.setProperty(knobs[i], knobs[i + 1]);
    }
    try {
      return run.get();
    } finally {
      System.clearProperty("target");
      for (int i = 0; i < knobs.length; i += 2) {
        System.clearProperty(knobs[i]);
      }
    }
  }
}
