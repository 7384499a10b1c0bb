package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.dataset.DatasetOptions;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.dataset.Datasets;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.mock.MockTokens;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generated-shared-prefix against the mock, checked from the mock's log of what it received. */
class SharedPrefixEndToEndTest {
  private static final Tokenizer GPT2 = TestTokenizers.gpt2();
  private static final Pattern ROUTING_KEY = Pattern.compile("[0-9a-f]{8}_\\d{14}_(\\d+)");
  private static final int GROUPS = 4;
  private static final int PER_GROUP = 3;
  private static final int SYSTEM_LEN = 40;
  private static final int QUESTION_LEN = 6;
  private static final int OUTPUT_LEN = 5;

  @Test
  void promptsOfAGroupShareItsSystemPromptAndRoutingKey(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(1))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "dataset-name", "generated-shared-prefix", "num-prompts", 2, "gsp-num-groups", GROUPS,
          "gsp-prompts-per-group", PER_GROUP, "gsp-system-prompt-len", SYSTEM_LEN, "gsp-question-len", QUESTION_LEN,
          "gsp-output-len", OUTPUT_LEN, "gsp-send-routing-key", true, "warmup-requests", 1));
      assertEquals(0, run.exitCode());
      MockTruth truth = MockTruth.of(mock);
      int requests = GROUPS * PER_GROUP;
      assertEquals(1 + requests, truth.generations().size(), "warm-up + every slot, num-prompts unused");

      Map<String, List<String>> textsByKey = new HashMap<>();
      Set<String> sent = new HashSet<>();
      for (int i = 0; i < requests; i++) {
        MockRequestLog request = truth.measured(i);
        JsonNode body = EndToEndTest.JSON.readTree(request.body());
        assertEquals(OUTPUT_LEN, body.path("sampling_params").path("max_new_tokens").asInt(), request.body());
        String key = MockTruth.header(request, "X-SMG-Routing-Key");
        assertNotNull(key, "request " + i + " has a routing key");
        textsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(body.path("text").asText());
        sent.add(body.path("text").asText());
      }
      assertEquals(GROUPS, textsByKey.size(), "one routing key per group");
      Set<String> groups = new HashSet<>();
      Set<String> runPrefixes = new HashSet<>();
      Set<String> systemPrompts = new HashSet<>();
      for (Map.Entry<String, List<String>> group : textsByKey.entrySet()) {
        Matcher m = ROUTING_KEY.matcher(group.getKey());
        assertTrue(m.matches(), group.getKey());
        groups.add(m.group(1));
        runPrefixes.add(group.getKey().substring(0, group.getKey().lastIndexOf('_')));
        assertEquals(PER_GROUP, group.getValue().size(), "uniform: every group gets its prompts");
        // the group's system prompt: what its prompts share, up to the "\n\n" before the question
        String shared = commonPrefix(group.getValue());
        String system = shared.substring(0, shared.lastIndexOf("\n\n"));
        assertEquals(SYSTEM_LEN, GPT2.encode(system, false).length, "the shared part is one system prompt");
        for (String text : group.getValue()) {
          assertTrue(text.startsWith(system + "\n\n"));
          assertEquals(QUESTION_LEN, GPT2.encode(text.substring(system.length() + 2), false).length,
              "the rest is one question");
        }
        systemPrompts.add(system);
      }
      assertEquals(Set.of("0", "1", "2", "3"), groups);
      assertEquals(1, runPrefixes.size(), "one random prefix and time per run");
      assertEquals(GROUPS, systemPrompts.size(), "groups have distinct system prompts");
      // the very prompts the dataset built (the seed fixes them)
      DatasetOptions options = DatasetOptions.defaults("generated-shared-prefix").with(Map.of("gsp-num-groups", GROUPS,
          "gsp-prompts-per-group", PER_GROUP, "gsp-system-prompt-len", SYSTEM_LEN, "gsp-question-len", QUESTION_LEN,
          "gsp-output-len", OUTPUT_LEN, "gsp-send-routing-key", true));
      assertEquals(Set.copyOf(Datasets.generate(options, GPT2).stream().map(DatasetRow::text).toList()), sent);
    }
  }

  @Test
  void conversationsReplayTheRealRepliesOneTurnAtATime(@TempDir Path dir) throws IOException {
    int conversations = 6;
    int turns = 3;
    long thinkNanos = 200_000_000L;
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(10).withGapMs(2))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "dataset-name", "generated-shared-prefix", "gsp-num-groups", 2, "gsp-prompts-per-group", 3,
          "gsp-system-prompt-len", 24, "gsp-question-len", QUESTION_LEN, "gsp-output-len", OUTPUT_LEN,
          "gsp-num-turns", turns, "max-concurrency", 2, "think-time", "200ms", "warmup-requests", 0));
      assertEquals(0, run.exitCode());
      MockTruth truth = MockTruth.of(mock);
      assertEquals(conversations * turns, truth.generations().size(), "every conversation made 3 requests");

      List<long[]> spans = new ArrayList<>();
      for (int c = 0; c < conversations; c++) {
        List<MockRequestLog> logs = new ArrayList<>();
        for (int t = 0; t < turns; t++) {
          MockRequestLog log = truth.byRequestId().get("measured-" + c + (t == 0 ? "" : "-" + t));
          assertNotNull(log, "conversation " + c + " turn " + t);
          logs.add(log);
        }
        assertNull(truth.byRequestId().get("measured-" + c + "-" + turns));
        JsonNode previous = null;
        for (int t = 0; t < turns; t++) {
          JsonNode messages = EndToEndTest.JSON.readTree(logs.get(t).body()).path("messages");
          assertEquals(2 * t + 1, messages.size(), "conversation " + c + " turn " + t);
          for (int m = 0; m < messages.size(); m++) {
            assertEquals(m % 2 == 0 ? "user" : "assistant", messages.path(m).path("role").asText());
          }
          if (t == 0) {
            assertTrue(messages.path(0).path("content").asText().contains("\n\n"), "system prompt + question");
          } else {
            // the history is the previous request's messages and the reply the mock actually sent to it
            for (int m = 0; m < previous.size(); m++) {
              assertEquals(previous.path(m), messages.path(m));
            }
            String reply = MockTokens.text(0, logs.get(t - 1).completionTokens());
            assertEquals(OUTPUT_LEN, logs.get(t - 1).completionTokens());
            assertEquals(reply, messages.path(2 * t - 1).path("content").asText());
            assertEquals(QUESTION_LEN, GPT2.encode(messages.path(2 * t).path("content").asText(), false).length,
                "turn " + t + " asks a question of its own");
            long gap = logs.get(t).recvNanos() - logs.get(t - 1).endNanos();
            assertTrue(gap >= thinkNanos, "turn " + t + " came " + gap / 1e6 + " ms after the previous reply ended");
          }
          previous = messages;
        }
        spans.add(new long[] {logs.get(0).recvNanos(), logs.get(turns - 1).endNanos()});
      }
      assertEquals(2, maxOverlap(spans), "max-concurrency = 2 conversations in flight at most (and reached)");
    }
  }

  /** The most spans [start, end] in progress at one time. */
  private static int maxOverlap(List<long[]> spans) {
    int most = 0;
    for (long[] span : spans) {
      int at = 0;
      for (long[] other : spans) {
        if (other[0] <= span[0] && span[0] < other[1]) {
          at++;
        }
      }
      most = Math.max(most, at);
    }
    return most;
  }

  private static String commonPrefix(List<String> texts) {
    String prefix = texts.get(0);
    for (String t : texts) {
      int i = 0;
      while (i < Math.min(prefix.length(), t.length()) && prefix.charAt(i) == t.charAt(i)) {
        i++;
      }
      prefix = prefix.substring(0, i);
    }
    return prefix;
  }
}
