package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On GPT-2, which adds no special tokens: a text's prompt length is its own token count. */
class SharedPrefixDatasetTest {
  private static final Tokenizer GPT2 = TestTokenizers.gpt2();
  private static final Pattern ROUTING_KEY = Pattern.compile("([0-9a-f]{8}_\\d{14})_(\\d+)");

  /** groups x perGroup rows; num-prompts is set to something else to show it is not used. */
  private static DatasetOptions options(int groups, int perGroup, int systemLen, int questionLen, int outputLen,
      double ratio) {
    return DatasetOptions.defaults("generated-shared-prefix").withNumPrompts(3).with(Map.of(
        "gsp-num-groups", groups, "gsp-prompts-per-group", perGroup, "gsp-system-prompt-len", systemLen,
        "gsp-question-len", questionLen, "gsp-output-len", outputLen, "gsp-range-ratio", ratio,
        "gsp-send-routing-key", true));
  }

  private static DatasetOptions turns(DatasetOptions o, int turns) {
    return o.with(SharedPrefixDataset.NUM_TURNS, turns);
  }

  private static DatasetOptions ordered(DatasetOptions o) {
    return o.with(SharedPrefixDataset.ORDERED, true);
  }

  private static DatasetOptions zipf(DatasetOptions o, double alpha) {
    return o.with(Map.of("gsp-group-distribution", "zipf", "gsp-zipf-alpha", alpha));
  }

  private static DatasetOptions fastPrepare(DatasetOptions o) {
    return o.with(SharedPrefixDataset.FAST_PREPARE, true);
  }

  private static int group(DatasetRow row) {
    Matcher m = ROUTING_KEY.matcher(row.routingKey());
    assertTrue(m.matches(), row.routingKey());
    return Integer.parseInt(m.group(2));
  }

  private static Map<Integer, Long> groupSizes(List<DatasetRow> rows) {
    return rows.stream().collect(Collectors.groupingBy(SharedPrefixDatasetTest::group, TreeMap::new,
        Collectors.counting()));
  }

  @Test
  void groupsTimesPromptsWithExactLengthsAndThePromptOfEachGroup() {
    // no question: each row is exactly its group's system prompt and "\n\n"
    List<DatasetRow> rows = Datasets.generate(options(5, 4, 48, 0, 9, 1.0), GPT2);
    assertEquals(20, rows.size());
    assertEquals(Map.of(0, 4L, 1, 4L, 2, 4L, 3, 4L, 4, 4L), groupSizes(rows));
    Map<Integer, Set<String>> textsPerGroup = rows.stream().collect(Collectors.groupingBy(
        SharedPrefixDatasetTest::group, Collectors.mapping(DatasetRow::text, Collectors.toSet())));
    Set<String> systemPrompts = new HashSet<>();
    for (Set<String> texts : textsPerGroup.values()) {
      assertEquals(1, texts.size(), "one prompt per group");
      String text = texts.iterator().next();
      assertTrue(text.endsWith("\n\n"), text);
      String system = text.substring(0, text.length() - 2);
      assertEquals(48, GPT2.encode(system, false).length, "the system prompt re-encodes to its length");
      systemPrompts.add(system);
    }
    assertEquals(5, systemPrompts.size(), "groups have distinct system prompts");
    for (DatasetRow row : rows) {
      assertEquals(GPT2.encode(row.text(), true).length, row.promptLen());
      assertEquals(9, row.outputLen());
      assertEquals(1, row.turns());
    }
  }

  @Test
  void conversationsCarryTheLaterQuestionsAsNextTurns() {
    DatasetOptions o = turns(options(3, 2, 32, 12, 7, 1.0), 3).withConversations(true);
    List<DatasetRow> rows = Datasets.generate(o, GPT2);
    assertEquals(6, rows.size());
    Set<String> questions = new HashSet<>();
    for (DatasetRow row : rows) {
      assertEquals(3, row.turns());
      assertEquals(2, row.nextTurns().size());
      assertEquals(GPT2.encode(row.text(), true).length, row.promptLen(), "prompt_len counts the first turn only");
      for (String turn : row.nextTurns()) {
        String question = question(turn);
        assertEquals(12, GPT2.encode(question, false).length, "the question re-encodes to its length");
        assertTrue(questions.add(question), "every question is its own");
      }
    }
    assertEquals(Set.of(BackendNeed.CHAT), Datasets.needs(o), "turns make conversations: a chat backend");
    assertEquals(Set.of(), Datasets.needs(turns(o, 1)));
  }

  /** The text of a later turn: its one user message. */
  private static String question(String turn) {
    try {
      JsonNode messages = new ObjectMapper().readTree(turn);
      assertEquals(1, messages.size());
      assertEquals("user", messages.get(0).get("role").asText());
      return messages.get(0).get("content").asText();
    } catch (JsonProcessingException e) {
      throw new AssertionError(turn, e);
    }
  }

  @Test
  void rangeRatioDrawsLengthsBelowTheTargets() {
    DatasetOptions o = turns(options(4, 8, 200, 10, 50, 0.5), 2).withConversations(true);
    List<DatasetRow> rows = Datasets.generate(o, GPT2);
    // system prompts of 100 to 200 tokens: counted from a cut near their end, as if encoded whole
    rows.forEach(row -> assertEquals(GPT2.encode(row.text(), true).length, row.promptLen()));
    Set<Integer> outputs = rows.stream().map(DatasetRow::outputLen).collect(Collectors.toSet());
    assertTrue(outputs.size() > 5 && outputs.stream().allMatch(n -> n >= 25 && n <= 50), outputs.toString());
    Set<Integer> questionLens = rows.stream().map(r -> GPT2.encode(question(r.nextTurns().get(0)), false).length)
        .collect(Collectors.toSet());
    assertTrue(questionLens.size() > 2 && questionLens.stream().allMatch(n -> n >= 5 && n <= 10),
        questionLens.toString());
  }

  @Test
  void deterministicPerSeedAndShuffledUnlessOrdered() {
    DatasetOptions o = options(4, 5, 16, 6, 20, 0.0).with(SharedPrefixDataset.SEND_ROUTING_KEY, false);
    List<DatasetRow> rows = Datasets.generate(o, GPT2);
    assertEquals(rows, Datasets.generate(o, GPT2));
    assertNotEquals(rows, Datasets.generate(o.withSeed(7), GPT2));

    List<DatasetRow> inOrder = Datasets.generate(ordered(o), GPT2);
    assertNotEquals(inOrder, rows, "shuffled");
    assertEquals(Set.copyOf(inOrder), Set.copyOf(rows), "the same rows");
    assertEquals(20, Set.copyOf(rows).size());
  }

  @Test
  void routingKeysShareOnePrefixAndNameTheGroup() {
    List<DatasetRow> rows = Datasets.generate(ordered(options(3, 4, 8, 4, 5, 1.0)),
        GPT2);
    Set<String> prefixes = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Matcher m = ROUTING_KEY.matcher(rows.get(i).routingKey());
      assertTrue(m.matches(), rows.get(i).routingKey());
      prefixes.add(m.group(1));
      assertEquals(i / 4, Integer.parseInt(m.group(2)));
    }
    assertEquals(1, prefixes.size(), "one prefix per build");
    assertTrue(Datasets.generate(options(3, 4, 8, 4, 5, 1.0).with(SharedPrefixDataset.SEND_ROUTING_KEY, false), GPT2)
        .stream().allMatch(r -> r.routingKey() == null));
  }

  @Test
  void zipfMakesGroupZeroHottestWithTheFormulasShares() {
    int groups = 8;
    int perGroup = 200;
    double alpha = 1.2;
    DatasetOptions o = zipf(fastPrepare(options(groups, perGroup, 4, 0, 3, 1.0)), alpha);
    Map<Integer, Long> sizes = groupSizes(Datasets.generate(o, GPT2));
    double norm = 0;
    for (int k = 1; k <= groups; k++) {
      norm += Math.pow(k, -alpha);
    }
    int n = groups * perGroup;
    assertEquals(n, sizes.values().stream().mapToLong(Long::longValue).sum());
    for (int g = 0; g < groups; g++) {
      double p = Math.pow(g + 1, -alpha) / norm;
      long count = sizes.getOrDefault(g, 0L);
      // within 4 standard deviations of the binomial count
      assertEquals(n * p, count, 4 * Math.sqrt(n * p * (1 - p)), "group " + g + " of " + sizes);
      assertTrue(g == 0 || count < sizes.get(0), "group 0 is the hottest: " + sizes);
    }
  }

  @Test
  void zipfKeepsEachSlotsQuestionAndOutputLengthAndTakesItsGroupsSystemPrompt() {
    DatasetOptions uniform = ordered(turns(options(4, 6, 8, 5, 40, 0.2), 2)).withConversations(true);
    List<DatasetRow> u = Datasets.generate(uniform, GPT2);
    List<DatasetRow> z = Datasets.generate(zipf(uniform, 0.8), GPT2);
    assertEquals(u.stream().map(DatasetRow::nextTurns).toList(), z.stream().map(DatasetRow::nextTurns).toList());
    assertEquals(u.stream().map(DatasetRow::outputLen).toList(), z.stream().map(DatasetRow::outputLen).toList());
    assertNotEquals(u.stream().map(SharedPrefixDatasetTest::group).toList(),
        z.stream().map(SharedPrefixDatasetTest::group).toList());

    // without questions a row is its group's system prompt and "\n\n": a zipf row is that of its drawn group
    DatasetOptions bare = ordered(options(4, 6, 8, 0, 40, 0.2));
    List<DatasetRow> uniformBare = Datasets.generate(bare, GPT2);
    Map<Integer, String> promptOfGroup = uniformBare.stream().collect(Collectors.toMap(
        SharedPrefixDatasetTest::group, DatasetRow::text, (a, b) -> {
          assertEquals(a, b);
          return a;
        }));
    for (DatasetRow row : Datasets.generate(zipf(bare, 0.8), GPT2)) {
      assertEquals(promptOfGroup.get(group(row)), row.text());
    }
  }

  @Test
  void fastPrepareRecordsPromptLengthOne() {
    Workload w = Datasets.build(fastPrepare(options(2, 3, 16, 4, 5, 1.0)), GPT2);
    assertTrue(w.rows().stream().allMatch(r -> r.promptLen() == 1));
    assertEquals(List.of("#Input tokens: 6", "#Output tokens: 30",
        "Generated shared prefix dataset statistics:", "Number of groups: 2", "Prompts per group: 3",
        "Number of turns: 1", "Group distribution: uniform", "Total prompts: 6"), w.stats().lines());
  }

  @Test
  void statisticsAsTheReferencePrintsThem() {
    Workload w = Datasets.build(zipf(options(2, 3, 16, 4, 5, 1.0), 1.5), GPT2);
    long input = w.rows().stream().mapToLong(DatasetRow::promptLen).sum();
    assertEquals(List.of("#Input tokens: " + input, "#Output tokens: 30",
        "Generated shared prefix dataset statistics:", "Number of groups: 2", "Prompts per group: 3",
        "Number of turns: 1", "Group distribution: zipf", "Zipf alpha: 1.5", "Total prompts: 6",
        "Total input tokens: " + input, "Total output tokens: 30", "Average system prompt length: 16.0 tokens",
        "Average question length: 4.0 tokens"), w.stats().lines());
  }

  @Test
  void tokenizePromptIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Datasets.validate(options(2, 2, 8, 4, 4, 1.0).withTokenizePrompt(true)));
    assertTrue(e.getMessage().startsWith("tokenize-prompt is not allowed with dataset-name generated-shared-prefix"),
        e.getMessage());
  }
}
