package io.llmbench.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.tokenizer.SharedData;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test inputs shared by the dataset tests. */
final class Fixtures {
  private static Tokenizer qwen3;

  private Fixtures() {}

  /**
   * The Qwen3 tokenizer of the shared data, with its chat template; loaded once for all dataset
   * test classes (a load takes seconds and about 230 MB) and left to the JVM's exit.
   */
  static synchronized Tokenizer qwen3() {
    if (qwen3 == null) {
      qwen3 = SharedData.qwen3();
    }
    return qwen3;
  }

  /** A file of src/test/resources/dataset. */
  static Path resource(String name) {
    URL url = Fixtures.class.getResource("/dataset/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource missing: /dataset/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** FastChat's dummy conversations (500 records, Apache-2.0) from the shared data. */
  static Path fastChat() {
    return SharedData.file("sharegpt/fastchat_dummy_conversation.json");
  }

  /**
   * GPT-2 with a post-processor that prepends {@code <|endoftext|>} like Llama 3's BOS, so that
   * {@code numSpecialTokensToAdd()} is 1.
   */
  static Tokenizer gpt2WithBos(Path dir) {
    return gpt2With("post_processor", """
        {"type": "TemplateProcessing",
         "single": [{"SpecialToken": {"id": "<|endoftext|>", "type_id": 0}},
                    {"Sequence": {"id": "A", "type_id": 0}}],
         "pair": [{"SpecialToken": {"id": "<|endoftext|>", "type_id": 0}},
                  {"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}],
         "special_tokens": {"<|endoftext|>":
             {"id": "<|endoftext|>", "ids": [50256], "tokens": ["<|endoftext|>"]}}}""", dir);
  }

  /** GPT-2 with one top-level part of its {@code tokenizer.json} replaced ({@code json}: the new part). */
  static Tokenizer gpt2With(String part, String json, Path dir) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      ObjectNode tokenizer =
          (ObjectNode) mapper.readTree(SharedData.file("tokenizers/gpt2/tokenizer.json").toFile());
      tokenizer.set(part, mapper.readTree(json));
      Path file = dir.resolve("tokenizer.json");
      mapper.writeValue(file.toFile(), tokenizer);
      return Tokenizer.load(file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The distinct first turns of a ShareGPT file, as the reference's random dataset reads them. */
  static List<String> firstTurns(Path file) {
    return ShareGptFile.load(file).stream().map(ShareGptFile.Pair::prompt).distinct().toList();
  }

  /**
   * The message of the failure to generate dataset {@code datasetName} from {@code file} holding {@code content}
   * (GPT-2 tokenizer, default options).
   */
  static String failure(String datasetName, Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Datasets.generate(DatasetOptions.defaults(datasetName).withDatasetPath(file),
            io.llmbench.tokenizer.TestTokenizers.gpt2())).getMessage();
  }

  static int[] ints(List<Integer> ids) {
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
