package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.ChatMessage;
import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.SharedData;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MooncakeDatasetTest {
  private static final Path TRACE = Fixtures.resource("mooncake-trace.jsonl");
  // (timestamp, output_length) of the fixture's records, in file order; record 4 has no
  // output_length.
  private static final long[] TIMESTAMPS = {0, 0, 1250, 4000, 9999, 12000};
  private static final int[] OUTPUTS = {5, 3, 12, 256, 0, 7};
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();
  private static final String HI = String.join(" ", Collections.nCopies(128, "hi"));
  private static final String QUESTION = "Tell me a story based on this context.";

  private static DatasetOptions options(int prompts, int rounds) {
    return DatasetOptions.defaults("mooncake").withDatasetPath(TRACE).withNumPrompts(prompts)
        .with(MooncakeDataset.NUM_ROUNDS, rounds);
  }

  @Test
  void roundsTimesRecordsRowsCarryingTimestampsAndOutputLengths() {
    List<DatasetRow> rows = Datasets.generate(options(100, 3), gpt2);
    assertEquals(6 * 3, rows.size());
    for (int r = 0; r < rows.size(); r++) {
      DatasetRow row = rows.get(r);
      assertEquals(TIMESTAMPS[r / 3], row.timestampMs());
      assertEquals(OUTPUTS[r / 3], row.outputLen());
      assertEquals(gpt2.encode(row.text(), true).length, row.promptLen());
      assertTrue(row.text().contains("Round " + (r % 3 + 1) + ": "), row.text());
    }
    assertEquals(2 * 3, Datasets.generate(options(2, 3), gpt2).size());
    assertEquals(List.of(), Datasets.generate(options(0, 3), gpt2));
    Workload w = Datasets.build(options(6, 1), gpt2);
    assertEquals(6, w.rows().size());
    assertEquals(w.rows().stream().mapToLong(DatasetRow::promptLen).sum(), w.stats().inputTokens());
    assertEquals(5 + 3 + 12 + 256 + 0 + 7, w.stats().outputTokens());
  }

  @Test
  void chatBackendsGetOneConversationPerRecord() {
    List<DatasetRow> rows = Datasets.generate(options(100, 3).withConversations(true), gpt2);
    assertEquals(6, rows.size());
    for (int r = 0; r < rows.size(); r++) {
      DatasetRow row = rows.get(r);
      assertEquals(3, row.turns());
      assertEquals(TIMESTAMPS[r], row.timestampMs());
      assertEquals(OUTPUTS[r], row.outputLen());
      String base = row.text().substring("Round 1: ".length());
      assertTrue(base.endsWith(QUESTION), base);
      assertEquals(List.of("Round 2: " + base, "Round 3: " + base).stream().map(DatasetRow::userMessage).toList(),
          row.nextTurns());
      assertTrue(row.nextTurns().get(0).startsWith("[{\"role\":\"user\",\"content\":\"Round 2: "));
      // the first round as SGLang counts it: the fallback "role: content" render, encoded
      assertEquals(gpt2.encode("user: " + row.text(), true).length, row.promptLen());
    }
    Workload w = Datasets.build(options(6, 3).withConversations(true), gpt2);
    assertEquals(3L * (5 + 3 + 12 + 256 + 0 + 7), w.stats().outputTokens(), "every round's output counts");
  }

  @Test
  void warmupIsTheFirstRecordWith512HiPerIdAndAStoryRequest() {
    Workload w = Datasets.build(options(6, 2), gpt2);
    DatasetRow warm = w.warmup().orElseThrow();
    String hi512 = String.join(" ", Collections.nCopies(512, "hi"));
    assertTrue(warm.text().endsWith(hi512 + "Can you tell me a detailed story in 1000 words?"), warm.text());
    assertTrue(warm.text().startsWith(rowsIds(w.rows().get(0)) + hi512), "starts with the first record's first id");
    assertEquals(Math.min(OUTPUTS[0], 32), warm.outputLen());
    assertEquals(gpt2.encode(warm.text(), true).length, warm.promptLen());
  }

  /** The first hash id of a row: the digits its base query starts with. */
  private static String rowsIds(DatasetRow row) {
    String text = row.text().substring(row.text().indexOf("Round 1: ") + "Round 1: ".length());
    return text.substring(0, text.indexOf("hi"));
  }

  @Test
  void baseQueryIsIdsEachFollowedBy128HiThenTheQuestion() {
    assertEquals("0" + HI + "1" + HI + "2" + HI + QUESTION,
        MooncakeDataset.baseQuery(List.of(0L, 1L, 2L)));
    assertEquals(QUESTION, MooncakeDataset.baseQuery(List.of()));
    assertEquals(127, HI.chars().filter(c -> c == ' ').count());
    assertEquals("story story story", MooncakeDataset.placeholder(3));
    assertEquals("", MooncakeDataset.placeholder(0));
  }

  @Test
  void fallbackWithoutTemplateIsRoleContentLinesGrowingByRound() {
    assertTrue(gpt2.chatTemplate().isEmpty());
    List<DatasetRow> rows = Datasets.generate(options(3, 3), gpt2);
    // Third record: hash_ids [4], output_length 12.
    String base = "4" + HI + QUESTION;
    String story = String.join(" ", Collections.nCopies(12, "story"));
    String round1 = "user: Round 1: " + base;
    String round2 = round1 + "\nassistant: " + story + "\nuser: Round 2: " + base;
    String round3 = round2 + "\nassistant: " + story + "\nuser: Round 3: " + base;
    assertEquals(List.of(round1, round2, round3),
        rows.subList(6, 9).stream().map(DatasetRow::text).toList());
    assertEquals("user: Round 1: 0" + HI + "1" + HI + "2" + HI + QUESTION, rows.get(0).text());
    for (int r = 0; r < rows.size(); r++) {
      if (r % 3 != 0) {
        assertTrue(rows.get(r).text().startsWith(rows.get(r - 1).text() + "\nassistant: "));
        assertTrue(rows.get(r).promptLen() > rows.get(r - 1).promptLen());
      }
    }
  }

  @Test
  void qwen3TemplateRendersTheHistoryWithTheGenerationPrompt() {
    Tokenizer qwen3 = Fixtures.qwen3();
    ChatTemplate template = qwen3.chatTemplate().orElseThrow();
    List<DatasetRow> rows = Datasets.generate(options(6, 2), qwen3);
    assertEquals(12, rows.size());
    // Fourth record: hash_ids [4, 5], no output_length: 256 "story".
    String base = "4" + HI + "5" + HI + QUESTION;
    List<ChatMessage> history = new ArrayList<>();
    history.add(ChatMessage.user("Round 1: " + base));
    assertEquals(template.render(history), rows.get(6).text());
    history.add(new ChatMessage("assistant", String.join(" ", Collections.nCopies(256, "story"))));
    history.add(ChatMessage.user("Round 2: " + base));
    assertEquals(template.render(history), rows.get(7).text());
    assertTrue(rows.get(6).text().startsWith("<|im_start|>user\nRound 1: 4hi hi"),
        rows.get(6).text());
    assertTrue(rows.get(6).text().endsWith(QUESTION + "<|im_end|>\n<|im_start|>assistant\n"));
    for (int r = 0; r < rows.size(); r++) {
      DatasetRow row = rows.get(r);
      assertEquals(qwen3.encode(row.text(), true).length, row.promptLen());
      assertEquals(TIMESTAMPS[r / 2], row.timestampMs());
      assertEquals(OUTPUTS[r / 2], row.outputLen());
      if (r % 2 == 1) {
        // ChatML: round 2 starts with round 1's prompt, the placeholder reply then follows.
        assertTrue(row.text().startsWith(rows.get(r - 1).text()));
        assertTrue(row.promptLen() > rows.get(r - 1).promptLen());
      }
    }
  }

  @Test
  void missingPathSaysWhereTheTracesAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(DatasetOptions.defaults("mooncake")));
    assertTrue(e.getMessage().startsWith("dataset-name mooncake needs dataset-path"),
        e.getMessage());
    assertTrue(e.getMessage().contains("kvcache-ai/Mooncake")
        && e.getMessage().contains("nothing is downloaded"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Datasets.validate(
        options(1, 1).withDatasetPath(Path.of("/no/such/conversation_trace.jsonl"))));
    assertTrue(e.getMessage().contains("dataset-path")
        && e.getMessage().contains("/no/such/conversation_trace.jsonl"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(1, 1).withTokenizePrompt(true)));
    assertEquals("tokenize-prompt is not allowed with dataset-name mooncake", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> options(1, 0));
    assertEquals("llmbench.mooncake-num-rounds = 0: expected an integer from 1 up", e.getMessage());
    assertEquals(1, DatasetOptions.defaults("mooncake").get(MooncakeDataset.NUM_ROUNDS));
  }

  @Test
  void malformedLinesNameFileLineAndExpectation(@TempDir Path dir) throws IOException {
    String good = "{\"timestamp\": 0, \"output_length\": 1, \"hash_ids\": [1]}\n";
    assertMalformed(dir, good + "{\"timestamp\": 5, \"hash_ids\": [1]\n", "at line 2: not JSON");
    assertMalformed(dir, good + "\n[1, 2]\n", "at line 3: not a JSON object");
    assertMalformed(dir, "{\"hash_ids\": [1]}\n", "at line 1: 'timestamp' is missing, not an"
        + " integer of milliseconds");
    assertMalformed(dir, "{\"timestamp\": \"0\", \"hash_ids\": [1]}\n",
        "at line 1: 'timestamp' is \"0\", not an integer of milliseconds");
    assertMalformed(dir, good + good + "{\"timestamp\": 0}\n",
        "at line 3: 'hash_ids' is missing, not an array");
    assertMalformed(dir, "{\"timestamp\": 0, \"hash_ids\": [1, 2.5]}\n",
        "at line 1: 'hash_ids' holds 2.5, not an integer");
    assertMalformed(dir, "{\"timestamp\": 0, \"output_length\": -3, \"hash_ids\": []}\n",
        "at line 1: 'output_length' is -3, not a count of tokens");
    // Lines past num-prompts records are not read.
    Path file = dir.resolve("short.jsonl");
    Files.writeString(file, good + "\n" + good + "garbage\n");
    assertEquals(2, Datasets.generate(options(2, 1).withDatasetPath(file), gpt2).size());
  }

  @Test
  void conversationTraceSmoke() {
    Path trace = SharedData.file("mooncake/conversation_trace.jsonl");
    Tokenizer qwen3 = Fixtures.qwen3();
    List<DatasetRow> rows = Datasets.generate(
        options(20, 2).withDatasetPath(trace), qwen3);
    assertEquals(40, rows.size());
    // First record: timestamp 0, output_length 500, hash_ids 0..13.
    assertEquals(0L, rows.get(0).timestampMs());
    assertEquals(500, rows.get(0).outputLen());
    assertTrue(rows.get(0).text().startsWith("<|im_start|>user\nRound 1: 0hi hi"));
    assertTrue(rows.get(0).text().contains("hi13hi hi"));
    long previous = Long.MIN_VALUE;
    for (int r = 0; r < rows.size(); r++) {
      DatasetRow row = rows.get(r);
      assertTrue(row.timestampMs() >= previous, "timestamps in file order are sorted");
      previous = row.timestampMs();
      assertTrue(row.promptLen() > 0 && row.outputLen() >= 0);
      if (r % 2 == 1) {
        assertEquals(rows.get(r - 1).timestampMs(), row.timestampMs());
        assertTrue(row.text().startsWith(rows.get(r - 1).text()));
      }
    }
    assertEquals(qwen3.encode(rows.get(39).text(), true).length, rows.get(39).promptLen());
  }

  private static void assertMalformed(Path dir, String content, String problem)
      throws IOException {
    Path file = dir.resolve("trace.jsonl");
    Files.writeString(file, content);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options(10, 1).withDatasetPath(file), gpt2));
    assertTrue(e.getMessage().startsWith("dataset-path " + file + " " + problem), e.getMessage());
    assertTrue(e.getMessage().contains("expected a Mooncake trace in JSON Lines"), e.getMessage());
  }
}
