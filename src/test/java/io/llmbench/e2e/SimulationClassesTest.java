package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.Backends;
import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.dataset.Datasets;
import io.llmbench.gatling.LlmSimulation;
import io.llmbench.gatling.LlmWorkload;
import io.llmbench.tokenizer.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The backend × dataset simulation classes against the backend table: for every pair, a class
 * {@code io.llmbench.simulations.<backend>.<Backend><Dataset>} exists exactly where the backend can send what the
 * dataset needs, and it resolves its whole configuration (target, tokenizer, dataset, schedule) against the mock;
 * where it cannot, the same pair is refused before load with a message on {@code llmbench.backend}.
 */
class SimulationClassesTest {
  @TempDir
  static Path dir;

  static Stream<Arguments> pairs() {
    return Backends.names().stream().flatMap(b -> Datasets.names().stream().map(d -> Arguments.of(b, d)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("pairs")
  void aClassExactlyWhereTheBackendServesTheDataset(String backend, String dataset) throws Exception {
    Map<String, Object> options = smallRun(dataset);
    Class<?> simulation = simulationClass(backend, dataset);
    if (simulation == null) {
      options.put("backend", backend);
      options.put("dataset-name", dataset);
      ConfigError refusal = assertThrows(ConfigError.class,
          () -> LlmWorkload.prepare(ConfigLoader.of(options), "refused").close(),
          () -> backend + " x " + dataset + " has no simulation class, yet is served");
      assertTrue(refusal.getMessage().startsWith("llmbench.backend = \"" + backend + "\": "), refusal.getMessage());
      return;
    }
    options.forEach((k, v) -> System.setProperty("llmbench." + k, String.valueOf(v)));
    try {
      LlmSimulation instance = (LlmSimulation) simulation.getDeclaredConstructor().newInstance();
      try {
        assertTrue(instance.workload().users() > 0, simulation.getName());
      } finally {
        instance.workload().close();
      }
    } finally {
      options.keySet().forEach(k -> System.clearProperty("llmbench." + k));
      com.typesafe.config.ConfigFactory.invalidateCaches();
    }
  }

  /** {@code vllm-chat} × {@code longbench_v2} → {@code io.llmbench.simulations.vllmchat.VllmChatLongbenchV2}. */
  private static Class<?> simulationClass(String backend, String dataset) {
    String name = "io.llmbench.simulations." + backend.replace("-", "") + "." + camel(backend) + camel(dataset);
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static String camel(String words) {
    return Arrays.stream(words.split("[-_]"))
        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).collect(Collectors.joining());
  }

  /** The smallest run of each dataset: a fixture file where it needs one, tiny lengths, no warm-up. */
  private static Map<String, Object> smallRun(String dataset) throws IOException, URISyntaxException {
    Map<String, Object> o = new LinkedHashMap<>(Map.of("base-url", "mock", "tokenizer", "builtin:gpt2",
        "num-prompts", 2, "warmup-requests", 0, "random-input-len", 16, "random-output-len", 4,
        "reports-dir", dir.resolve("reports").toString()));
    switch (dataset) {
      case "sharegpt" -> o.put("dataset-path", SharedData.file("sharegpt/fastchat_dummy_conversation.json").toString());
      case "custom" -> {
        Path file = dir.resolve("custom.jsonl");
        Files.writeString(file, "{\"conversations\": [{\"role\": \"user\", \"content\": \"Say hi.\"},"
            + " {\"role\": \"assistant\", \"content\": \"Hi there, friend.\"}]}\n");
        o.put("dataset-path", file.toString());
      }
      case "openai" -> o.put("dataset-path", resource("openai-requests.jsonl"));
      case "longbench_v2" -> o.put("dataset-path", resource("longbench-v2.jsonl"));
      case "burstgpt" -> o.put("dataset-path", resource("burstgpt.csv"));
      case "mooncake" -> o.put("dataset-path", resource("mooncake-trace.jsonl"));
      case "agentic-trace" -> o.put("dataset-path", resource("agentic-trace.json"));
      case "speed-bench" -> o.put("dataset-path", resource("speed-bench.jsonl"));
      case "mmmu" -> o.put("dataset-path", resource("mmmu/mmmu.jsonl"));
      case "image" -> o.put("image-resolution", "32x32");
      case "prefix-repetition" -> o.putAll(Map.of("prefix-repetition-num-prefixes", 2, "prefix-repetition-prefix-len", 8,
          "prefix-repetition-suffix-len", 8, "prefix-repetition-output-len", 4));
      case "random-mm" -> o.put("random-mm-bucket-config", "{(32, 32, 1): 1.0}");
      case "generated-shared-prefix" -> o.putAll(Map.of("gsp-num-groups", 1, "gsp-prompts-per-group", 2,
          "gsp-system-prompt-len", 16, "gsp-question-len", 8, "gsp-output-len", 4));
      case "sonnet" -> o.putAll(Map.of("tokenizer", SharedData.file("tokenizers/qwen3/tokenizer.json.gz").toString(),
          "sonnet-input-len", 120, "sonnet-prefix-len", 40, "sonnet-output-len", 4));
      default -> { }
    }
    return o;
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(SimulationClassesTest.class.getResource("/dataset/" + name).toURI()).toString();
  }

  @org.junit.jupiter.api.Test
  void everyClassIsOnePair() throws IOException {
    // no class outside the pairs: a renamed backend or dataset would leave one behind
    long pairs = pairs().filter(a -> simulationClass((String) a.get()[0], (String) a.get()[1]) != null).count();
    try (Stream<Path> files = Files.walk(io.llmbench.SourceScan.folder("simulations/io/llmbench/simulations"))) {
      long classes = files.filter(p -> p.getParent().getParent().getFileName().toString().equals("simulations") && p.getParent().getParent().getParent().getFileName().toString().equals("llmbench")
          && !p.getParent().getFileName().toString().equals("suites") && p.toString().endsWith(".java")).count();
      assertEquals(classes, pairs);
    }
  }
}
