package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vLLM's sonnet rule on Qwen3 (whose chat template the lengths count). */
class SonnetDatasetTest {
  private static final String BASE = "Pick as many lines as you can from these poem lines:\n";

  private static DatasetOptions options() {
    return DatasetOptions.defaults("sonnet").withNumPrompts(60);
  }

  @Test
  void linesAfterASharedPrefixWithinTheInputLength(@TempDir Path dir) throws IOException {
    // Distinct lines, each ending with a newline (read with CRLF turned into LF), so that the
    // lines of a prompt can be counted; the built-in file's last line has no newline.
    Path poem = dir.resolve("poem.txt");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("Line ").append(i).append(" tells of").append(" rain".repeat(i % 7 + 1))
          .append("\r\n");
    }
    Files.writeString(poem, text.toString());
    List<String> lines = TextFile.lines(text.toString().replace("\r\n", "\n"));
    Tokenizer qwen3 = Fixtures.qwen3();
    ChatTemplate template = qwen3.chatTemplate().orElseThrow();
    // vLLM's line counts: average line length with special tokens, base prompt templated.
    double average = lines.stream().mapToInt(l -> qwen3.encode(l, true).length).average()
        .orElseThrow();
    int base = qwen3.encode(template.renderUser(BASE), true).length;
    int inputLines = (int) Math.rint((550 - base) / average);
    int prefixLines = (int) Math.rint((200 - base) / average);
    String prefix = BASE + String.join("", lines.subList(0, prefixLines));

    List<DatasetRow> rows = Datasets.generate(options().withDatasetPath(poem), qwen3);
    assertEquals(60, rows.size());
    for (DatasetRow row : rows) {
      List<String> drawn = TextFile.lines(row.text().substring(BASE.length()));
      assertTrue(row.text().startsWith(prefix), row.text());
      assertEquals(inputLines, drawn.size());
      assertTrue(lines.containsAll(drawn));
      assertEquals(qwen3.encode(template.renderUser(row.text()), true).length, row.promptLen());
      assertTrue(row.promptLen() <= 550, row.promptLen() + " tokens");
      assertEquals(150, row.outputLen());
    }
    assertEquals(60, rows.stream().map(DatasetRow::text).distinct().count());
  }

  @Test
  void builtInSonnets() {
    Tokenizer qwen3 = Fixtures.qwen3();
    ChatTemplate template = qwen3.chatTemplate().orElseThrow();
    for (DatasetRow row : Datasets.generate(options(), qwen3)) {
      assertTrue(row.text().startsWith(BASE + "FROM fairest creatures we desire increase,\n"));
      assertEquals(qwen3.encode(template.renderUser(row.text()), true).length, row.promptLen());
      assertTrue(row.promptLen() <= 550 && row.promptLen() > 450, row.promptLen() + " tokens");
    }
  }

  @Test
  void applyChatTemplateSendsTheTemplatedPrompt() {
    Tokenizer qwen3 = Fixtures.qwen3();
    List<DatasetRow> raw = Datasets.generate(options(), qwen3);
    List<DatasetRow> templated = Datasets.generate(options().withApplyChatTemplate(true), qwen3);
    for (int i = 0; i < raw.size(); i++) {
      assertEquals("<|im_start|>user\n" + raw.get(i).text()
          + "<|im_end|>\n<|im_start|>assistant\n", templated.get(i).text());
      assertEquals(qwen3.encode(templated.get(i).text(), true).length, raw.get(i).promptLen());
      assertEquals(raw.get(i).promptLen(), templated.get(i).promptLen());
    }
  }

  @Test
  void deterministicPerSeedAndOptions() {
    Tokenizer qwen3 = Fixtures.qwen3();
    assertEquals(Datasets.generate(options(), qwen3), Datasets.generate(options(), qwen3));
    assertNotEquals(Datasets.generate(options(), qwen3),
        Datasets.generate(options().withSeed(5), qwen3));
    DatasetOptions small = sonnet(options(), 120, 7);
    for (DatasetRow row : Datasets.generate(small, qwen3)) {
      assertTrue(row.promptLen() <= 120);
      assertEquals(7, row.outputLen());
    }
  }

  @Test
  void errorsNameTheCause(@TempDir Path dir) throws IOException {
    Tokenizer qwen3 = Fixtures.qwen3();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Datasets.generate(sonnet(options(), 20, 10), qwen3));
    assertEquals("sonnet-input-len (20) must be higher than the base prompt length (20 tokens"
        + " with the chat template)", e.getMessage());

    try (Tokenizer gpt2 = Tokenizer.load("builtin:gpt2")) {
      e = assertThrows(IllegalArgumentException.class, () -> Datasets.generate(options(), gpt2));
      assertTrue(e.getMessage().startsWith("dataset-name sonnet needs a chat template, but"
          + " tokenizer 'builtin:gpt2' has none"), e.getMessage());
    }

    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options().withDatasetPath(empty), qwen3));
    assertEquals("dataset-path " + empty + " at line 1: the file is empty; expected a text file"
        + " of poem lines such as vLLM's sonnet.txt", e.getMessage());

    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {'o', 'k', '\n', 'o', 'k', '\n', (byte) 0xff, '\n'});
    e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(options().withDatasetPath(binary), qwen3));
    assertEquals("dataset-path " + binary + " at line 3: invalid UTF-8; expected a text file of"
        + " poem lines such as vLLM's sonnet.txt", e.getMessage());

    // One line longer than the input length, yet counted as one line: no drawing ever fits.
    Path long_ = dir.resolve("long.txt");
    Files.writeString(long_, "word ".repeat(150) + "\n");
    e = assertThrows(IllegalArgumentException.class, () -> Datasets.generate(
        sonnet(options().withDatasetPath(long_), 120, 10),
        qwen3));
    assertTrue(e.getMessage().startsWith("sonnet: 1000 drawings in a row were longer than"
        + " sonnet-input-len (120)"), e.getMessage());
  }

  /** No shared prefix. */
  private static DatasetOptions sonnet(DatasetOptions o, int inputLen, int outputLen) {
    return o.with(SonnetDataset.INPUT_LEN, inputLen).with(SonnetDataset.OUTPUT_LEN, outputLen)
        .with(SonnetDataset.PREFIX_LEN, 0);
  }
}
