package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BurstGptDatasetTest {
  private static final Path TRACE = Fixtures.resource("burstgpt.csv");
  // (Request tokens, Response tokens) of the fixture's GPT-4 rows with a response.
  private static final Set<List<Integer>> GPT4 = Set.of(List.of(417, 276), List.of(1200, 35),
      List.of(12, 300), List.of(700, 120), List.of(33, 8));
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options(int prompts) {
    return DatasetOptions.defaults("burstgpt").withDatasetPath(TRACE).withNumPrompts(prompts);
  }

  @Test
  void gpt4RowsWithAResponseWithoutReplacement() {
    List<DatasetRow> rows = Datasets.generate(options(5).withTokenizePrompt(true), gpt2);
    assertEquals(GPT4, lengths(rows).stream().collect(Collectors.toSet()));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(consecutive(i, rows.get(i).promptLen()), rows.get(i).ids());
    }
  }

  @Test
  void burstgptModelPicksTheChatGptRowsInstead() {
    List<DatasetRow> rows = Datasets.generate(options(3).with(BurstGptDataset.MODEL, "ChatGPT"), gpt2);
    assertEquals(Set.of(List.of(472, 18), List.of(1087, 230), List.of(64, 64)), Set.copyOf(lengths(rows)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> options(1).with(BurstGptDataset.MODEL, "gpt-4"));
    assertEquals("llmbench.burstgpt-model = \"gpt-4\": expected one of GPT-4, ChatGPT", e.getMessage());
  }

  @Test
  void withReplacementBeyondTheTraceAndTextIsTheDecodedRun() {
    List<DatasetRow> rows = Datasets.generate(options(40), gpt2);
    assertEquals(40, rows.size());
    assertTrue(GPT4.containsAll(lengths(rows)));
    assertTrue(lengths(rows).stream().distinct().count() > 1);
    for (int i = 0; i < rows.size(); i++) {
      int[] ids = Fixtures.ints(consecutive(i, rows.get(i).promptLen()));
      assertEquals(gpt2.decode(ids), rows.get(i).text());
    }
  }

  @Test
  void deterministicPerSeed() {
    assertEquals(Datasets.generate(options(20), gpt2), Datasets.generate(options(20), gpt2));
    assertNotEquals(lengths(Datasets.generate(options(20), gpt2)),
        lengths(Datasets.generate(options(20).withSeed(7), gpt2)));
  }

  @Test
  void columnsAreFoundByName(@TempDir Path dir) throws IOException {
    // BurstGPT_3 inserts two columns after Timestamp.
    Path v3 = dir.resolve("BurstGPT_3.csv");
    Files.writeString(v3, "Timestamp,Session ID,Elapsed time,Model,Request tokens,"
        + "Response tokens,Total tokens,Log Type\r\n0,s1,0,GPT-4,21,13,34,Conversation log\r\n");
    List<DatasetRow> rows = Datasets.generate(
        options(3).withDatasetPath(v3).withTokenizePrompt(true), gpt2);
    assertEquals(List.of(List.of(21, 13), List.of(21, 13), List.of(21, 13)), lengths(rows));
  }

  @Test
  void malformedFilesNameFileLineAndExpectation(@TempDir Path dir) throws IOException {
    assertMalformed(dir, "Time,Model,Prompt,Response\n1,GPT-4,3,4\n", "at line 1: the header is");
    assertMalformed(dir, "Timestamp,Model,Request tokens,Response tokens\n1,GPT-4,3,4\n"
        + "2,GPT-4,lots,4\n", "at line 3: 'Request tokens' is 'lots', not a count of tokens");
    assertMalformed(dir, "Timestamp,Model,Request tokens,Response tokens\n\n1,GPT-4,3\n",
        "at line 3: 4 fields were expected, got 3");
    assertMalformed(dir, "Timestamp,Model,Request tokens,Response tokens\n1,\"GPT-4,3,4\n",
        "at line 2: a quoted field is not closed");
    assertMalformed(dir, "", "at line 1: the file is empty");
    Path file = dir.resolve("chatgpt-only.csv");
    Files.writeString(file, "Model,Request tokens,Response tokens\nChatGPT,3,4\nGPT-4,5,0\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options(1).withDatasetPath(file), gpt2));
    assertEquals("dataset-path " + file + " has no GPT-4 row with Response tokens > 0",
        e.getMessage());
  }

  private static void assertMalformed(Path dir, String content, String problem)
      throws IOException {
    Path file = dir.resolve("trace.csv");
    Files.writeString(file, content);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options(1).withDatasetPath(file), gpt2));
    assertTrue(e.getMessage().startsWith("dataset-path " + file + " " + problem), e.getMessage());
    assertTrue(e.getMessage().contains("expected a BurstGPT CSV with a header naming the columns"
        + " Model, Request tokens and Response tokens"), e.getMessage());
  }

  private static List<List<Integer>> lengths(List<DatasetRow> rows) {
    List<List<Integer>> out = new ArrayList<>();
    rows.forEach(row -> out.add(List.of(row.promptLen(), row.outputLen())));
    return out;
  }

  /** vLLM's synthetic prompt of request i: ids (i + j) mod vocab_size. */
  private static List<Integer> consecutive(int i, int length) {
    List<Integer> ids = new ArrayList<>();
    for (int j = 0; j < length; j++) {
      ids.add((i + j) % gpt2.vocabSize());
    }
    return ids;
  }
}
