package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.dataset.DatasetOptions;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.dataset.Datasets;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import io.llmbench.tokenizer.SharedData;
import io.llmbench.tokenizer.Tokenizer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each text dataset, end to end: what the mock received (its own request log, not our records) is the dataset the
 * options describe, generated afresh here from the same seed: the same prompts, in order, with the promised output
 * lengths, and prompts whose length re-measured on the sent text is the one the dataset promised.
 */
class DatasetsEndToEndTest {

  /**
   * @param name the dataset
   * @param tokenizer the tokenizer spec of the run and of the check
   * @param options the run's options beyond the common ones
   * @param generated the same dataset as the run builds it
   * @param lengthsMeasured whether the dataset's prompt length is the sent text's length (false where the reference
   *     counts the ids it decoded, which may re-encode differently)
   */
  record Case(String name, String tokenizer, Map<String, Object> options, DatasetOptions generated, boolean lengthsMeasured) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> datasets() throws URISyntaxException {
    Path sharegpt = SharedData.file("sharegpt/fastchat_dummy_conversation.json");
    Path burstgpt = resource("/dataset/burstgpt.csv");
    Path mooncake = resource("/dataset/mooncake-trace.jsonl");
    Path speedBench = resource("/dataset/speed-bench.jsonl");
    // sonnet counts its prompts through the model's chat template, which the bundled GPT-2 lacks
    String qwen3 = SharedData.file("tokenizers/qwen3/tokenizer.json.gz").toString();
    List<Case> cases = List.of(
        new Case("random", GPT2, Map.of("random-input-len", 40, "random-output-len", 9, "random-range-ratio", 0.5),
            base("random").withRandomLengths(40, 9, 0.5), true),
        new Case("random-ids", GPT2, Map.of("random-input-len", 40, "random-output-len", 9, "tokenize-prompt", true),
            base("random-ids").withRandomLengths(40, 9, 0.0).withTokenizePrompt(true), true),
        new Case("sharegpt", GPT2, Map.of("dataset-path", sharegpt.toString()),
            base("sharegpt").withDatasetPath(sharegpt), true),
        // sonnet counts the templated prompt (vLLM's rule): send that one, so the sent text is what was counted
        new Case("sonnet", qwen3, with(SONNET, "apply-chat-template", true),
            base("sonnet").with(SONNET).withApplyChatTemplate(true), true),
        new Case("burstgpt", GPT2, Map.of("dataset-path", burstgpt.toString()),
            base("burstgpt").withDatasetPath(burstgpt), false),
        new Case("prefix-repetition", GPT2, PREFIX_REPETITION, base("prefix-repetition").with(PREFIX_REPETITION), false),
        new Case("mooncake", GPT2, with(Map.of("mooncake-num-rounds", 2), "dataset-path", mooncake.toString()),
            base("mooncake").withDatasetPath(mooncake).with(Map.of("mooncake-num-rounds", 2)), true),
        // six prompts from five lines: the lines repeated, cut and shuffled
        new Case("speed-bench", GPT2, with(Map.of("speed-bench-output-len", 9), "dataset-path", speedBench.toString()),
            base("speed-bench").withDatasetPath(speedBench).with(Map.of("speed-bench-output-len", 9)), true));
    return cases.stream().map(Arguments::of);
  }

  private static final String GPT2 = "builtin:gpt2";

  private static final Map<String, Object> SONNET =
      Map.of("sonnet-input-len", 120, "sonnet-prefix-len", 40, "sonnet-output-len", 7);
  private static final Map<String, Object> PREFIX_REPETITION = Map.of("prefix-repetition-prefix-len", 24,
      "prefix-repetition-suffix-len", 8, "prefix-repetition-num-prefixes", 2, "prefix-repetition-output-len", 6);

  /** The dataset's own options, and one the run shares with every dataset. */
  private static Map<String, Object> with(Map<String, Object> own, String key, Object value) {
    Map<String, Object> all = new java.util.HashMap<>(own);
    all.put(key, value);
    return all;
  }

  private static DatasetOptions base(String name) {
    return DatasetOptions.defaults(name).withNumPrompts(6).withSeed(7);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DatasetsEndToEndTest.class.getResource(name).toURI());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theServerReceivesTheDatasetsPrompts(Case c, @TempDir Path dir) throws Exception {
    Tokenizer tokenizer = Tokenizer.load(c.tokenizer());
    List<DatasetRow> rows = Datasets.generate(c.generated(), tokenizer);
    assertTrue(rows.size() >= 4, "a dataset worth checking: " + rows.size() + " rows");
    Map<String, Object> options = GatlingRun.options("backend", "sglang", "tokenizer", c.tokenizer(),
        "dataset-name", c.name(), "num-prompts", 6, "seed", 7, "request-rate", 200);
    options.putAll(c.options());
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(2).withGapMs(0.2))) {
      options.put("base-url", mock.baseUrl());
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, options);
      assertEquals(0, run.exitCode());
      MockTruth truth = MockTruth.of(mock);
      List<RequestRecord> measured = RequestLog.read(run.folder().requestLog()).stream()
          .filter(r -> !r.warmup()).toList();
      assertEquals(rows.size(), measured.size());
      List<String> mismatched = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        DatasetRow row = rows.get(i);
        JsonNode body = EndToEndTest.JSON.readTree(truth.measured(i).body());
        assertEquals(row.outputLen(), body.get("sampling_params").get("max_new_tokens").asInt(), "request " + i);
        // the mock generates at least one token (a trace record may ask for none)
        assertEquals(Math.max(1, row.outputLen()), truth.measured(i).completionTokens(), "tokens the mock generated");
        int sentLength;
        if (row.ids() != null) {
          List<Integer> ids = new ArrayList<>();
          body.get("input_ids").forEach(id -> ids.add(id.asInt()));
          assertEquals(row.ids(), ids, "request " + i);
          sentLength = ids.size();
        } else {
          assertEquals(row.text(), body.get("text").asText(), "request " + i);
          sentLength = tokenizer.encode(body.get("text").asText(), true).length;
        }
        if (c.lengthsMeasured() && sentLength != row.promptLen()) {
          mismatched.add(i + ": sent " + sentLength + " tokens, promised " + row.promptLen());
        }
      }
      assertTrue(mismatched.isEmpty(), "prompt lengths: " + mismatched);
      assertEquals(rows.size(), EndToEndTest.sglangLine(run).get("completed").asInt());
    }
  }
}
