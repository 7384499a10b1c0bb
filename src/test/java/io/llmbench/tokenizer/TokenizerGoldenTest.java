package io.llmbench.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Encode/decode against values generated with HF tokenizers 0.23.2 (shared/data/tokenizer-golden). */
class TokenizerGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Tokenizer gpt2;
  private static Tokenizer qwen3;

  @BeforeAll
  static void load() {
    gpt2 = Tokenizer.load("builtin:gpt2");
    qwen3 = SharedData.qwen3();
  }

  @AfterAll
  static void close() {
    gpt2.close();
    qwen3.close();
  }

  @Test
  void gpt2EncodesLikeHf() throws IOException {
    assertEncodes(gpt2, "encode-gpt2.jsonl");
  }

  @Test
  void qwen3EncodesLikeHf() throws IOException {
    assertEncodes(qwen3, "encode-qwen3.jsonl");
  }

  @Test
  void gpt2DecodesLikeHf() throws IOException {
    assertDecodes(gpt2, "decode-gpt2.jsonl");
  }

  @Test
  void qwen3DecodesLikeHf() throws IOException {
    assertDecodes(qwen3, "decode-qwen3.jsonl");
  }

  @Test
  void longTextIsNotTruncatedTo512Tokens() throws IOException {
    String sonnets = Files.readString(SharedData.file("sonnet/sonnet.txt"));
    for (Tokenizer t : List.of(gpt2, qwen3)) {
      int[] ids = t.encode(sonnets, false);
      assertTrue(ids.length > 5000, t + ": " + ids.length + " tokens");
      assertEquals(sonnets, t.decode(ids), t + ": round trip");
    }
  }

  @Test
  void vocabularies() {
    assertEquals(50257, gpt2.vocabSize());
    assertArrayEquals(IntStream.range(0, 50257).toArray(), gpt2.allVocabIds());
    assertEquals(151643, qwen3.vocabSize());
    assertArrayEquals(IntStream.range(0, 151669).toArray(), qwen3.allVocabIds());
  }

  @Test
  void specialTokens() {
    assertEquals(0, gpt2.numSpecialTokensToAdd());
    assertEquals(0, qwen3.numSpecialTokensToAdd());
    // Special-token strings in the text are single ids, and decode keeps them.
    int[] ids = qwen3.encode("<|im_start|>user\nhi<|im_end|>", false);
    assertArrayEquals(new int[] {151644, 872, 198, 6023, 151645}, ids);
    assertEquals("<|im_start|>user\nhi<|im_end|>", qwen3.decode(ids));
    assertArrayEquals(new int[] {15496, 995}, gpt2.encode("Hello world", true));
  }

  @Test
  void oneInstanceIsSafeAcrossThreads() throws Exception {
    List<JsonNode> golden = readLines("encode-qwen3.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        results.add(pool.submit(() -> (int) golden.stream()
            .filter(g -> !Arrays.equals(
                ints(g.get("ids")), qwen3.encode(g.get("text").textValue(), false)))
            .count()));
      }
      for (Future<Integer> mismatches : results) {
        assertEquals(0, mismatches.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void assertEncodes(Tokenizer t, String file) throws IOException {
    List<JsonNode> golden = readLines(file);
    assertEquals(91, golden.size());
    for (JsonNode g : golden) {
      String text = g.get("text").textValue();
      assertArrayEquals(ints(g.get("ids")), t.encode(text, false), () -> file + ": " + text);
      assertArrayEquals(ints(g.get("ids_add_special")), t.encode(text, true), () -> file + ": " + text);
    }
  }

  private static void assertDecodes(Tokenizer t, String file) throws IOException {
    List<JsonNode> golden = readLines(file);
    assertEquals(24, golden.size());
    for (JsonNode g : golden) {
      String text = t.decode(ints(g.get("ids")));
      assertEquals(g.get("text").textValue(), text, file);
      assertEquals(g.get("reencoded_len").intValue(), t.encode(text, true).length, file);
    }
  }

  private static List<JsonNode> readLines(String file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(SharedData.file("tokenizer-golden/" + file))) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).intValue();
    }
    return out;
  }
}
