package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomDatasetTest {
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  private static DatasetOptions options() {
    return DatasetOptions.defaults("random").withNumPrompts(200).withRandomLengths(300, 64, 0.0);
  }

  @Test
  void builtinCorpusNeedsNoDatasetPath() {
    List<DatasetRow> rows = Datasets.generate(options().withRandomLengths(300, 64, 1.0), gpt2);
    assertEquals(200, rows.size());
    for (DatasetRow row : rows) {
      assertNull(row.ids());
      assertEquals(300, row.promptLen());
      assertEquals(64, row.outputLen());
    }
    // One passage per starting word keeps prompts distinct (no shared prefixes to cache).
    assertEquals(200, new HashSet<>(rows.stream().map(DatasetRow::text).toList()).size());
  }

  @Test
  void idsHaveExactlyTheTargetLengthAndRepeatOneFirstTurn() {
    Path fastChat = Fixtures.fastChat();
    List<int[]> sources = Fixtures.firstTurns(fastChat).stream()
        .map(text -> gpt2.encode(text, true)).toList();
    // 700 rows from 500 conversations: the walk wraps around.
    List<DatasetRow> rows = Datasets.generate(
        options().withDatasetPath(fastChat).withNumPrompts(700).withTokenizePrompt(true), gpt2);
    assertEquals(700, rows.size());
    for (DatasetRow row : rows) {
      int[] ids = Fixtures.ints(row.ids());
      assertNull(row.text());
      assertEquals(row.promptLen(), ids.length);
      assertTrue(ids.length >= 1 && ids.length <= 300);
      assertTrue(sources.stream().anyMatch(source -> repeats(source, ids)),
          "not a repetition of a first turn: " + Arrays.toString(ids));
    }
  }

  @Test
  void textIsTheDecodedIdsFittedAtTheEnd() {
    // The built-in sonnets: unlike FastChat's short turns, some of them drift on GPT-2.
    DatasetOptions text = options();
    Workload workload = Datasets.build(text, gpt2);
    List<DatasetRow> idRows = Datasets.generate(text.withTokenizePrompt(true), gpt2);
    int adjusted = 0;
    for (int i = 0; i < idRows.size(); i++) {
      DatasetRow row = workload.rows().get(i);
      String decoded = gpt2.decode(Fixtures.ints(idRows.get(i).ids()));
      assertEquals(idRows.get(i).promptLen(), row.promptLen());
      assertEquals(row.promptLen(), gpt2.encode(row.text(), true).length);
      // Only the end moves: the text starts as the decoded ids do.
      assertTrue(row.text().startsWith(decoded.substring(0, decoded.length() / 2)), row.text());
      adjusted += row.text().equals(decoded) ? 0 : 1;
    }
    assertTrue(adjusted > 0, "no decoded prompt needed fitting; the test shows nothing");
    assertEquals(List.of("#Input tokens: " + DatasetStats.of(idRows).inputTokens(),
        "#Output tokens: " + DatasetStats.of(idRows).outputTokens(),
        "#Exact input lengths: 200/200"), workload.stats().lines());
  }

  @Test
  void deterministicPerSeed() {
    assertEquals(Datasets.generate(options(), gpt2), Datasets.generate(options(), gpt2));
    assertNotEquals(Datasets.generate(options(), gpt2),
        Datasets.generate(options().withSeed(43), gpt2));
  }

  @Test
  void specialTokensAreLeftForTheServerToAdd(@TempDir Path dir) {
    try (Tokenizer withBos = Fixtures.gpt2WithBos(dir)) {
      assertEquals(1, withBos.numSpecialTokensToAdd());
      DatasetOptions exact = options().withRandomLengths(100, 10, 1.0);
      for (DatasetRow row : Datasets.generate(exact, withBos)) {
        assertEquals(99, row.promptLen());
      }
      // Sent as ids, nothing is added by the server: full length, BOS included as encoded.
      for (DatasetRow row : Datasets.generate(exact.withTokenizePrompt(true), withBos)) {
        assertEquals(100, row.promptLen());
        assertEquals(50256, row.ids().get(0));
      }
      // A one-token target leaves nothing once BOS is subtracted.
      for (DatasetRow row : Datasets.generate(options().withRandomLengths(1, 10, 1.0), withBos)) {
        assertEquals(0, row.promptLen());
        assertEquals("", row.text());
      }
    }
  }

  @Test
  void statsSumTheRowsAndCountExactTextOnly() {
    DatasetOptions ten = options().withNumPrompts(10).withRandomLengths(50, 7, 1.0);
    assertEquals(List.of("#Input tokens: 500", "#Output tokens: 70"),
        DatasetStats.of(Datasets.generate(ten, gpt2)).lines());
    assertEquals(List.of("#Input tokens: 500", "#Output tokens: 70",
        "#Exact input lengths: 10/10"), Datasets.build(ten, gpt2).stats().lines());
    // Ids are sent as drawn: nothing to check.
    assertEquals(List.of("#Input tokens: 500", "#Output tokens: 70"),
        Datasets.build(ten.withTokenizePrompt(true), gpt2).stats().lines());
  }

  @Test
  void sonnetPassagesStartAtEveryWord() {
    List<String> passages = SonnetCorpus.passages();
    assertEquals(4174, passages.size());
    assertTrue(passages.get(0).startsWith("FROM fairest creatures we desire increase,\n"));
    for (String passage : passages) {
      assertEquals(112, passage.split("\\s+").length);
    }
    // The last passages wrap around to the start of the file.
    assertTrue(passages.get(passages.size() - 1).contains("\nFROM fairest"));
  }

  private static boolean repeats(int[] source, int[] ids) {
    for (int k = 0; k < ids.length; k++) {
      if (ids[k] != source[k % source.length]) {
        return false;
      }
    }
    return true;
  }
}
